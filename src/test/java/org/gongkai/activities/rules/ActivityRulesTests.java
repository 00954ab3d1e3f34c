package org.gongkai.activities.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts, hours and the days of a held activity, on both sides of every bound. */
class ActivityRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Test
	void aCountIsAWholeNumberFromZeroToItsBound() {
		assertThat(ActivityRules.count("0", 10)).isZero();
		assertThat(ActivityRules.count(" 10 ", 10)).isEqualTo(10);
		assertThat(ActivityRules.count("11", 10)).isNull();
		assertThat(ActivityRules.count("200", ActivityRules.MAX_COPIES)).isEqualTo(200);
		assertThat(ActivityRules.count("1000000", ActivityRules.MAX_COPIES)).isEqualTo(1_000_000);
		assertThat(ActivityRules.count("1000001", ActivityRules.MAX_COPIES)).isNull();
		assertThat(ActivityRules.count("999999999", Integer.MAX_VALUE)).isEqualTo(999_999_999);
		assertThat(ActivityRules.count("1000000000", Integer.MAX_VALUE)).isNull();
	}

	@Test
	void signsDecimalsLettersAndBlanksAreNoCount() {
		for (String typed : new String[] { null, "", "  ", "-1", "+1", "1.5", "1e3", "abc", "１２", "1 2", "<script>" }) {
			assertThat(ActivityRules.count(typed, 1000)).as(String.valueOf(typed)).isNull();
		}
	}

	@Test
	void hoursHaveAtMostOneDecimalAndAThousandAtMost() {
		assertThat(ActivityRules.hours("0")).isEqualByComparingTo("0");
		assertThat(ActivityRules.hours(" 3.5 ")).isEqualByComparingTo("3.5");
		assertThat(ActivityRules.hours("1000")).isEqualByComparingTo(BigDecimal.valueOf(1000));
		assertThat(ActivityRules.hours("1000.0")).isEqualByComparingTo("1000");
		assertThat(ActivityRules.hours("1000.1")).isNull();
		assertThat(ActivityRules.hours("3.25")).isNull();
		assertThat(ActivityRules.hours("-1")).isNull();
		assertThat(ActivityRules.hours("12345")).isNull();
		assertThat(ActivityRules.hours(null)).isNull();
		assertThat(ActivityRules.hours("")).isNull();
		assertThat(ActivityRules.hours("三")).isNull();
	}

	@Test
	void aHeldActivityLiesBetweenTheYear2000AndToday() {
		assertThat(ActivityRules.dateProblems(TODAY, null, TODAY)).isEmpty();
		assertThat(ActivityRules.dateProblems(TODAY.plusDays(1), null, TODAY)).containsExactly("held-on.future");
		assertThat(ActivityRules.dateProblems(ActivityRules.EARLIEST, null, TODAY)).isEmpty();
		assertThat(ActivityRules.dateProblems(ActivityRules.EARLIEST.minusDays(1), null, TODAY))
			.containsExactly("held-on.too-early");
	}

	@Test
	void theEndIsNotBeforeTheStartNorAfterTodayNorTooFarAway() {
		LocalDate start = TODAY.minusDays(400);
		assertThat(ActivityRules.dateProblems(start, start, TODAY)).isEmpty();
		assertThat(ActivityRules.dateProblems(start, start.minusDays(1), TODAY)).containsExactly("ends-on.before");
		assertThat(ActivityRules.dateProblems(start, start.plusDays(ActivityRules.MAX_DAYS), TODAY)).isEmpty();
		assertThat(ActivityRules.dateProblems(start, start.plusDays(ActivityRules.MAX_DAYS + 1), TODAY))
			.containsExactly("ends-on.too-long");
		assertThat(ActivityRules.dateProblems(TODAY.minusDays(2), TODAY, TODAY)).isEmpty();
		assertThat(ActivityRules.dateProblems(TODAY.minusDays(2), TODAY.plusDays(1), TODAY))
			.containsExactly("ends-on.future");
		assertThat(ActivityRules.dateProblems(TODAY.plusDays(2), TODAY.plusDays(1), TODAY))
			.containsExactly("held-on.future", "ends-on.before");
	}

	@Test
	void aDayIsWithinASpanIncludingBothEnds() {
		LocalDate from = LocalDate.of(2026, 1, 1);
		LocalDate to = LocalDate.of(2026, 6, 30);
		assertThat(ActivityRules.within(from, from, to)).isTrue();
		assertThat(ActivityRules.within(to, from, to)).isTrue();
		assertThat(ActivityRules.within(from.minusDays(1), from, to)).isFalse();
		assertThat(ActivityRules.within(to.plusDays(1), from, to)).isFalse();
	}

}
