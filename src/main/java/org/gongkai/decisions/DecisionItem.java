package org.gongkai.decisions;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An item of a catalogue: a major decision or a 三重一大 matter, its undertaking unit,
 * planned time and legal basis. An item in the catalogue when it was published is public
 * with it; one added later is reviewed on its own and shown as an adjustment.
 */
@Entity
@Table(name = "dec_item")
class DecisionItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "catalogue_id")
	private long catalogueId;

	@Column(name = "agency_id")
	private long agencyId;

	private String title;

	private String kind;

	@Column(name = "sub_kind")
	private String subKind;

	private String unit;

	@Column(name = "planned_time")
	private String plannedTime;

	@Column(name = "legal_basis")
	private String legalBasis;

	private String status;

	@Column(name = "added_later")
	private boolean addedLater;

	@Column(name = "addition_reason")
	private String additionReason;

	private boolean removed;

	@Column(name = "review_note")
	private String reviewNote;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected DecisionItem() {
	}

	DecisionItem(long catalogueId, long agencyId, boolean addedLater, String additionReason, Instant now) {
		this.catalogueId = catalogueId;
		this.agencyId = agencyId;
		this.addedLater = addedLater;
		this.additionReason = additionReason;
		this.createdAt = now;
		this.status = ReviewState.DRAFT.name();
	}

	void fill(String title, DecisionKind kind, CollectiveKind subKind, String unit, String plannedTime,
			String legalBasis) {
		this.title = title;
		this.kind = kind.name();
		this.subKind = (subKind != null) ? subKind.name() : null;
		this.unit = unit;
		this.plannedTime = plannedTime;
		this.legalBasis = legalBasis;
	}

	void adjust(String plannedTime, String unit, boolean removed) {
		if (plannedTime != null) {
			this.plannedTime = plannedTime;
		}
		if (unit != null) {
			this.unit = unit;
		}
		this.removed = this.removed || removed;
	}

	void additionReason(String reason) {
		this.additionReason = reason;
	}

	void moveTo(ReviewState next, String note) {
		this.status = next.name();
		this.reviewNote = note;
	}

	long id() {
		return this.id;
	}

	long catalogueId() {
		return this.catalogueId;
	}

	long agencyId() {
		return this.agencyId;
	}

	String title() {
		return this.title;
	}

	DecisionKind kind() {
		return DecisionKind.valueOf(this.kind);
	}

	CollectiveKind subKind() {
		return (this.subKind != null) ? CollectiveKind.valueOf(this.subKind) : null;
	}

	String unit() {
		return this.unit;
	}

	String plannedTime() {
		return this.plannedTime;
	}

	String legalBasis() {
		return this.legalBasis;
	}

	ReviewState status() {
		return ReviewState.valueOf(this.status);
	}

	boolean addedLater() {
		return this.addedLater;
	}

	String additionReason() {
		return this.additionReason;
	}

	boolean removed() {
		return this.removed;
	}

	String reviewNote() {
		return this.reviewNote;
	}

	String summary() {
		return this.title + " | " + this.kind + (this.subKind != null ? "/" + this.subKind : "") + " | " + this.unit
				+ " | " + this.plannedTime + (this.removed ? " | removed" : "");
	}

}
