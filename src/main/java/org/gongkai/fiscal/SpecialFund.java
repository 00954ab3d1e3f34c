package org.gongkai.fiscal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A special fund (专项资金) or household subsidy (惠民惠农补贴) of one agency and year: name,
 * amount in 万元, legal basis, allocation method and results, disbursement, and the
 * households it paid.
 */
@Entity
@Table(name = "fis_fund")
class SpecialFund extends ReviewedRecord {

	private String name;

	private BigDecimal amount;

	private boolean households;

	@Column(name = "legal_basis")
	private String legalBasis;

	@Column(name = "allocation_method")
	private String allocationMethod;

	@Column(name = "allocation_results")
	private String allocationResults;

	private String disbursement;

	@ElementCollection
	@CollectionTable(name = "fis_recipient", joinColumns = @JoinColumn(name = "fund_id"))
	@OrderColumn(name = "position")
	private List<Recipient> recipients = new ArrayList<>();

	protected SpecialFund() {
	}

	SpecialFund(long agencyId, String createdBy, Instant now) {
		super(agencyId, createdBy, now);
	}

	void fill(int year, String name, BigDecimal amount, boolean households, String legalBasis, String method,
			String results, String disbursement) {
		setYear(year);
		this.name = name;
		this.amount = amount;
		this.households = households;
		this.legalBasis = legalBasis;
		this.allocationMethod = method;
		this.allocationResults = results;
		this.disbursement = disbursement;
	}

	void replaceRecipients(List<Recipient> list) {
		this.recipients.clear();
		this.recipients.addAll(list);
	}

	String name() {
		return this.name;
	}

	BigDecimal amount() {
		return this.amount;
	}

	boolean households() {
		return this.households;
	}

	String legalBasis() {
		return this.legalBasis;
	}

	String allocationMethod() {
		return this.allocationMethod;
	}

	String allocationResults() {
		return this.allocationResults;
	}

	String disbursement() {
		return this.disbursement;
	}

	List<Recipient> recipients() {
		return this.recipients;
	}

}
