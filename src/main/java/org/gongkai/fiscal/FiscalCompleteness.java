package org.gongkai.fiscal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.gongkai.fiscal.rules.DisclosureDeadline;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How completely agencies disclose their budgets and special funds (docs/legal-rules.md,
 * Fiscal disclosure), for the inspection and assessment modules and the staff overview:
 * per fund the parts disclosed and missing, per agency and year the budget kinds
 * published and late and the funds' total. Reads only; checks no user's rights (a caller
 * shows it within its own authorisation).
 */
@Service
public class FiscalCompleteness {

	private final BudgetDisclosures budgets;

	private final SpecialFunds funds;

	private final Clock clock;

	FiscalCompleteness(BudgetDisclosures budgets, SpecialFunds funds, Clock clock) {
		this.budgets = budgets;
		this.funds = funds;
		this.clock = clock;
	}

	/**
	 * How many budget disclosures and funds of these agencies wait for their reviewer.
	 */
	@Transactional(readOnly = true)
	public long inReview(java.util.Collection<Long> agencyIds) {
		if (agencyIds.isEmpty()) {
			return 0;
		}
		return this.budgets.findByAgencyIdInAndStatus(agencyIds, DisclosureStatus.IN_REVIEW.name()).size()
				+ this.funds.findByAgencyIdInAndStatus(agencyIds, DisclosureStatus.IN_REVIEW.name()).size();
	}

	/** One fund's completeness. @throws org.gongkai.platform.NotFoundException if none */
	@Transactional(readOnly = true)
	public FundCompleteness fund(long fundId) {
		return FundDisclosing.completeness(this.funds.findById(fundId)
			.orElseThrow(() -> new org.gongkai.platform.NotFoundException("Fund " + fundId)));
	}

	/** The agency's fiscal disclosure of one year (empty lists when it has none). */
	@Transactional(readOnly = true)
	public YearCompleteness year(long agencyId, int year) {
		return years(agencyId).stream()
			.filter((y) -> y.year() == year)
			.findFirst()
			.orElse(new YearCompleteness(agencyId, year, Set.of(), Set.of(), List.of(), BigDecimal.ZERO.setScale(2)));
	}

	/** Every year the agency has a budget disclosure or a fund for, newest first. */
	@Transactional(readOnly = true)
	public List<YearCompleteness> years(long agencyId) {
		List<BudgetDisclosure> budgetList = this.budgets.findByAgencyIdOrderByYearDescIdDesc(agencyId);
		List<SpecialFund> fundList = this.funds.findByAgencyIdOrderByYearDescIdAsc(agencyId);
		TreeSet<Integer> years = new TreeSet<>(Collections.reverseOrder());
		budgetList.forEach((b) -> years.add(b.year()));
		fundList.forEach((f) -> years.add(f.year()));
		LocalDate today = LocalDate.now(this.clock);
		List<YearCompleteness> result = new ArrayList<>();
		for (int year : years) {
			Set<DisclosureKind> published = EnumSet.noneOf(DisclosureKind.class);
			Set<DisclosureKind> late = EnumSet.noneOf(DisclosureKind.class);
			for (BudgetDisclosure b : budgetList) {
				if (b.year() != year) {
					continue;
				}
				if (b.status() == DisclosureStatus.PUBLISHED) {
					published.add(b.kind());
				}
				if (DisclosureDeadline.late(b.approvedOn(), b.publishedOn(), today)) {
					late.add(b.kind());
				}
			}
			List<FundCompleteness> ofYear = fundList.stream()
				.filter((f) -> f.year() == year)
				.map(FundDisclosing::completeness)
				.toList();
			BigDecimal total = ofYear.stream()
				.filter(FundCompleteness::published)
				.map(FundCompleteness::amount)
				.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
			result.add(new YearCompleteness(agencyId, year, Collections.unmodifiableSet(published),
					Collections.unmodifiableSet(late), ofYear, total));
		}
		return result;
	}

}
