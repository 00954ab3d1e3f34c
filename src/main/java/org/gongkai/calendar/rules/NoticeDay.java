package org.gongkai.calendar.rules;

import java.time.LocalDate;

/**
 * One exception in a holiday notice.
 *
 * @param date the day
 * @param name the holiday it belongs to, e.g. 春节
 * @param offDay {@code true} for a day off, {@code false} for a weekend day made a
 * working day (调休上班)
 */
public record NoticeDay(LocalDate date, String name, boolean offDay) {

}
