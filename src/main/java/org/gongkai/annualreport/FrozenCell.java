package org.gongkai.annualreport;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One figure of a published table. */
@Embeddable
class FrozenCell {

	@Column(name = "table_no")
	private int tableNo;

	@Column(name = "row_key")
	private String rowKey;

	@Column(name = "col_no")
	private int column;

	private BigDecimal amount;

	protected FrozenCell() {
	}

	FrozenCell(int tableNo, String rowKey, int column, BigDecimal amount) {
		this.tableNo = tableNo;
		this.rowKey = rowKey;
		this.column = column;
		this.amount = amount;
	}

	int tableNo() {
		return this.tableNo;
	}

	String rowKey() {
		return this.rowKey;
	}

	int column() {
		return this.column;
	}

	BigDecimal amount() {
		return this.amount;
	}

}
