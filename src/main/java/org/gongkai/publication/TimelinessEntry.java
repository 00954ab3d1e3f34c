package org.gongkai.publication;

import java.time.LocalDate;

/**
 * An item on the timeliness page (Regulations art. 26: published within 20 working days
 * of being made or changed).
 *
 * @param item the item
 * @param due the 20th working day after its made date (the platform's time zone)
 * @param provisional whether the due date crosses a year whose holiday notice is not
 * loaded
 * @param workingDaysLeft working days from today up to the due date (0 on the due date),
 * negative when overdue: minus the working days since; for published items 0
 */
public record TimelinessEntry(PublicationSummary item, LocalDate due, boolean provisional, int workingDaysLeft) {

}
