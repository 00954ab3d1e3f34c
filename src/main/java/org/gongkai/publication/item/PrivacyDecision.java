package org.gongkai.publication.item;

import java.time.Instant;

import org.gongkai.privacy.FindingType;
import org.gongkai.publication.TextField;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A finding masked, or justified to be published as it is (with the reason). Kept when
 * the text changes, but a justification then no longer holds.
 */
@Entity
@Table(name = "pub_privacy_decision")
class PrivacyDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "text_field")
	private TextField field;

	@Column(name = "attachment_id")
	private Long attachmentId;

	@Enumerated(EnumType.STRING)
	@Column(name = "finding_type")
	private FindingType type;

	@Column(name = "start_pos")
	private int start;

	@Column(name = "end_pos")
	private int end;

	private String decision;

	private String justification;

	private boolean active;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected PrivacyDecision() {
	}

	/** A mask when {@code justification} is null, else a justification. */
	PrivacyDecision(TextField field, FindingType type, int start, int end, String justification, String who,
			Instant now) {
		this(field, null, type, start, end, justification, who, now);
	}

	/**
	 * A decision on a finding in an attachment ({@code field} ATTACHMENT) or a text
	 * ({@code attachmentId} null).
	 */
	PrivacyDecision(TextField field, Long attachmentId, FindingType type, int start, int end, String justification,
			String who, Instant now) {
		this.field = field;
		this.attachmentId = attachmentId;
		this.type = type;
		this.start = start;
		this.end = end;
		this.decision = (justification != null) ? "JUSTIFIED" : "MASKED";
		this.justification = justification;
		this.active = true;
		this.decidedBy = who;
		this.decidedAt = now;
	}

	TextField field() {
		return this.field;
	}

	int start() {
		return this.start;
	}

	String justification() {
		return this.justification;
	}

	boolean justifies(TextField field, Long attachmentId, FindingType type, int start, int end) {
		return this.active && "JUSTIFIED".equals(this.decision) && this.field == field
				&& java.util.Objects.equals(this.attachmentId, attachmentId) && this.type == type && this.start == start
				&& this.end == end;
	}

	Long attachmentId() {
		return this.attachmentId;
	}

	void shift(int by) {
		this.start += by;
		this.end += by;
	}

	void deactivate() {
		this.active = false;
	}

}
