package org.gongkai.fiscal;

import java.math.BigDecimal;

import org.gongkai.fiscal.rules.CostChanges;

/**
 * 三公经费 of a department's budget or final accounts, in 万元, with the previous year's
 * figures and the explanation of the changes (required when a figure changed;
 * {@link CostChanges}).
 *
 * @param travelPrevious 因公出国（境）费, previous year
 * @param travelCurrent 因公出国（境）费, this year
 * @param carPurchasePrevious 公务用车购置费, previous year
 * @param carPurchaseCurrent 公务用车购置费, this year
 * @param carRunningPrevious 公务用车运行费, previous year
 * @param carRunningCurrent 公务用车运行费, this year
 * @param receptionPrevious 公务接待费, previous year
 * @param receptionCurrent 公务接待费, this year
 * @param explanation the reasons for increases or decreases; may be empty when nothing
 * changed
 */
public record ThreePublicCosts(BigDecimal travelPrevious, BigDecimal travelCurrent, BigDecimal carPurchasePrevious,
		BigDecimal carPurchaseCurrent, BigDecimal carRunningPrevious, BigDecimal carRunningCurrent,
		BigDecimal receptionPrevious, BigDecimal receptionCurrent, String explanation) {

	/** 公务用车购置及运行费, previous year. */
	public BigDecimal carPrevious() {
		return this.carPurchasePrevious.add(this.carRunningPrevious);
	}

	/** 公务用车购置及运行费, this year. */
	public BigDecimal carCurrent() {
		return this.carPurchaseCurrent.add(this.carRunningCurrent);
	}

	/** The three together, previous year. */
	public BigDecimal totalPrevious() {
		return this.travelPrevious.add(carPrevious()).add(this.receptionPrevious);
	}

	/** The three together, this year. */
	public BigDecimal totalCurrent() {
		return this.travelCurrent.add(carCurrent()).add(this.receptionCurrent);
	}

	/** Whether any figure differs from the previous year's. */
	public boolean changed() {
		return CostChanges.changed(pairs());
	}

	BigDecimal[] pairs() {
		return new BigDecimal[] { this.travelPrevious, this.travelCurrent, this.carPurchasePrevious,
				this.carPurchaseCurrent, this.carRunningPrevious, this.carRunningCurrent, this.receptionPrevious,
				this.receptionCurrent };
	}

}
