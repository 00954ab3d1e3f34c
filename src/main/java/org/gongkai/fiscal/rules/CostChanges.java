package org.gongkai.fiscal.rules;

import java.math.BigDecimal;

/**
 * 三公经费: the three kinds of official spending (因公出国（境）费, 公务用车购置及运行费 split into 购置费 and
 * 运行费, 公务接待费) are disclosed with the department's budget and final accounts together with
 * the previous year's figures, and the reasons for increases or decreases are explained
 * (财政部《关于进一步做好预算信息公开工作的指导意见》, docs/legal-rules.md, Fiscal disclosure). So an explanation
 * is required as soon as one figure differs from the year before.
 */
public final class CostChanges {

	private CostChanges() {
	}

	/**
	 * Whether any current figure differs from its previous one.
	 * @param pairs previous and current figure, alternating; none null
	 */
	public static boolean changed(BigDecimal... pairs) {
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			if (pairs[i].compareTo(pairs[i + 1]) != 0) {
				return true;
			}
		}
		return false;
	}

	/** Whether the figures need an explanation that is missing. */
	public static boolean explanationMissing(String explanation, BigDecimal... pairs) {
		return changed(pairs) && (explanation == null || explanation.isBlank());
	}

}
