package org.gongkai.annualreport.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.CaseYearCount;
import org.gongkai.request.rules.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table 三 over random cases across years (docs/legal-rules.md, Annual report): every
 * column balances, 一 + 二 = (七) + 四, and the carry-out of one year is the carry-in of the
 * next, so the checks pass year after year.
 */
class Table3CountingPropertyTests {

	private static final int FIRST = 2020;

	private static final int LAST = 2025;

	private static final List<Long> AGENCIES = List.of(1L, 2L, 3L);

	/**
	 * One application: its agency, applicant column, year of receipt, year of closing
	 * ({@code 0} while open) and outcome.
	 */
	record Case(long agency, ApplicantType applicant, int received, int closed, Outcome outcome) {

		/**
		 * What the request module counts for this case in {@code year} (the meaning of
		 * {@link CaseYearCount}), or null when the year does not see it.
		 */
		CaseYearCount in(int year) {
			boolean receivedNow = this.received == year;
			boolean carriedIn = this.received < year && (this.closed == 0 || this.closed >= year);
			if (!receivedNow && !carriedIn) {
				return null;
			}
			boolean closedNow = this.closed == year;
			boolean carriedOut = this.closed == 0 || this.closed > year;
			return new CaseYearCount(this.agency, this.applicant, (this.closed != 0) ? this.outcome : null,
					receivedNow ? 1 : 0, carriedIn ? 1 : 0, closedNow ? 1 : 0, carriedOut ? 1 : 0);
		}

	}

	@Provide
	Arbitrary<List<Case>> cases() {
		Arbitrary<Case> one = Combinators
			.combine(Arbitraries.of(AGENCIES), Arbitraries.of(ApplicantType.class),
					Arbitraries.integers().between(FIRST, LAST), Arbitraries.integers().between(-1, LAST - FIRST + 1),
					Arbitraries.of(Outcome.class))
			.as((agency, applicant, received, after, outcome) -> new Case(agency, applicant, received,
					(after < 0 || received + after > LAST + 1) ? 0 : received + after, outcome));
		return one.list().ofMaxSize(60);
	}

	private static Map<Long, Table3> year(List<Case> cases, int year) {
		List<CaseYearCount> counts = new ArrayList<>();
		for (Case c : cases) {
			CaseYearCount count = c.in(year);
			if (count != null) {
				counts.add(count);
			}
		}
		return Table3Counting.byAgency(AGENCIES, counts);
	}

	@Property
	void everyColumnBalancesAndTheTotalsAddUp(@ForAll("cases") List<Case> cases) {
		for (int year = FIRST; year <= LAST; year++) {
			for (Table3 table : year(cases, year).values()) {
				for (int c = 0; c < Table3.COLUMNS.size(); c++) {
					assertThat(table.cell("1", c) + table.cell("2", c))
						.isEqualTo(table.cell("3.7", c) + table.cell("4", c));
				}
				assertThat(ReportChecks.run(table, Table4.of(null), ReportChecks.Prior.NONE))
					.allMatch(ReportChecks.Finding::ok);
			}
		}
	}

	@Property
	void theCarryOutOfOneYearIsTheCarryInOfTheNext(@ForAll("cases") List<Case> cases) {
		Map<Long, Table3> previous = year(cases, FIRST);
		for (int year = FIRST + 1; year <= LAST; year++) {
			Map<Long, Table3> current = year(cases, year);
			for (long agency : AGENCIES) {
				List<Long> carriedOut = previous.get(agency).row("4");
				assertThat(current.get(agency).row("2")).isEqualTo(carriedOut);
				ReportChecks.Prior prior = new ReportChecks.Prior(ReportChecks.PriorSource.PUBLISHED,
						carriedOut.stream().mapToLong(Long::longValue).toArray());
				assertThat(ReportChecks.run(current.get(agency), Table4.of(null), prior))
					.allMatch((finding) -> finding.ok() && !finding.warning());
			}
			previous = current;
		}
	}

	@Property
	void everyCaseIsCountedOnceInTheYearItIsReceived(@ForAll("cases") List<Case> cases) {
		for (int year = FIRST; year <= LAST; year++) {
			int y = year;
			long received = year(cases, year).values().stream().mapToLong((t) -> t.cell("1", Table3.TOTAL)).sum();
			assertThat(received).isEqualTo(cases.stream().filter((c) -> c.received() == y).count());
		}
	}

}
