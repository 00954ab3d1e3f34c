package org.gongkai.fiscal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A budget or final-accounts disclosure as pages show it.
 *
 * @param id its id
 * @param agencyId the agency
 * @param year the budget year
 * @param kind what it is
 * @param approvedOn the approval (批准/批复) day
 * @param dueOn the last day to disclose (Budget Law art. 14: approval + 20 days)
 * @param late published after {@code dueOn}, or not published and past it
 * @param explanation 说明
 * @param rows the 收支总表 rows in their order
 * @param incomeTotal the income rows' sum, 万元
 * @param expenditureTotal the expenditure rows' sum, 万元
 * @param costs 三公经费, {@code null} for the finance department's government kinds
 * @param status where it stands
 * @param reviewNote the reviewer's note when returned, or {@code null}
 * @param publishedOn the day it went public, or {@code null}
 */
public record BudgetView(long id, long agencyId, int year, DisclosureKind kind, LocalDate approvedOn, LocalDate dueOn,
		boolean late, String explanation, List<Row> rows, BigDecimal incomeTotal, BigDecimal expenditureTotal,
		ThreePublicCosts costs, DisclosureStatus status, String reviewNote, LocalDate publishedOn) {

	/** Income (收入) or expenditure (支出). */
	public enum Section {

		INCOME, EXPENDITURE

	}

	/** A row of the 收支总表: amount in 万元. */
	public record Row(Section section, String item, BigDecimal amount) {

	}

	/** The sections in the order a table shows them. */
	public List<Section> sections() {
		return List.of(Section.values());
	}

	/** The total of one section, 万元. */
	public BigDecimal totalOf(Section section) {
		return (section == Section.INCOME) ? this.incomeTotal : this.expenditureTotal;
	}

	/** The rows of one section. */
	public List<Row> rowsOf(Section section) {
		return this.rows.stream().filter((r) -> r.section() == section).toList();
	}

}
