package org.gongkai.annualreport;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A change to a published year's records (更正): its cause and the cells that moved, as
 * {@code table|row|column|frozen|now} entries separated by {@code ;}.
 */
@Entity
@Table(name = "ar_correction")
class ReportCorrection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id")
	private long reportId;

	@Column(name = "logged_on")
	private LocalDate loggedOn;

	@Column(name = "logged_at")
	private Instant loggedAt;

	private String cause;

	private String reference;

	private String changes;

	/** The edition of the report the changes are measured against. */
	private int edition;

	protected ReportCorrection() {
	}

	ReportCorrection(long reportId, int edition, String cause, String reference, String changes, LocalDate on,
			Instant now) {
		this.reportId = reportId;
		this.edition = edition;
		this.cause = cause;
		this.reference = reference;
		this.changes = changes;
		this.loggedOn = on;
		this.loggedAt = now;
	}

	Long id() {
		return this.id;
	}

	long reportId() {
		return this.reportId;
	}

	String changes() {
		return this.changes;
	}

	int edition() {
		return this.edition;
	}

	String cause() {
		return this.cause;
	}

	String reference() {
		return this.reference;
	}

	LocalDate loggedOn() {
		return this.loggedOn;
	}

	String auditSummary() {
		return "reportId=" + this.reportId + ", edition=" + this.edition + ", cause=" + this.cause + ", reference="
				+ this.reference + ", changes=" + this.changes;
	}

}
