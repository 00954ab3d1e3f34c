package org.gongkai.inspection.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import org.gongkai.agency.AgencyLevel;

/**
 * The inspection's date rules for letters, the guide and the annual report.
 */
public final class Deadlines {

	/** A letter unanswered this long is a single-veto item of the website check. */
	public static final Period UNANSWERED = Period.ofMonths(3);

	/** The window a late answer still counts in: the past year. */
	public static final Period LOOK_BACK = Period.ofYears(1);

	/** The guide and the catalogue are to be reviewed at least this often. */
	public static final Period GUIDE_REVIEW = Period.ofYears(1);

	private Deadlines() {
	}

	/**
	 * 19号: a valid message left unanswered for more than three months in the past year:
	 * still open three months after it arrived, or answered later than that within the
	 * past year.
	 */
	public static boolean unansweredThreeMonths(LocalDate receivedOn, LocalDate repliedOn, LocalDate today) {
		LocalDate limit = receivedOn.plus(UNANSWERED);
		if (repliedOn == null) {
			return limit.isBefore(today);
		}
		return limit.isBefore(repliedOn) && !repliedOn.isBefore(today.minus(LOOK_BACK));
	}

	/**
	 * A response to a concern that missed its due instant (exactly due is on time): still
	 * open after it, or answered after it within the past year.
	 * @param answeredAt when it was answered, {@code null} while open
	 * @param zone the platform's zone, in which the past year is counted
	 */
	public static boolean responseOverdue(Instant dueAt, Instant answeredAt, Instant now, ZoneId zone) {
		if (answeredAt == null) {
			return now.isAfter(dueAt);
		}
		LocalDate answered = answeredAt.atZone(zone).toLocalDate();
		return answeredAt.isAfter(dueAt) && !answered.isBefore(now.atZone(zone).toLocalDate().minus(LOOK_BACK));
	}

	/** A letter still open after its due date (and not yet a three-month case). */
	public static boolean letterOverdue(LocalDate dueOn, LocalDate repliedOn, LocalDate today) {
		return repliedOn == null && dueOn.isBefore(today);
	}

	/**
	 * The guide is outdated when neither it nor the catalogue changed in the past year.
	 * @param lastChange the latest change of either, {@code null} if unknown
	 */
	public static boolean guideOutdated(LocalDate lastChange, LocalDate today) {
		return lastChange == null || lastChange.plus(GUIDE_REVIEW).isBefore(today);
	}

	/**
	 * Whether an agency owes the annual report of {@code year}: village and residents'
	 * committees are no administrative organs and owe none (Organic Law of Villagers'
	 * Committees, not the Regulations), and an agency created after the year ended had no
	 * year to report on.
	 * @param createdOn the day it was created on the platform, {@code null} if unknown
	 */
	public static boolean owesAnnualReport(AgencyLevel level, LocalDate createdOn, int year) {
		if (level == AgencyLevel.VILLAGE) {
			return false;
		}
		return createdOn == null || createdOn.getYear() <= year;
	}

	/**
	 * Regulations art. 49: last year's report is missing once its deadline has passed
	 * unpublished.
	 */
	public static boolean reportMissing(LocalDate dueOn, boolean published, LocalDate today) {
		return !published && dueOn.isBefore(today);
	}

	/** A report published after its deadline. */
	public static boolean reportLate(LocalDate dueOn, LocalDate publishedOn) {
		return publishedOn != null && publishedOn.isAfter(dueOn);
	}

}
