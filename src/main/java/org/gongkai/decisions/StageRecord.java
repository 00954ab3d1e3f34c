package org.gongkai.decisions;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gongkai.decisions.rules.StageFact;
import org.gongkai.platform.StoredUpload;

/**
 * One stage of an item: held on a day with a summary and an optional attachment (kept by
 * the upload store, addressed by its SHA-256), or marked as not applying with a reason;
 * disclosed in full or only as a date, once the reviewer approves it.
 */
@Entity
@Table(name = "dec_stage")
class StageRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "item_id")
	private long itemId;

	@Column(name = "agency_id")
	private long agencyId;

	private String stage;

	@Column(name = "held_on")
	private LocalDate heldOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	private boolean skipped;

	@Column(name = "skip_reason")
	private String skipReason;

	private String summary;

	@Column(name = "short_reason")
	private String shortReason;

	@Column(name = "consultation_id")
	private Long consultationId;

	@Column(name = "attachment_sha256")
	private String attachmentSha256;

	@Column(name = "attachment_name")
	private String attachmentName;

	@Column(name = "attachment_type")
	private String attachmentType;

	@Column(name = "attachment_size")
	private Long attachmentSize;

	private boolean disclose;

	private String status;

	@Column(name = "review_note")
	private String reviewNote;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected StageRecord() {
	}

	StageRecord(long itemId, long agencyId, DecisionStage stage, Instant now) {
		this.itemId = itemId;
		this.agencyId = agencyId;
		this.stage = stage.name();
		this.createdAt = now;
		this.status = ReviewState.DRAFT.name();
	}

	void fill(LocalDate heldOn, LocalDate endsOn, boolean skipped, String skipReason, String summary,
			String shortReason, Long consultationId, boolean disclose) {
		this.skipped = skipped;
		this.heldOn = skipped ? null : heldOn;
		this.endsOn = skipped ? null : endsOn;
		this.skipReason = skipped ? blankToNull(skipReason) : null;
		this.summary = skipped ? null : blankToNull(summary);
		this.shortReason = skipped ? null : blankToNull(shortReason);
		this.consultationId = skipped ? null : consultationId;
		this.disclose = disclose;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	void attach(StoredUpload upload) {
		this.attachmentSha256 = upload.sha256();
		this.attachmentName = upload.fileName();
		this.attachmentType = upload.mediaType();
		this.attachmentSize = upload.size();
	}

	void detach() {
		this.attachmentSha256 = null;
		this.attachmentName = null;
		this.attachmentType = null;
		this.attachmentSize = null;
	}

	void moveTo(ReviewState next, String note) {
		this.status = next.name();
		this.reviewNote = note;
	}

	StageFact fact() {
		return new StageFact(stage(), this.heldOn, this.skipped);
	}

	long id() {
		return this.id;
	}

	long itemId() {
		return this.itemId;
	}

	long agencyId() {
		return this.agencyId;
	}

	DecisionStage stage() {
		return DecisionStage.valueOf(this.stage);
	}

	LocalDate heldOn() {
		return this.heldOn;
	}

	LocalDate endsOn() {
		return this.endsOn;
	}

	boolean skipped() {
		return this.skipped;
	}

	String skipReason() {
		return this.skipReason;
	}

	String summary() {
		return this.summary;
	}

	String shortReason() {
		return this.shortReason;
	}

	Long consultationId() {
		return this.consultationId;
	}

	String attachmentSha256() {
		return this.attachmentSha256;
	}

	String attachmentName() {
		return this.attachmentName;
	}

	String attachmentType() {
		return this.attachmentType;
	}

	Long attachmentSize() {
		return this.attachmentSize;
	}

	boolean disclose() {
		return this.disclose;
	}

	ReviewState status() {
		return ReviewState.valueOf(this.status);
	}

	String reviewNote() {
		return this.reviewNote;
	}

	String auditSummary() {
		return this.stage
				+ (this.skipped ? " skipped: " + this.skipReason
						: " " + this.heldOn + (this.endsOn != null ? ".." + this.endsOn : "")
								+ (this.consultationId != null ? " consultation " + this.consultationId : "")
								+ (this.attachmentSha256 != null ? " file " + this.attachmentSha256 : ""))
				+ (this.disclose ? " disclosed" : " not disclosed");
	}

}
