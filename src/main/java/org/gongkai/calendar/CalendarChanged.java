package org.gongkai.calendar;

/**
 * Published after a year's holiday notice was loaded or replaced. Modules holding
 * deadlines recompute the open ones (docs/legal-rules.md, Working days and the holiday
 * calendar: loading a year's calendar moves every open deadline).
 *
 * @param year the notice's year
 */
public record CalendarChanged(int year) {

}
