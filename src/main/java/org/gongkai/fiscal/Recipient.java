package org.gongkai.fiscal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A household paid by a special fund: village, name, ID number, subsidy item and amount
 * in 元, with the masked name and ID number the public page shows (computed by the privacy
 * scanner when the list is imported).
 */
@Embeddable
class Recipient {

	private String village;

	private String name;

	@Column(name = "id_number")
	private String idNumber;

	private String item;

	private BigDecimal amount;

	@Column(name = "masked_name")
	private String maskedName;

	@Column(name = "masked_id")
	private String maskedId;

	protected Recipient() {
	}

	Recipient(String village, String name, String idNumber, String item, BigDecimal amount, String maskedName,
			String maskedId) {
		this.village = village;
		this.name = name;
		this.idNumber = idNumber;
		this.item = item;
		this.amount = amount;
		this.maskedName = maskedName;
		this.maskedId = maskedId;
	}

	RecipientView view(boolean masked) {
		return new RecipientView(this.village, masked ? this.maskedName : this.name,
				masked ? this.maskedId : this.idNumber, this.item, this.amount);
	}

	String village() {
		return this.village;
	}

	BigDecimal amount() {
		return this.amount;
	}

}
