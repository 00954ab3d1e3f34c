package org.gongkai.annualreport.rules;

import java.util.List;
import java.util.Map;

import org.gongkai.request.ApplicantType;
import org.gongkai.request.CaseYearCount;
import org.gongkai.request.rules.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table 三 added up from the counts of a year's cases (docs/legal-rules.md, Annual
 * report), on counts given by hand.
 */
class Table3CountingTests {

	@Test
	void eachCountGoesToItsRowsInItsApplicantsColumnWithTheTotalsAdded() {
		List<CaseYearCount> counts = List.of(
				new CaseYearCount(1, ApplicantType.values()[0], Outcome.DISCLOSED, 3, 0, 2, 1),
				new CaseYearCount(1, ApplicantType.values()[0], Outcome.OTHER_NOT_CORRECTED, 0, 2, 1, 1),
				new CaseYearCount(1, ApplicantType.values()[1], null, 1, 0, 0, 1),
				new CaseYearCount(2, ApplicantType.values()[5], Outcome.OTHER, 0, 1, 1, 0));
		Map<Long, Table3> tables = Table3Counting.byAgency(List.of(1L, 2L, 3L), counts);
		Table3 one = tables.get(1L);
		assertThat(one.row("1")).containsExactly(3L, 1L, 0L, 0L, 0L, 0L, 4L);
		assertThat(one.row("2")).containsExactly(2L, 0L, 0L, 0L, 0L, 0L, 2L);
		assertThat(one.row("3.1")).containsExactly(2L, 0L, 0L, 0L, 0L, 0L, 2L);
		assertThat(one.row("3.6.1")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(one.row("3.7")).containsExactly(3L, 0L, 0L, 0L, 0L, 0L, 3L);
		assertThat(one.row("4")).containsExactly(2L, 1L, 0L, 0L, 0L, 0L, 3L);
		assertThat(tables.get(2L).row("3.6.3")).containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 1L);
		assertThat(tables.get(2L).row("3.7")).containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 1L);
		assertThat(tables.get(3L)).isEqualTo(Table3.of(null));
		assertThat(ReportChecks.run(one, Table4.of(null), ReportChecks.Prior.NONE)).allMatch(ReportChecks.Finding::ok);
	}

	@Test
	void countsOfAgenciesNotAskedForAreLeftOut() {
		List<CaseYearCount> counts = List.of(new CaseYearCount(9, ApplicantType.values()[0], null, 1, 0, 0, 1));
		assertThat(Table3Counting.byAgency(List.of(1L), counts)).containsOnlyKeys(1L)
			.containsEntry(1L, Table3.of(null));
	}

	@Test
	void closedCasesWithoutAnOutcomeOrNoneClosedCountInNoResultRow() {
		List<CaseYearCount> counts = List.of(new CaseYearCount(1, ApplicantType.values()[2], null, 0, 0, 4, 0),
				new CaseYearCount(1, ApplicantType.values()[2], Outcome.DISCLOSED, 0, 0, 0, 0));
		assertThat(Table3Counting.byAgency(List.of(1L), counts).get(1L)).isEqualTo(Table3.of(null));
	}

	@Test
	void theTotalsAreRecomputedWhateverTheyHeld() {
		Map<String, long[]> rows = Table3.blank();
		rows.get("3.2")[3] = 5;
		rows.get("3.5.5")[4] = 2;
		rows.get("3.7")[0] = 99;
		rows.get("1")[6] = 42;
		Table3 table = Table3Counting.withTotals(rows);
		assertThat(table.row("3.7")).containsExactly(0L, 0L, 0L, 5L, 2L, 0L, 7L);
		assertThat(table.row("1")).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L);
		assertThat(table.row("3.2")).containsExactly(0L, 0L, 0L, 5L, 0L, 0L, 5L);
	}

}
