/**
 * The working-day calendar: State Council holiday notices per year, and the arithmetic of
 * legal deadlines counted in working days (DOMAIN.md §1).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar")
package org.gongkai.calendar;
