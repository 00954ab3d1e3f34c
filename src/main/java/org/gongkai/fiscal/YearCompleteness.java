package org.gongkai.fiscal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * An agency's fiscal disclosure of one year, for the inspection and assessment modules
 * and the staff overview.
 *
 * @param agencyId the agency
 * @param year the year
 * @param published the kinds of budget disclosure published for the year
 * @param late the kinds disclosed late or overdue (Budget Law art. 14)
 * @param funds every special fund of the year, published or not
 * @param fundsTotal the published funds' amounts together, 万元
 */
public record YearCompleteness(long agencyId, int year, Set<DisclosureKind> published, Set<DisclosureKind> late,
		List<FundCompleteness> funds, BigDecimal fundsTotal) {

	/** The funds not published with every required part. */
	public List<FundCompleteness> incompleteFunds() {
		return this.funds.stream().filter((f) -> !f.complete()).toList();
	}

	/**
	 * Whether the year is complete: a department's budget and final accounts published on
	 * time, every fund complete.
	 */
	public boolean complete() {
		return this.published.contains(DisclosureKind.DEPARTMENT_BUDGET)
				&& this.published.contains(DisclosureKind.DEPARTMENT_FINAL_ACCOUNTS) && this.late.isEmpty()
				&& incompleteFunds().isEmpty();
	}

}
