/**
 * The arithmetic of working days (docs/legal-rules.md, Working days and the holiday
 * calendar): plain Java without Spring or JPA, so the rule can be read, tested and
 * mutation-tested on its own. A named interface: other modules' own rules (the statutory
 * clock) count their periods with {@link org.gongkai.calendar.rules.WorkingDayRules}, a
 * consistent snapshot of the loaded notices that
 * {@link org.gongkai.calendar.WorkingDayCalendar#rules()} hands out.
 */
@org.springframework.modulith.NamedInterface("rules")
package org.gongkai.calendar.rules;
