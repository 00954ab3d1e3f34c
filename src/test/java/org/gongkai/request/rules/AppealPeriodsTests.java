package org.gongkai.request.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gongkai.calendar.rules.WorkingDayRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The remedies' last days (docs/legal-rules.md, Answer types): reconsideration within 60
 * days and a lawsuit within 6 months of receiving the answer, the start day not counted
 * and a last day off moved to the next working day.
 */
class AppealPeriodsTests {

	private final AppealPeriods periods = new AppealPeriods(WorkingDayRules.bundled());

	@ParameterizedTest(name = "answer received {0}: reconsider by {1}, sue by {2}")
	@CsvSource({
			// an ordinary Tuesday: 60 days later is 2026-05-09, a make-up working
			// Saturday
			"2026-03-10, 2026-05-09, 2026-09-10",
			// 60 days reach National Day (1–7 October 2026 off): the 8th
			"2026-08-02, 2026-10-08, 2027-02-02",
			// 60 days end on a Sunday: the Monday; 6 months end on National Day: the 8th
			"2026-04-01, 2026-06-01, 2026-10-08",
			// no 31 February: the month's last day, 2027-02-28 a Sunday: 1 March
			"2026-08-31, 2026-10-30, 2027-03-01" })
	void theLastDaysCountFromTheDayAfterAndMoveOffDaysOff(LocalDate received, LocalDate reconsiderBy, LocalDate sueBy) {
		AppealPeriods.Deadlines deadlines = this.periods.from(received);
		assertThat(deadlines.reconsiderationBy()).isEqualTo(reconsiderBy);
		assertThat(deadlines.lawsuitBy()).isEqualTo(sueBy);
	}

	@Test
	void aLastDayInAYearWithoutANoticeIsProvisional() {
		AppealPeriods onlyThisYear = new AppealPeriods(WorkingDayRules.of(Map.of(2026, List.of())));
		assertThat(onlyThisYear.from(LocalDate.of(2026, 3, 10)).provisional()).isFalse();
		AppealPeriods.Deadlines late = onlyThisYear.from(LocalDate.of(2026, 11, 20));
		assertThat(late.provisional()).isTrue();
		// weekends only: 2027-01-19 is a Tuesday
		assertThat(late.reconsiderationBy()).isEqualTo(LocalDate.of(2027, 1, 19));
	}

	@Test
	void theReconsiderationPeriodIsSixtyDaysAndTheLawsuitPeriodSixMonths() {
		assertThat(AppealPeriods.RECONSIDERATION_DAYS).isEqualTo(60);
		assertThat(AppealPeriods.LAWSUIT_MONTHS).isEqualTo(6);
	}

}
