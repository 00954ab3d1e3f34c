package org.gongkai.fiscal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A special fund (专项资金) or household subsidy (惠民惠农补贴) of one agency and year: name,
 * amount in 万元, legal basis, allocation method and results, disbursement, and the
 * households it paid.
 */
@Entity
@Table(name = "fis_fund")
class SpecialFund {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	@Column(name = "fiscal_year")
	private int year;

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

	private String status;

	@Column(name = "review_note")
	private String reviewNote;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected SpecialFund() {
	}

	SpecialFund(long agencyId, String createdBy, Instant now) {
		this.agencyId = agencyId;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.status = DisclosureStatus.DRAFT.name();
	}

	void fill(int year, String name, BigDecimal amount, boolean households, String legalBasis, String method,
			String results, String disbursement) {
		this.year = year;
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

	void moveTo(DisclosureStatus next, String note, LocalDate publishedOn) {
		this.status = next.name();
		this.reviewNote = note;
		this.publishedOn = publishedOn;
	}

	long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	int year() {
		return this.year;
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

	DisclosureStatus status() {
		return DisclosureStatus.valueOf(this.status);
	}

	String reviewNote() {
		return this.reviewNote;
	}

	LocalDate publishedOn() {
		return this.publishedOn;
	}

}
