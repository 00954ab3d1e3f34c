package org.gongkai.request.appeals;

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
import org.gongkai.request.AppealKind;
import org.gongkai.request.AppealResult;

/** A reconsideration or lawsuit about a case (docs/legal-rules.md, Appeals). */
@Entity
@Table(name = "req_appeal")
public class Appeal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private long caseId;

	@Column(name = "agency_id")
	private long agencyId;

	@Enumerated(EnumType.STRING)
	private AppealKind kind;

	@Column(name = "follows_id")
	private Long followsId;

	@Column(name = "filed_on")
	private LocalDate filedOn;

	private String body;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Enumerated(EnumType.STRING)
	private AppealResult result;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Appeal() {
	}

	public Appeal(long caseId, long agencyId, AppealKind kind, Long followsId, LocalDate filedOn, String body,
			String recordedBy, Instant now) {
		this.caseId = caseId;
		this.agencyId = agencyId;
		this.kind = kind;
		this.followsId = followsId;
		this.filedOn = filedOn;
		this.body = body;
		this.result = AppealResult.PENDING;
		this.recordedBy = recordedBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public Long id() {
		return this.id;
	}

	public long caseId() {
		return this.caseId;
	}

	public long agencyId() {
		return this.agencyId;
	}

	public AppealKind kind() {
		return this.kind;
	}

	public LocalDate filedOn() {
		return this.filedOn;
	}

	public void decide(LocalDate on, AppealResult result, Instant now) {
		this.decidedOn = on;
		this.result = result;
		this.updatedAt = now;
	}

	public AppealResult result() {
		return this.result;
	}

	public AppealView view(String trackingNo) {
		return new AppealView(this.id, this.caseId, this.agencyId, trackingNo, this.kind, this.followsId, this.filedOn,
				this.body, this.decidedOn, this.result);
	}

	public String auditSummary() {
		return "case=" + this.caseId + ", kind=" + this.kind + ", follows=" + this.followsId + ", filedOn="
				+ this.filedOn + ", body=" + this.body + ", decidedOn=" + this.decidedOn + ", result=" + this.result;
	}

}
