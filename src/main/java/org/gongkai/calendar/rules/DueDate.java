package org.gongkai.calendar.rules;

import java.time.LocalDate;

/**
 * A deadline: the {@code workingDays}-th working day after {@code from}.
 *
 * @param from the day the period starts from (not counted; Civil Code art. 201)
 * @param workingDays how many working days the period has
 * @param due the last day of the period (a date in the platform's time zone)
 * @param provisional whether a day counted lies where the holiday notice is not yet
 * known, so the date may still move when it is loaded
 */
public record DueDate(LocalDate from, int workingDays, LocalDate due, boolean provisional) {

}
