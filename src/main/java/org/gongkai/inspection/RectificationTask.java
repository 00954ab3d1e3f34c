package org.gongkai.inspection;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A rectification task (整改) made from a finding: who fixes it by when, and how it was
 * closed. Overdue is derived from the deadline, never stored.
 */
@Entity
@Table(name = "ins_task")
class RectificationTask {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	private String rule;

	@Column(name = "object_type")
	private String objectType;

	@Column(name = "object_id")
	private String objectId;

	private String title;

	private String url;

	private String owner;

	@Column(name = "due_on")
	private LocalDate dueOn;

	private String state;

	@Column(name = "closing_note")
	private String closingNote;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Version
	private long version;

	protected RectificationTask() {
	}

	RectificationTask(long agencyId, InspectionFinding finding, String owner, LocalDate dueOn, String createdBy,
			Instant now) {
		this.agencyId = agencyId;
		this.rule = finding.rule();
		this.objectType = finding.objectType();
		this.objectId = finding.objectId();
		this.title = finding.title();
		this.url = finding.url();
		this.owner = owner;
		this.dueOn = dueOn;
		this.state = TaskState.OPEN.name();
		this.createdAt = now;
		this.createdBy = createdBy;
	}

	Long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	String key() {
		return this.rule + "|" + this.objectType + "|" + this.objectId;
	}

	TaskState state() {
		return TaskState.valueOf(this.state);
	}

	void close(String note, Instant now) {
		this.state = TaskState.CLOSED.name();
		this.closingNote = note;
		this.closedAt = now;
	}

	void reopen(String title, String url) {
		this.state = TaskState.OPEN.name();
		this.title = title;
		this.url = url;
		this.closedAt = null;
	}

	String auditSummary() {
		return "rule=" + this.rule + ", object=" + this.objectType + ":" + this.objectId + ", owner=" + this.owner
				+ ", due=" + this.dueOn + ", state=" + this.state;
	}

	RectificationView view(LocalDate today) {
		return new RectificationView(this.id, this.agencyId, this.rule, this.objectType, this.objectId, this.title,
				this.url, this.owner, this.dueOn, state(), this.closingNote, this.closedAt,
				state() == TaskState.OPEN && this.dueOn.isBefore(today));
	}

}
