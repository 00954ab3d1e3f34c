package org.gongkai.request.rules;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * 国办函〔2020〕109号: per application, an applicant's applications to one agency cumulate over
 * the calendar month (「同一申请人一个自然月内累计申请」); the ordinal within the month sets the fee
 * ({@link FeeSchedule#perApplication}). Docs/legal-rules.md, Fees.
 *
 * @param first the first day of the month
 * @param last the last day of the month
 */
public record ApplicantMonth(LocalDate first, LocalDate last) {

	/** The calendar month of the receipt date {@code received}. */
	public static ApplicantMonth of(LocalDate received) {
		return new ApplicantMonth(received.withDayOfMonth(1), received.with(TemporalAdjusters.lastDayOfMonth()));
	}

	/**
	 * The place of application {@code id} among the applicant's applications of the
	 * month.
	 * @param idsInOrder the ids of the applicant's applications received in the month, in
	 * the order they count
	 * @param id the application asked about
	 * @return 1 for the first; if {@code id} is not among them, one after the last
	 */
	public static int ordinal(List<Long> idsInOrder, Long id) {
		int index = idsInOrder.indexOf(id);
		return (index < 0) ? idsInOrder.size() + 1 : index + 1;
	}

}
