package org.gongkai.request.rules;

import java.time.LocalDate;

import org.gongkai.calendar.rules.DueDate;
import org.gongkai.calendar.rules.WorkingDayRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 国办函〔2020〕109号: the fee is paid within 20 working days from the day after the notice is
 * received; unpaid after that, the application is deemed abandoned.
 */
class FeePaymentPeriodTests {

	private static final WorkingDayRules CALENDAR = WorkingDayRules.bundled();

	@Test
	void theFeeIsDueTwentyWorkingDaysAfterTheNoticeArrives() {
		DueDate payBy = FeePaymentPeriod.payBy(CALENDAR, LocalDate.parse("2026-11-04"));
		assertThat(payBy.due()).isEqualTo(LocalDate.parse("2026-12-02"));
		assertThat(payBy.provisional()).isFalse();
		// across the unsettled end of December 2026
		assertThat(FeePaymentPeriod.payBy(CALENDAR, LocalDate.parse("2026-12-01")).provisional()).isTrue();
	}

	@Test
	void theFeeLapsesTheDayAfterTheLastDayToPay() {
		LocalDate notified = LocalDate.parse("2026-11-04");
		assertThat(FeePaymentPeriod.lapsed(CALENDAR, notified, LocalDate.parse("2026-12-02"))).isFalse();
		assertThat(FeePaymentPeriod.lapsed(CALENDAR, notified, LocalDate.parse("2026-12-03"))).isTrue();
	}

}
