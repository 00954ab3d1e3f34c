package org.gongkai.village.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The periods a village posts its accounts for (Organic Law art. 30): a month's or a
 * quarter's accounts are due in the next one.
 */
class PeriodTests {

	@Test
	void inDecemberNovembersAccountsAreDue() {
		Period due = Period.dueOn(LocalDate.of(2026, 12, 6), Cadence.MONTHLY);
		assertThat(due).isEqualTo(new Period(Cadence.MONTHLY, 2026, 11));
		assertThat(due.key()).isEqualTo("2026-11");
		assertThat(due.start()).isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(due.end()).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void inJanuaryDecemberOfTheYearBeforeIsDue() {
		assertThat(Period.dueOn(LocalDate.of(2027, 1, 3), Cadence.MONTHLY))
			.isEqualTo(new Period(Cadence.MONTHLY, 2026, 12));
		assertThat(Period.dueOn(LocalDate.of(2027, 2, 3), Cadence.QUARTERLY))
			.isEqualTo(new Period(Cadence.QUARTERLY, 2026, 4));
	}

	@Test
	void aQuarterRunsOverThreeMonths() {
		Period third = Period.containing(LocalDate.of(2026, 8, 15), Cadence.QUARTERLY);
		assertThat(third.key()).isEqualTo("2026-Q3");
		assertThat(third.start()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(third.end()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(third.holds(LocalDate.of(2026, 9, 30))).isTrue();
		assertThat(third.holds(LocalDate.of(2026, 10, 1))).isFalse();
	}

	@Test
	void keysReadBackAndHostileOnesAreNoPeriod() {
		assertThat(Period.parse("2026-11", Cadence.MONTHLY)).isEqualTo(new Period(Cadence.MONTHLY, 2026, 11));
		assertThat(Period.parse("2026-Q4", Cadence.QUARTERLY)).isEqualTo(new Period(Cadence.QUARTERLY, 2026, 4));
		assertThat(Period.parse("2026-13", Cadence.MONTHLY)).isNull();
		assertThat(Period.parse("2026-00", Cadence.MONTHLY)).isNull();
		assertThat(Period.parse("2026-Q4", Cadence.MONTHLY)).isNull();
		assertThat(Period.parse("2026-11", Cadence.QUARTERLY)).isNull();
		assertThat(Period.parse("1999-12", Cadence.MONTHLY)).isNull();
		assertThat(Period.parse("-2026-1", Cadence.MONTHLY)).isNull();
		assertThat(Period.parse("2026-11\u0000", Cadence.MONTHLY)).isNull();
		assertThat(Period.parse("２０２６-11", Cadence.MONTHLY)).isNull();
		assertThat(Period.parse(null, Cadence.MONTHLY)).isNull();
		assertThat(Period.parse("2026-11", Cadence.AS_EVENTS_HAPPEN)).isNull();
		assertThatThrownBy(() -> new Period(Cadence.AS_EVENTS_HAPPEN, 2026, 1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theLastTwelveMonthsRunBackOverTheTurnOfTheYear() {
		assertThat(new Period(Cadence.MONTHLY, 2026, 2).lastOnes(3)).extracting(Period::key)
			.containsExactly("2026-02", "2026-01", "2025-12");
	}

	@Test
	void onlyTheAccountsFollowTheFinanceCadence() {
		assertThat(VillageColumns.cadenceOf("vl-fin-accounts", Cadence.QUARTERLY)).isEqualTo(Cadence.QUARTERLY);
		assertThat(VillageColumns.cadenceOf("vl-resolutions", Cadence.MONTHLY)).isEqualTo(Cadence.AS_EVENTS_HAPPEN);
		assertThat(VillageColumns.cadenceOf(null, Cadence.MONTHLY)).isEqualTo(Cadence.AS_EVENTS_HAPPEN);
	}

}
