package org.gongkai.fiscal.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a budget or final accounts must be public (docs/legal-rules.md, Fiscal
 * disclosure).
 *
 * <p>
 * Budget Law art. 14: the budgets, budget adjustments, final accounts and execution
 * reports approved by the people's congress (or its standing committee) are disclosed by
 * the finance department within twenty days of the approval; each department discloses
 * its budget and final accounts within twenty days of the finance department's approval
 * (批复). The law says 日, not 工作日: calendar days. Civil Code art. 201: the day of the
 * approval is not counted, so the last day is the approval day plus twenty.
 */
public final class DisclosureDeadline {

	/** Budget Law art. 14: twenty (calendar) days. */
	public static final int DAYS = 20;

	private DisclosureDeadline() {
	}

	/** The last day to disclose: the approval day plus {@value #DAYS} days. */
	public static LocalDate dueOn(LocalDate approvedOn) {
		return Objects.requireNonNull(approvedOn, "approvedOn").plusDays(DAYS);
	}

	/**
	 * Whether the disclosure is late: published after the last day, or not published and
	 * the last day has passed.
	 * @param approvedOn the approval day
	 * @param publishedOn the day it went public, {@code null} while not published
	 * @param today today in the configured zone
	 */
	public static boolean late(LocalDate approvedOn, LocalDate publishedOn, LocalDate today) {
		LocalDate due = dueOn(approvedOn);
		return (publishedOn != null) ? publishedOn.isAfter(due) : today.isAfter(due);
	}

}
