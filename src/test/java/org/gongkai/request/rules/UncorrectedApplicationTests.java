package org.gongkai.request.rules;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regulations art. 30: an application not corrected within the period the notice set is
 * deemed abandoned from the day after the period's last day.
 */
class UncorrectedApplicationTests {

	@ParameterizedTest(name = "asked {0}, period to {1}, corrected {2}, on {3}: abandoned {4}")
	@CsvSource({ "2026-02-12, 2026-03-13, , 2026-03-14, true", "2026-02-12, 2026-03-13, , 2026-03-13, false",
			"2026-02-12, 2026-03-13, 2026-03-02, 2026-03-14, false", "2026-02-12, , , 2027-03-14, false",
			", 2026-03-13, , 2026-03-14, false" })
	void anApplicationIsAbandonedOnlyAfterAPeriodWithoutTheCorrection(LocalDate requestedOn, LocalDate endsOn,
			LocalDate correctedOn, LocalDate today, boolean abandoned) {
		assertThat(UncorrectedApplication.deemedAbandoned(requestedOn, endsOn, correctedOn, today))
			.isEqualTo(abandoned);
	}

}
