package org.gongkai.fiscal;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.WorkFigure;
import org.gongkai.platform.WorkFigure.Section;
import org.gongkai.platform.WorkFigure.Unit;
import org.gongkai.platform.WorkFigureSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fiscal figures of the work summary: the budget and final-account disclosures and
 * the special funds the agency published in the span (by their publication day), and of
 * the funds those whose every required part the public can read
 * ({@link FundDisclosing#completeness}). Each links to the agency's fiscal overview.
 */
@Component
class FiscalFigures implements WorkFigureSource {

	private final BudgetDisclosures budgets;

	private final SpecialFunds funds;

	private final AgencyManagement agencies;

	FiscalFigures(BudgetDisclosures budgets, SpecialFunds funds, AgencyManagement agencies) {
		this.budgets = budgets;
		this.funds = funds;
		this.agencies = agencies;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkFigure> figuresOf(long agencyId, LocalDate from, LocalDate to) {
		String published = DisclosureStatus.PUBLISHED.name();
		long budgetCount = this.budgets.findByAgencyIdAndStatusOrderByYearDescIdDesc(agencyId, published)
			.stream()
			.filter((b) -> within(b.publishedOn(), from, to))
			.count();
		List<SpecialFund> funds = this.funds.findByAgencyIdAndStatusOrderByYearDescIdAsc(agencyId, published)
			.stream()
			.filter((f) -> within(f.publishedOn(), from, to))
			.toList();
		long complete = funds.stream().filter((f) -> FundDisclosing.completeness(f).complete()).count();
		String overview = "/admin/fiscal/" + this.agencies.details(agencyId).summary().creditCode();
		return List.of(new WorkFigure(Section.PROACTIVE, 70, "fiscal.budgets", budgetCount, Unit.ITEMS, overview),
				new WorkFigure(Section.PROACTIVE, 71, "fiscal.funds", funds.size(), Unit.ITEMS, overview),
				new WorkFigure(Section.PROACTIVE, 72, "fiscal.funds.complete", complete, Unit.ITEMS, overview));
	}

	private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
		return day != null && !day.isBefore(from) && !day.isAfter(to);
	}

}
