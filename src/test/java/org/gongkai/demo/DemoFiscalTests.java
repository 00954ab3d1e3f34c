package org.gongkai.demo;

import java.util.List;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.fiscal.DisclosureKind;
import org.gongkai.fiscal.FiscalCompleteness;
import org.gongkai.fiscal.FundCompleteness;
import org.gongkai.fiscal.FundPart;
import org.gongkai.fiscal.YearCompleteness;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo county's fiscal disclosure: the finance department's budget and final accounts
 * (with 三公经费) and a government budget disclosed late; 河西镇's two special funds, one
 * complete with its households, one disclosed only as its total.
 */
@SpringBootTest(properties = "gongkai.demo=true")
class DemoFiscalTests {

	@Autowired
	AgencyManagement agencies;

	@Autowired
	FiscalCompleteness completeness;

	@Test
	void theFinanceDepartmentDisclosedItsBudgetAndFinalAccountsAndTheGovernmentsBudgetLate() {
		long finance = this.agencies.findByCreditCode(DemoFiscal.FINANCE).orElseThrow().summary().id();
		List<YearCompleteness> years = this.completeness.years(finance);
		assertThat(years).flatExtracting((y) -> List.copyOf(y.published()))
			.contains(DisclosureKind.DEPARTMENT_BUDGET, DisclosureKind.DEPARTMENT_FINAL_ACCOUNTS,
					DisclosureKind.GOVERNMENT_BUDGET);
		assertThat(years).flatExtracting((y) -> List.copyOf(y.late()))
			.containsExactly(DisclosureKind.GOVERNMENT_BUDGET);
	}

	@Test
	void theTownshipHasOneCompleteFundAndOneDisclosedOnlyAsItsTotal() {
		long hexi = this.agencies.findByCreditCode(DemoFiscal.HEXI).orElseThrow().summary().id();
		List<FundCompleteness> funds = this.completeness.years(hexi).get(0).funds();
		assertThat(funds).hasSize(2);
		assertThat(funds.get(0).complete()).isTrue();
		assertThat(funds.get(1).complete()).isFalse();
		assertThat(funds.get(1).disclosed()).containsExactly(FundPart.TOTAL);
	}

}
