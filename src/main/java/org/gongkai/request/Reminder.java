package org.gongkai.request;

import java.time.LocalDate;

/**
 * A deadline reminder for the clerk a case is assigned to.
 *
 * @param caseId the case
 * @param trackingNo its tracking number
 * @param due its due date (the platform's time zone)
 * @param overdue whether the due date has passed; otherwise it is due within
 * {@link RequestAssignment#REMINDER_DAYS} working days
 * @param provisional whether the due date depends on a holiday notice not loaded yet
 */
public record Reminder(long caseId, String trackingNo, LocalDate due, boolean overdue, boolean provisional) {

}
