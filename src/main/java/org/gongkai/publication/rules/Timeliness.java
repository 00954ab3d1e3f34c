package org.gongkai.publication.rules;

import java.time.LocalDate;

/**
 * Regulations art. 26: information to be disclosed proactively is published within 20
 * working days of being made or changed. Late is derived, never stored. The due date is
 * the calendar's: the {@link #WORKING_DAYS}-th working day after the day the item was
 * made.
 */
public final class Timeliness {

	/** Regulations art. 26: the working days an agency has to publish an item. */
	public static final int WORKING_DAYS = 20;

	/**
	 * Unpublished items this many working days or fewer before their due date are at
	 * risk.
	 */
	public static final int AT_RISK_WORKING_DAYS = 5;

	private Timeliness() {
	}

	/**
	 * Whether an item published on {@code publishedOn} was late for its due date.
	 * @param publishedOn the publication date, {@code null} while unpublished (then not
	 * late)
	 * @param due the item's due date
	 */
	public static boolean late(LocalDate publishedOn, LocalDate due) {
		return publishedOn != null && publishedOn.isAfter(due);
	}

	/**
	 * Whether an unpublished item is overdue on {@code today}: its due date has passed.
	 */
	public static boolean overdue(LocalDate today, LocalDate due) {
		return today.isAfter(due);
	}

	/**
	 * Whether an unpublished item that is not overdue is at risk.
	 * @param workingDaysLeft working days after today up to and including the due date
	 */
	public static boolean atRisk(int workingDaysLeft) {
		return workingDaysLeft <= AT_RISK_WORKING_DAYS;
	}

}
