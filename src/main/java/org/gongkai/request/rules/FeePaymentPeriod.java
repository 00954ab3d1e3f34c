package org.gongkai.request.rules;

import java.time.LocalDate;

import org.gongkai.calendar.rules.DueDate;
import org.gongkai.calendar.rules.WorkingDayRules;

/**
 * 国办函〔2020〕109号: the information-processing fee is paid within 20 working days
 * ({@link StatutoryClock#FEE_PAYMENT_DAYS}) counted from the day after the applicant
 * received the fee notice; a fee not paid by then means the application is deemed
 * abandoned (docs/legal-rules.md, Fees).
 */
public final class FeePaymentPeriod {

	private FeePaymentPeriod() {
	}

	/**
	 * The last day to pay.
	 * @param calendar the working-day rules to count with
	 * @param notifiedOn the day the applicant received the notice
	 * @return the deadline, provisional if it counts a day without a holiday notice
	 */
	public static DueDate payBy(WorkingDayRules calendar, LocalDate notifiedOn) {
		return calendar.deadline(notifiedOn, StatutoryClock.FEE_PAYMENT_DAYS);
	}

	/**
	 * Whether the fee, unpaid, has lapsed as of {@code today}: {@code today} is after the
	 * last day to pay.
	 */
	public static boolean lapsed(WorkingDayRules calendar, LocalDate notifiedOn, LocalDate today) {
		return today.isAfter(payBy(calendar, notifiedOn).due());
	}

}
