package org.gongkai.annualreport.rules;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual report's checks (docs/legal-rules.md, Annual report) on tables given by
 * hand, correct and inconsistent.
 */
class ReportChecksTests {

	private static final ReportChecks.Prior NONE = ReportChecks.Prior.NONE;

	private static Table3 consistent() {
		return Table3.of(Map.of("1", new long[] { 3, 1, 0, 0, 0, 0, 4 }, "2", new long[] { 1, 0, 0, 0, 0, 0, 1 }, "3.1",
				new long[] { 2, 0, 0, 0, 0, 0, 2 }, "3.6.1", new long[] { 1, 0, 0, 0, 0, 0, 1 }, "3.7",
				new long[] { 3, 0, 0, 0, 0, 0, 3 }, "4", new long[] { 1, 1, 0, 0, 0, 0, 2 }));
	}

	private static Table4 appeals(long total) {
		return Table4.of(Map.of("reconsideration", new long[] { 1, 1, 0, 0, total }));
	}

	private static List<String> failed(List<ReportChecks.Finding> findings) {
		return findings.stream().filter((f) -> !f.ok()).map(ReportChecks.Finding::rule).toList();
	}

	@Test
	void consistentTablesPassWithAWarningWhenLastYearIsUnknown() {
		List<ReportChecks.Finding> findings = ReportChecks.run(consistent(), appeals(2), NONE);
		assertThat(failed(findings)).isEmpty();
		assertThat(findings.get(4).warning()).isTrue();
	}

	@Test
	void aColumnWhereReceivedAndCarriedInDifferFromClosedAndCarriedOutFails() {
		Map<String, long[]> rows = Table3.blank();
		consistent().rows().forEach((k, v) -> rows.put(k, v.stream().mapToLong(Long::longValue).toArray()));
		rows.get("4")[0] = 2;
		rows.get("4")[6] = 3;
		List<ReportChecks.Finding> findings = ReportChecks.run(Table3.of(rows), appeals(2), NONE);
		assertThat(failed(findings)).containsExactly("table3.balance");
		assertThat(findings.get(0).arguments()[1]).isEqualTo(List.of("natural", "total"));
	}

	@Test
	void aTotalThatIsNotTheSumOfItsResultsOrColumnsFails() {
		Map<String, long[]> rows = Table3.blank();
		consistent().rows().forEach((k, v) -> rows.put(k, v.stream().mapToLong(Long::longValue).toArray()));
		rows.get("3.3.2")[1] = 1;
		List<ReportChecks.Finding> findings = ReportChecks.run(Table3.of(rows), appeals(2), NONE);
		assertThat(failed(findings)).containsExactly("table3.results-total", "table3.column-total");
		assertThat(findings.get(2).arguments()[1]).isEqualTo(List.of("3.3.2"));
	}

	@Test
	void anAppealTotalThatIsNotItsFourResultsFails() {
		assertThat(failed(ReportChecks.run(consistent(), appeals(3), NONE))).containsExactly("table4.totals");
	}

	@Test
	void rowTwoMustEqualLastYearsRowFourWhereverItComesFrom() {
		ReportChecks.Prior published = new ReportChecks.Prior(ReportChecks.PriorSource.PUBLISHED,
				new long[] { 1, 0, 0, 0, 0, 0, 1 });
		assertThat(failed(ReportChecks.run(consistent(), appeals(2), published))).isEmpty();
		ReportChecks.Prior entered = new ReportChecks.Prior(ReportChecks.PriorSource.ENTERED,
				new long[] { 0, 1, 0, 0, 0, 0, 1 });
		List<ReportChecks.Finding> findings = ReportChecks.run(consistent(), appeals(2), entered);
		assertThat(failed(findings)).containsExactly("table3.carry-in");
		assertThat(findings.get(4).key()).endsWith(".failed.entered");
		assertThat(findings.get(4).arguments()[1]).isEqualTo(List.of("natural", "commercial"));
	}

	@Test
	void theCarryInCheckNamesLastYearsRowFourAndReadsMissingColumnsAsZero() {
		ReportChecks.Prior published = new ReportChecks.Prior(ReportChecks.PriorSource.PUBLISHED,
				new long[] { 1, 0, 0, 0, 0, 0, 1 });
		ReportChecks.Finding ok = ReportChecks.run(consistent(), appeals(2), published).get(4);
		assertThat(ok.key()).isEqualTo("annualreport.check.table3.carry-in.ok.published");
		assertThat(ok.arguments()).containsExactly("1 / 0 / 0 / 0 / 0 / 0 / 1");
		ReportChecks.Prior shortRow = new ReportChecks.Prior(ReportChecks.PriorSource.ENTERED, new long[] { 1 });
		ReportChecks.Finding failed = ReportChecks.run(consistent(), appeals(2), shortRow).get(4);
		assertThat(failed.ok()).isFalse();
		assertThat(failed.arguments()).containsExactly("column", List.of("total"), "1 / 0 / 0 / 0 / 0 / 0 / 0");
	}

}
