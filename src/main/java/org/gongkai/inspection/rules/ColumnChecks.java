package org.gongkai.inspection.rules;

import java.time.LocalDate;
import java.time.Period;

/**
 * Whether columns are kept up to date, after the single-veto items of the website check
 * (国办秘函〔2019〕19号): news and dynamics columns may be silent for two weeks, notice and
 * policy columns for six months, plans and personnel for a year; an item without a
 * publication date does not count as an update. The site fails outright when five or more
 * news or notice columns are silent, when ten or more columns are overdue, or when five
 * or more columns are empty; the home page fails when nothing was published for two
 * weeks.
 */
public final class ColumnChecks {

	/** How long the site as a whole may publish nothing. */
	public static final Period HOME_SILENCE = Period.ofWeeks(2);

	/** Silent news or notice columns from which the site fails. */
	public static final int SILENT_NEWS_VETO = 5;

	/** Overdue columns of any kind from which the site fails. */
	public static final int OVERDUE_VETO = 10;

	/** Empty columns from which the site fails. */
	public static final int EMPTY_VETO = 5;

	private ColumnChecks() {
	}

	/**
	 * Whether a column is silent on {@code today}.
	 * @param allowed how long its kind may stay silent, {@code null} for no rule
	 * @param lastUpdate the last day an item was published in it, {@code null} if none
	 * with a date
	 */
	public static boolean silent(Period allowed, LocalDate lastUpdate, LocalDate today) {
		if (allowed == null) {
			return false;
		}
		return lastUpdate == null || lastUpdate.plus(allowed).isBefore(today);
	}

	/** Whether the home page counts as not updated on {@code today}. */
	public static boolean homeStale(LocalDate lastUpdate, LocalDate today) {
		return silent(HOME_SILENCE, lastUpdate, today);
	}

	/**
	 * The severity of each stale-column finding, from how many there are.
	 * @param silentNewsOrNotices silent columns of the news and notice kinds
	 * @param overdue silent columns of every kind
	 */
	public static Severity staleSeverity(int silentNewsOrNotices, int overdue) {
		return (silentNewsOrNotices >= SILENT_NEWS_VETO || overdue >= OVERDUE_VETO) ? Severity.VETO
				: Severity.DEDUCTION;
	}

	/** The severity of each empty-column finding, from how many there are. */
	public static Severity emptySeverity(int empty) {
		return (empty >= EMPTY_VETO) ? Severity.VETO : Severity.DEDUCTION;
	}

}
