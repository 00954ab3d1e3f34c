package org.gongkai.inspection.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.gongkai.agency.AgencyLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who owes the annual report of a year: every administrative organ that existed in it,
 * never a village committee; which responses to concerns missed their hours.
 */
class DeadlinesTests {

	@Test
	void anAgencyOwesTheReportOfEveryYearItExistedInAndAVillageNone() {
		assertThat(Deadlines.owesAnnualReport(AgencyLevel.DEPARTMENT, LocalDate.of(2025, 12, 31), 2025)).isTrue();
		assertThat(Deadlines.owesAnnualReport(AgencyLevel.DEPARTMENT, LocalDate.of(2024, 1, 1), 2025)).isTrue();
		assertThat(Deadlines.owesAnnualReport(AgencyLevel.DEPARTMENT, LocalDate.of(2026, 1, 1), 2025)).isFalse();
		assertThat(Deadlines.owesAnnualReport(AgencyLevel.COUNTY, null, 2025)).as("unknown: owed").isTrue();
		assertThat(Deadlines.owesAnnualReport(AgencyLevel.TOWNSHIP, LocalDate.of(2025, 6, 1), 2025)).isTrue();
		assertThat(Deadlines.owesAnnualReport(AgencyLevel.VILLAGE, LocalDate.of(2020, 6, 1), 2025)).isFalse();
		assertThat(Deadlines.owesAnnualReport(AgencyLevel.VILLAGE, null, 2025)).isFalse();
	}

	@Test
	void aResponseIsOverdueWhenOpenPastDueOrAnsweredLateWithinThePastYear() {
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		Instant now = Instant.parse("2026-06-15T02:00:00Z");
		Instant due = now.minus(Duration.ofHours(1));
		assertThat(Deadlines.responseOverdue(due, null, now, zone)).as("open past due").isTrue();
		assertThat(Deadlines.responseOverdue(now, null, now, zone)).as("open, due now").isFalse();
		assertThat(Deadlines.responseOverdue(now.plusSeconds(1), null, now, zone)).isFalse();
		assertThat(Deadlines.responseOverdue(now.minusSeconds(1), null, now, zone)).isTrue();
		assertThat(Deadlines.responseOverdue(due, due, now, zone)).as("answered exactly when due").isFalse();
		assertThat(Deadlines.responseOverdue(due, due.plusSeconds(1), now, zone)).as("a second late").isTrue();
		assertThat(Deadlines.responseOverdue(due, due.minusSeconds(1), now, zone)).isFalse();
		// a year back counts to the day, in the platform's zone (2025-06-15 there)
		Instant yearAgo = Instant.parse("2025-06-14T16:00:00Z");
		assertThat(Deadlines.responseOverdue(yearAgo.minus(Duration.ofHours(2)), yearAgo, now, zone)).isTrue();
		Instant dayBefore = yearAgo.minusSeconds(1);
		assertThat(Deadlines.responseOverdue(dayBefore.minus(Duration.ofHours(2)), dayBefore, now, zone))
			.as("answered late more than a year ago")
			.isFalse();
	}

}
