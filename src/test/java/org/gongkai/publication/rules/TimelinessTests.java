package org.gongkai.publication.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelinessTests {

	private static final LocalDate DUE = LocalDate.of(2026, 10, 29);

	@Test
	void anAgencyHasTwentyWorkingDaysAndAnItemIsAtRiskFiveWorkingDaysBeforeItsDueDate() {
		assertThat(Timeliness.WORKING_DAYS).isEqualTo(20);
		assertThat(Timeliness.AT_RISK_WORKING_DAYS).isEqualTo(5);
	}

	@Test
	void anItemPublishedOnItsDueDateIsOnTimeAndOneDayLaterIsLate() {
		assertThat(Timeliness.late(DUE.minusDays(1), DUE)).isFalse();
		assertThat(Timeliness.late(DUE, DUE)).isFalse();
		assertThat(Timeliness.late(DUE.plusDays(1), DUE)).isTrue();
	}

	@Test
	void anUnpublishedItemIsNotLate() {
		assertThat(Timeliness.late(null, DUE)).isFalse();
	}

	@Test
	void anUnpublishedItemIsOverdueTheDayAfterItsDueDate() {
		assertThat(Timeliness.overdue(DUE.minusDays(1), DUE)).isFalse();
		assertThat(Timeliness.overdue(DUE, DUE)).isFalse();
		assertThat(Timeliness.overdue(DUE.plusDays(1), DUE)).isTrue();
	}

	@Test
	void anUnpublishedItemIsAtRiskWithFiveWorkingDaysLeftOrFewer() {
		assertThat(Timeliness.atRisk(6)).isFalse();
		assertThat(Timeliness.atRisk(5)).isTrue();
		assertThat(Timeliness.atRisk(0)).isTrue();
	}

}
