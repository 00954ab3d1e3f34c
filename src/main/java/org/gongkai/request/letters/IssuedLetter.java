package org.gongkai.request.letters;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A letter as issued: its number, date and merged text are fixed; delivery and release
 * are recorded later.
 */
@Entity
@Table(name = "req_letter")
class IssuedLetter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private long caseId;

	@Column(name = "agency_id")
	private long agencyId;

	@Enumerated(EnumType.STRING)
	private LetterKind kind;

	@Column(name = "template_key")
	private String templateKey;

	@Column(name = "template_version")
	private int templateVersion;

	@Column(name = "document_no")
	private String documentNo;

	private String addressee;

	/** The merged text, one paragraph per line. */
	private String body;

	@Column(name = "issued_on")
	private LocalDate issuedOn;

	@Column(name = "issued_by")
	private String issuedBy;

	@Enumerated(EnumType.STRING)
	@Column(name = "delivery_method")
	private LetterDelivery deliveryMethod;

	@Column(name = "delivered_on")
	private LocalDate deliveredOn;

	@Column(name = "delivered_by")
	private String deliveredBy;

	private boolean released;

	@Column(name = "released_on")
	private LocalDate releasedOn;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected IssuedLetter() {
	}

	IssuedLetter(long caseId, long agencyId, LetterKind kind, String templateKey, int templateVersion,
			String documentNo, String addressee, String body, LocalDate issuedOn, String issuedBy, Instant createdAt) {
		this.caseId = caseId;
		this.agencyId = agencyId;
		this.kind = kind;
		this.templateKey = templateKey;
		this.templateVersion = templateVersion;
		this.documentNo = documentNo;
		this.addressee = addressee;
		this.body = body;
		this.issuedOn = issuedOn;
		this.issuedBy = issuedBy;
		this.createdAt = createdAt;
	}

	Long id() {
		return this.id;
	}

	long caseId() {
		return this.caseId;
	}

	long agencyId() {
		return this.agencyId;
	}

	LetterKind kind() {
		return this.kind;
	}

	String documentNo() {
		return this.documentNo;
	}

	String addressee() {
		return this.addressee;
	}

	String body() {
		return this.body;
	}

	LocalDate issuedOn() {
		return this.issuedOn;
	}

	boolean released() {
		return this.released;
	}

	LocalDate deliveredOn() {
		return this.deliveredOn;
	}

	void deliver(LetterDelivery method, LocalDate on, String by) {
		this.deliveryMethod = method;
		this.deliveredOn = on;
		this.deliveredBy = by;
	}

	void release(LocalDate on) {
		this.released = true;
		this.releasedOn = on;
	}

	LetterView view() {
		return new LetterView(this.id, this.kind, this.documentNo, this.issuedOn, this.issuedBy, this.deliveryMethod,
				this.deliveredOn, this.released);
	}

	String auditSummary() {
		return "kind=" + this.kind + ", documentNo=" + this.documentNo + ", template=" + this.templateKey + "/v"
				+ this.templateVersion + ", delivery=" + this.deliveryMethod + "/" + this.deliveredOn + ", released="
				+ this.released;
	}

}
