package org.gongkai.channels.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board is updated in a period when something was posted on a day inside it; the
 * missing periods of a span are those without, each named by its first month.
 */
class BoardCadenceTests {

	private static final YearMonth JAN = YearMonth.of(2026, 1);

	@Test
	void monthlyPeriodsAreTheMonthsThemselves() {
		assertThat(BoardCadence.MONTHLY.months()).isEqualTo(1);
		assertThat(BoardCadence.MONTHLY.periodOf(YearMonth.of(2026, 7))).isEqualTo(YearMonth.of(2026, 7));
		assertThat(BoardCadence.MONTHLY.periodOf(JAN)).isEqualTo(JAN);
	}

	@Test
	void quarterlyPeriodsStartInJanuaryAprilJulyAndOctober() {
		BoardCadence q = BoardCadence.QUARTERLY;
		assertThat(q.months()).isEqualTo(3);
		assertThat(q.periodOf(YearMonth.of(2026, 1))).isEqualTo(YearMonth.of(2026, 1));
		assertThat(q.periodOf(YearMonth.of(2026, 3))).isEqualTo(YearMonth.of(2026, 1));
		assertThat(q.periodOf(YearMonth.of(2026, 4))).isEqualTo(YearMonth.of(2026, 4));
		assertThat(q.periodOf(YearMonth.of(2026, 6))).isEqualTo(YearMonth.of(2026, 4));
		assertThat(q.periodOf(YearMonth.of(2026, 12))).isEqualTo(YearMonth.of(2026, 10));
	}

	@Test
	void aPostingOnTheFirstOrLastDayOfTheMonthUpdatesThatMonthOnly() {
		List<LocalDate> posted = List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31));
		assertThat(BoardCadence.MONTHLY.updated(posted, YearMonth.of(2026, 1))).isFalse();
		assertThat(BoardCadence.MONTHLY.updated(posted, YearMonth.of(2026, 2))).isTrue();
		assertThat(BoardCadence.MONTHLY.updated(posted, YearMonth.of(2026, 3))).isTrue();
		assertThat(BoardCadence.MONTHLY.updated(posted, YearMonth.of(2026, 4))).isFalse();
		assertThat(BoardCadence.MONTHLY.updated(List.of(), JAN)).isFalse();
	}

	@Test
	void theSameMonthOfAnotherYearIsNotAnUpdate() {
		assertThat(BoardCadence.MONTHLY.updated(List.of(LocalDate.of(2025, 1, 10)), JAN)).isFalse();
	}

	@Test
	void theMissingMonthsOfASpanAreThoseWithoutAPostingBothEndsIncluded() {
		List<LocalDate> posted = List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 5), LocalDate.of(2026, 4, 30),
				LocalDate.of(2026, 6, 1));
		assertThat(BoardCadence.MONTHLY.missing(posted, JAN, YearMonth.of(2026, 6)))
			.containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 5));
		assertThat(BoardCadence.MONTHLY.missing(posted, YearMonth.of(2026, 3), YearMonth.of(2026, 3)))
			.containsExactly(YearMonth.of(2026, 3));
		assertThat(BoardCadence.MONTHLY.missing(posted, YearMonth.of(2026, 5), YearMonth.of(2026, 7)))
			.containsExactly(YearMonth.of(2026, 5), YearMonth.of(2026, 7));
	}

	@Test
	void aSpanEndingBeforeItStartsMissesNothing() {
		assertThat(BoardCadence.MONTHLY.missing(List.of(), YearMonth.of(2026, 5), YearMonth.of(2026, 4))).isEmpty();
		assertThat(BoardCadence.MONTHLY.missing(List.of(), JAN, JAN)).containsExactly(JAN);
	}

	@Test
	void aSpanCrossingTheYearCountsEveryMonth() {
		assertThat(BoardCadence.MONTHLY.missing(List.of(LocalDate.of(2025, 12, 31)), YearMonth.of(2025, 11),
				YearMonth.of(2026, 2)))
			.containsExactly(YearMonth.of(2025, 11), JAN, YearMonth.of(2026, 2));
	}

	@Test
	void quarterlyOnePostingCoversTheWholeQuarterAndSpansAreRoundedToQuarters() {
		List<LocalDate> posted = List.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 7, 1));
		assertThat(BoardCadence.QUARTERLY.updated(posted, YearMonth.of(2026, 1))).isTrue();
		assertThat(BoardCadence.QUARTERLY.updated(posted, YearMonth.of(2026, 2))).isTrue();
		assertThat(BoardCadence.QUARTERLY.updated(posted, YearMonth.of(2026, 4))).isFalse();
		assertThat(BoardCadence.QUARTERLY.missing(posted, YearMonth.of(2026, 2), YearMonth.of(2026, 11)))
			.containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 10));
		assertThat(BoardCadence.QUARTERLY.missing(posted, YearMonth.of(2026, 3), YearMonth.of(2026, 3))).isEmpty();
	}

}
