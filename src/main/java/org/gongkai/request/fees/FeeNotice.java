package org.gongkai.request.fees;

import java.math.BigDecimal;
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
import org.gongkai.calendar.rules.DueDate;

/** The fee notice of a case (国办函〔2020〕109号), at most one per case. */
@Entity
@Table(name = "req_fee_notice")
public class FeeNotice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private long caseId;

	@Column(name = "agency_id")
	private long agencyId;

	@Enumerated(EnumType.STRING)
	private FeeBasis basis;

	private int units;

	private BigDecimal amount;

	@Column(name = "notified_on")
	private LocalDate notifiedOn;

	@Column(name = "pauses_clock")
	private boolean pausesClock;

	@Enumerated(EnumType.STRING)
	private FeeStatus status;

	@Column(name = "paid_on")
	private LocalDate paidOn;

	@Column(name = "paid_amount")
	private BigDecimal paidAmount;

	@Column(name = "waived_on")
	private LocalDate waivedOn;

	@Column(name = "waive_reason")
	private String waiveReason;

	@Column(name = "issued_by")
	private String issuedBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected FeeNotice() {
	}

	public FeeNotice(long caseId, long agencyId, FeeBasis basis, int units, BigDecimal amount, LocalDate notifiedOn,
			boolean pausesClock, String issuedBy, Instant now) {
		this.caseId = caseId;
		this.agencyId = agencyId;
		this.basis = basis;
		this.units = units;
		// DECIMAL(12, 2): the same scale before and after a reload
		this.amount = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
		this.notifiedOn = notifiedOn;
		this.pausesClock = pausesClock;
		this.status = FeeStatus.AWAITING_PAYMENT;
		this.issuedBy = issuedBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public long caseId() {
		return this.caseId;
	}

	public FeeStatus status() {
		return this.status;
	}

	public BigDecimal amount() {
		return this.amount;
	}

	public LocalDate notifiedOn() {
		return this.notifiedOn;
	}

	public void pay(LocalDate on, BigDecimal paid, Instant now) {
		this.status = FeeStatus.PAID;
		this.paidOn = on;
		this.paidAmount = paid;
		this.updatedAt = now;
	}

	public void waive(LocalDate on, String reason, Instant now) {
		this.status = FeeStatus.WAIVED;
		this.waivedOn = on;
		this.waiveReason = reason;
		this.updatedAt = now;
	}

	public void lapse(Instant now) {
		this.status = FeeStatus.LAPSED;
		this.updatedAt = now;
	}

	public FeeNoticeView view(DueDate payBy) {
		return new FeeNoticeView(this.basis, this.units, this.amount, this.notifiedOn, payBy.due(), payBy.provisional(),
				this.pausesClock, this.status, this.paidOn, this.paidAmount, this.waivedOn, this.waiveReason);
	}

	public String auditSummary() {
		return "case=" + this.caseId + ", basis=" + this.basis + ", units=" + this.units + ", amount="
				+ this.amount.toPlainString() + ", notifiedOn=" + this.notifiedOn + ", pausesClock=" + this.pausesClock
				+ ", status=" + this.status + ", paid=" + this.paidOn + "/"
				+ ((this.paidAmount != null) ? this.paidAmount.toPlainString() : null) + ", waivedOn=" + this.waivedOn;
	}

}
