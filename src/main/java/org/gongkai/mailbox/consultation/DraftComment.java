package org.gongkai.mailbox.consultation;

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

/** A comment on a draft; shown on the portal once a moderator publishes it. */
@Entity
@Table(name = "mbx_comment")
class DraftComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "consultation_id")
	private long consultationId;

	@Column(name = "writer_name")
	private String writerName;

	private String body;

	@Enumerated(EnumType.STRING)
	private CommentStatus status;

	private boolean flagged;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Version
	private long version;

	protected DraftComment() {
	}

	DraftComment(long consultationId, String writerName, String body, boolean flagged, Instant now) {
		this.consultationId = consultationId;
		this.writerName = writerName;
		this.body = body;
		this.flagged = flagged;
		this.status = CommentStatus.PENDING;
		this.submittedAt = now;
	}

	long id() {
		return this.id;
	}

	long consultationId() {
		return this.consultationId;
	}

	String writerName() {
		return this.writerName;
	}

	String body() {
		return this.body;
	}

	CommentStatus status() {
		return this.status;
	}

	boolean flagged() {
		return this.flagged;
	}

	Instant submittedAt() {
		return this.submittedAt;
	}

	void moderate(CommentStatus status) {
		this.status = status;
	}

}
