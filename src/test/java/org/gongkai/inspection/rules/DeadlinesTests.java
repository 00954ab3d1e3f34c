package org.gongkai.inspection.rules;

import java.time.LocalDate;

import org.gongkai.agency.AgencyLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who owes the annual report of a year: every administrative organ that existed in it,
 * never a village committee.
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

}
