package org.gongkai.fiscal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of the 收支总表: income or expenditure, the item, the amount in 万元. */
@Embeddable
class BudgetRow {

	@Column(name = "section")
	private String section;

	private String item;

	private BigDecimal amount;

	protected BudgetRow() {
	}

	BudgetRow(String section, String item, BigDecimal amount) {
		this.section = section;
		this.item = item;
		this.amount = amount;
	}

	String section() {
		return this.section;
	}

	String item() {
		return this.item;
	}

	BigDecimal amount() {
		return this.amount;
	}

}
