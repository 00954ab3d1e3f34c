package org.gongkai.fiscal;

import java.util.List;

/**
 * A budget disclosure as a form or the demo enters it: every value as typed, checked by
 * {@link BudgetDisclosing#problems}. Amounts in 万元 with at most two decimals; the
 * approval day as {@code yyyy-MM-dd}; the 三公经费 figures are required for a department's
 * kinds and ignored for the government's.
 *
 * @param year the budget year
 * @param kind a {@link DisclosureKind} name
 * @param approvedOn the approval day
 * @param explanation 说明
 * @param rows the 收支总表 rows; rows with neither item nor amount are left out
 * @param travelPrevious 因公出国（境）费, previous year
 * @param travelCurrent 因公出国（境）费, this year
 * @param carPurchasePrevious 公务用车购置费, previous year
 * @param carPurchaseCurrent 公务用车购置费, this year
 * @param carRunningPrevious 公务用车运行费, previous year
 * @param carRunningCurrent 公务用车运行费, this year
 * @param receptionPrevious 公务接待费, previous year
 * @param receptionCurrent 公务接待费, this year
 * @param changeExplanation the reasons for increases or decreases
 */
public record BudgetInput(String year, String kind, String approvedOn, String explanation, List<RowInput> rows,
		String travelPrevious, String travelCurrent, String carPurchasePrevious, String carPurchaseCurrent,
		String carRunningPrevious, String carRunningCurrent, String receptionPrevious, String receptionCurrent,
		String changeExplanation) {

	/**
	 * A 收支总表 row as typed.
	 *
	 * @param section {@code INCOME} or {@code EXPENDITURE}
	 * @param item the item
	 * @param amount the amount in 万元
	 */
	public record RowInput(String section, String item, String amount) {

	}

}
