package org.gongkai.activities.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The periods activities are counted over: years, halves and quarters, and nothing else.
 */
class ReportingPeriodTests {

	@Test
	void aYearRunsFromTheFirstOfJanuaryToTheThirtyFirstOfDecember() {
		ReportingPeriod year = ReportingPeriod.parse("2026").orElseThrow();
		assertThat(year).isEqualTo(new ReportingPeriod(2026, 'Y', 1));
		assertThat(year.first()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(year.last()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(year.code()).isEqualTo("2026");
		assertThat(year).hasToString("2026");
	}

	@Test
	void halvesEndOnTheLastOfJuneAndOfDecember() {
		ReportingPeriod first = ReportingPeriod.parse("2026H1").orElseThrow();
		assertThat(first.first()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(first.last()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(first.code()).isEqualTo("2026H1");
		ReportingPeriod second = ReportingPeriod.parse("2026H2").orElseThrow();
		assertThat(second.first()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(second.last()).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void quartersHaveThreeMonthsAndALeapFebruaryCounts() {
		ReportingPeriod q1 = ReportingPeriod.parse("2028Q1").orElseThrow();
		assertThat(q1.first()).isEqualTo(LocalDate.of(2028, 1, 1));
		assertThat(q1.last()).isEqualTo(LocalDate.of(2028, 3, 31));
		ReportingPeriod q3 = ReportingPeriod.parse("2026Q3").orElseThrow();
		assertThat(q3.first()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(q3.last()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(q3.code()).isEqualTo("2026Q3");
		ReportingPeriod q4 = ReportingPeriod.parse("2026Q4").orElseThrow();
		assertThat(q4.first()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(q4.last()).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void anythingElseIsNoPeriod() {
		for (String text : new String[] { null, "", " 2026", "2026 ", "2026h1", "2026Q5", "2026Q0", "2026H3", "2026H0",
				"1999", "2100", "26", "2026Q", "2026-Q1", "2026Q12", "20261", "<script>" }) {
			assertThat(ReportingPeriod.parse(text)).as(String.valueOf(text)).isEmpty();
		}
		assertThat(ReportingPeriod.parse("2026Q1000")).isEmpty();
	}

	@Test
	void theBoundsOfYearsAndNumbersHold() {
		assertThat(ReportingPeriod.parse("2000")).isPresent();
		assertThat(ReportingPeriod.parse("2099Q4")).isPresent();
		assertThat(new ReportingPeriod(2099, 'Q', 4).year()).isEqualTo(2099);
		assertThat(new ReportingPeriod(2000, 'H', 2).number()).isEqualTo(2);
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportingPeriod(1999, 'Y', 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportingPeriod(2100, 'Y', 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportingPeriod(2026, 'Y', 2));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportingPeriod(2026, 'Y', 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportingPeriod(2026, 'H', 3));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportingPeriod(2026, 'Q', 5));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportingPeriod(2026, 'M', 1));
	}

	@Test
	void theYearOfADayIsItsCalendarYear() {
		assertThat(ReportingPeriod.yearOf(LocalDate.of(2027, 1, 4)).code()).isEqualTo("2027");
		assertThat(ReportingPeriod.yearOf(LocalDate.of(2028, 12, 31)).last()).isEqualTo(LocalDate.of(2028, 12, 31));
	}

}
