package org.gongkai.worksummary.rules;

import java.time.LocalDate;

import org.gongkai.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SummaryPeriodTests {

	@Test
	void aYearRunsFromJanuaryToDecember() {
		SummaryPeriod year = SummaryPeriod.parse("2026");
		assertThat(year.halfYear()).isFalse();
		assertThat(year.code()).isEqualTo("2026").isEqualTo(year.toString());
		assertThat(year.first()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(year.last()).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void theFirstHalfEndsOnTheThirtiethOfJune() {
		SummaryPeriod half = SummaryPeriod.parse("2026H1");
		assertThat(half.halfYear()).isTrue();
		assertThat(half.code()).isEqualTo("2026H1");
		assertThat(half.first()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(half.last()).isEqualTo(LocalDate.of(2026, 6, 30));
	}

	@Test
	void theSecondHalfStartsOnTheFirstOfJuly() {
		SummaryPeriod half = SummaryPeriod.parse("2099H2");
		assertThat(half.year()).isEqualTo(2099);
		assertThat(half.half()).isEqualTo(2);
		assertThat(half.code()).isEqualTo("2099H2");
		assertThat(half.first()).isEqualTo(LocalDate.of(2099, 7, 1));
		assertThat(half.last()).isEqualTo(LocalDate.of(2099, 12, 31));
	}

	@Test
	void theEdgesOfTheCenturyAreKept() {
		assertThat(SummaryPeriod.parse("2000").year()).isEqualTo(2000);
		assertThat(new SummaryPeriod(2099, 0).code()).isEqualTo("2099");
		assertThat(new SummaryPeriod(2000, 2).half()).isEqualTo(2);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", " ", "2026Q1", "2026H3", "2026H0", "2026h1", "1999", "2100", "26", "20261", " 2026",
			"2026 ", "abc", "2026H", "2026H12", "２０２６" })
	void anythingElseIsRefusedWithItsMessage(String text) {
		assertThatThrownBy(() -> SummaryPeriod.parse(text)).isInstanceOf(RuleViolationException.class)
			.extracting((ex) -> ((RuleViolationException) ex).messageKey())
			.isEqualTo("worksummary.period.invalid");
	}

	@Test
	void outOfRangeValuesAreRefused() {
		assertThatThrownBy(() -> new SummaryPeriod(1999, 0)).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> new SummaryPeriod(2100, 0)).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> new SummaryPeriod(2026, -1)).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> new SummaryPeriod(2026, 3)).isInstanceOf(RuleViolationException.class);
		assertThat(new SummaryPeriod(2026, 1).halfYear()).isTrue();
	}

}
