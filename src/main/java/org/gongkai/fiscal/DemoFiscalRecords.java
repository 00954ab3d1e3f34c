package org.gongkai.fiscal;

import java.time.LocalDate;

import org.gongkai.platform.GongkaiProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo county's fiscal disclosure in demo mode only, with the dates it would
 * have had, through the same checks and audit entries as the forms (by {@code system});
 * outside demo mode every command is refused.
 */
@Service
public class DemoFiscalRecords {

	private final GongkaiProperties properties;

	private final BudgetDisclosing budgets;

	private final FundDisclosing funds;

	private final BudgetDisclosures budgetRows;

	private final SpecialFunds fundRows;

	DemoFiscalRecords(GongkaiProperties properties, BudgetDisclosing budgets, FundDisclosing funds,
			BudgetDisclosures budgetRows, SpecialFunds fundRows) {
		this.properties = properties;
		this.budgets = budgets;
		this.funds = funds;
		this.budgetRows = budgetRows;
		this.fundRows = fundRows;
	}

	/** Whether the agency has any fiscal record yet. */
	@Transactional(readOnly = true)
	public boolean hasAny(long agencyId) {
		return !this.budgetRows.findByAgencyIdOrderByYearDescIdDesc(agencyId).isEmpty()
				|| !this.fundRows.findByAgencyIdOrderByYearDescIdAsc(agencyId).isEmpty();
	}

	/** A budget disclosure, submitted and published on {@code publishedOn}. */
	@Transactional
	public long publishBudget(long agencyId, BudgetInput input, LocalDate publishedOn) {
		requireDemo();
		long id = this.budgets.createAs(agencyId, input, "system");
		BudgetDisclosure budget = this.budgets.find(id);
		this.budgets.submitAs(budget, "system");
		this.budgets.publishAs(budget, publishedOn, "system");
		return id;
	}

	/**
	 * A fund with the households of {@code householdList} (an XLSX file, or {@code null}
	 * for none), submitted and published on {@code publishedOn}.
	 */
	@Transactional
	public long publishFund(long agencyId, FundInput input, byte[] householdList, LocalDate publishedOn) {
		requireDemo();
		long id = this.funds.createAs(agencyId, input, "system");
		SpecialFund fund = this.funds.find(id);
		if (householdList != null) {
			this.funds.importAs(fund, householdList, "system");
		}
		this.funds.submitAs(fund, "system");
		this.funds.publishAs(fund, publishedOn, "system");
		return id;
	}

	private void requireDemo() {
		if (!this.properties.demo()) {
			throw new IllegalStateException("Demo fiscal records outside demo mode");
		}
	}

}
