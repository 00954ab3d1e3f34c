package org.gongkai.publication;

import java.time.LocalDate;

import org.gongkai.calendar.WorkingDayCalendar;

/**
 * Regulations art. 26: information to be disclosed proactively is published within 20
 * working days of being made or changed. Late is derived, never stored.
 */
final class Timeliness {

	static final int WORKING_DAYS = 20;

	/**
	 * Unpublished items this many working days or fewer before their due date are at
	 * risk.
	 */
	static final int AT_RISK_WORKING_DAYS = 5;

	private Timeliness() {
	}

	/**
	 * Whether an item made on {@code madeOn} and published on {@code publishedOn} was
	 * late.
	 */
	static boolean late(WorkingDayCalendar calendar, LocalDate madeOn, LocalDate publishedOn) {
		if (madeOn == null || publishedOn == null) {
			return false;
		}
		return publishedOn.isAfter(calendar.deadline(madeOn, WORKING_DAYS).due());
	}

}
