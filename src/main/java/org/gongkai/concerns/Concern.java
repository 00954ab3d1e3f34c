package org.gongkai.concerns;

import java.time.Instant;

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
 * A concern of one agency with its clock's facts (the moment it arose and the hours it
 * was given) and its response. Whether it is late is derived, never stored.
 */
@Entity
@Table(name = "con_concern")
class Concern {

	/** How a concern was answered. */
	enum ResponseKind {

		/** An item of the 回应关切 column, answered when it was published. */
		PUBLICATION,
		/** Another response recorded with its moment and link. */
		OTHER

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	private String title;

	@Enumerated(EnumType.STRING)
	private ConcernKind kind;

	private String source;

	@Column(name = "arose_at")
	private Instant aroseAt;

	@Enumerated(EnumType.STRING)
	private ConcernSeverity severity;

	@Column(name = "due_hours")
	private int dueHours;

	private String handler;

	@Column(name = "publication_id")
	private Long publicationId;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "response_kind")
	private ResponseKind responseKind;

	@Column(name = "response_link")
	private String responseLink;

	@Column(name = "response_note")
	private String responseNote;

	@Column(name = "reminded_at")
	private Instant remindedAt;

	@Column(name = "overdue_mailed_at")
	private Instant overdueMailedAt;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected Concern() {
	}

	Concern(long agencyId, String title, ConcernKind kind, String source, Instant aroseAt, ConcernSeverity severity,
			int dueHours, String handler, String createdBy, Instant now) {
		this.agencyId = agencyId;
		this.title = title;
		this.kind = kind;
		this.source = source;
		this.aroseAt = aroseAt;
		this.severity = severity;
		this.dueHours = dueHours;
		this.handler = handler;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void draftedResponse(long publicationId) {
		this.publicationId = publicationId;
	}

	void answer(ResponseKind how, Instant at, String link, String note) {
		this.responseKind = how;
		this.answeredAt = at;
		this.responseLink = link;
		this.responseNote = note;
	}

	void reminded(Instant at) {
		this.remindedAt = at;
	}

	void overdueMailed(Instant at) {
		this.overdueMailedAt = at;
		if (this.remindedAt == null) {
			this.remindedAt = at;
		}
	}

	Long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	String title() {
		return this.title;
	}

	ConcernKind kind() {
		return this.kind;
	}

	String source() {
		return this.source;
	}

	Instant aroseAt() {
		return this.aroseAt;
	}

	ConcernSeverity severity() {
		return this.severity;
	}

	int dueHours() {
		return this.dueHours;
	}

	String handler() {
		return this.handler;
	}

	Long publicationId() {
		return this.publicationId;
	}

	Instant answeredAt() {
		return this.answeredAt;
	}

	ResponseKind responseKind() {
		return this.responseKind;
	}

	String responseLink() {
		return this.responseLink;
	}

	String responseNote() {
		return this.responseNote;
	}

	Instant remindedAt() {
		return this.remindedAt;
	}

	Instant overdueMailedAt() {
		return this.overdueMailedAt;
	}

	String createdBy() {
		return this.createdBy;
	}

	String summary() {
		return this.title + ", " + this.kind + ", " + this.severity + ", " + this.aroseAt + ", " + this.dueHours + "h";
	}

}
