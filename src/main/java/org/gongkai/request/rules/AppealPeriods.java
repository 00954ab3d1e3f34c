package org.gongkai.request.rules;

import java.time.LocalDate;

import org.gongkai.calendar.rules.WorkingDayRules;

/**
 * The applicant's remedies against an answer (Regulations art. 51): administrative
 * reconsideration within 60 days of the day they learned of it (Administrative
 * Reconsideration Law art. 20), or a lawsuit within 6 months (Administrative Litigation
 * Law art. 46). Counted as the Civil Code counts periods: the start day is not counted
 * (art. 201), a period of months ends on the same day of the last month or, without one,
 * on that month's last day (art. 202), and a last day that is a day off moves to the next
 * working day (art. 203; weekends count as days off, as courts read it). See
 * docs/legal-rules.md, Answer types.
 */
public final class AppealPeriods {

	/** Administrative Reconsideration Law art. 20: 60 days. */
	public static final int RECONSIDERATION_DAYS = 60;

	/** Administrative Litigation Law art. 46: 6 months. */
	public static final int LAWSUIT_MONTHS = 6;

	private final WorkingDayRules days;

	public AppealPeriods(WorkingDayRules days) {
		this.days = days;
	}

	/**
	 * The last days to apply for reconsideration and to sue.
	 * @param answerReceivedOn the day the applicant received the answer, not {@code null}
	 * @return both last days; provisional if a holiday notice not yet loaded may move
	 * either
	 */
	public Deadlines from(LocalDate answerReceivedOn) {
		LocalDate reconsiderationDay = answerReceivedOn.plusDays(RECONSIDERATION_DAYS);
		LocalDate lawsuitDay = answerReceivedOn.plusMonths(LAWSUIT_MONTHS);
		LocalDate reconsideration = lastDay(reconsiderationDay);
		LocalDate lawsuit = lastDay(lawsuitDay);
		boolean provisional = !this.days.isSettled(reconsiderationDay) || !this.days.isSettled(reconsideration)
				|| !this.days.isSettled(lawsuitDay) || !this.days.isSettled(lawsuit);
		return new Deadlines(reconsideration, lawsuit, provisional);
	}

	/** Civil Code art. 203: a last day off moves to the next working day. */
	private LocalDate lastDay(LocalDate nominal) {
		LocalDate day = nominal;
		while (!this.days.isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	/**
	 * The last days of the two remedies.
	 *
	 * @param reconsiderationBy the last day to apply for administrative reconsideration
	 * @param lawsuitBy the last day to bring an administrative lawsuit
	 * @param provisional whether a holiday notice not loaded yet may still move them
	 */
	public record Deadlines(LocalDate reconsiderationBy, LocalDate lawsuitBy, boolean provisional) {

	}

}
