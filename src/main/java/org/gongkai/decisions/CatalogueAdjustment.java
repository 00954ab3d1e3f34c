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

/**
 * An adjustment of a published catalogue (目录调整): an item added, changed or removed, with
 * its reason; a change or removal is proposed by the clerk and applied when the reviewer
 * publishes it, an addition is recorded when the added item is published.
 */
@Entity
@Table(name = "dec_adjustment")
class CatalogueAdjustment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "item_id")
	private long itemId;

	@Column(name = "agency_id")
	private long agencyId;

	private String kind;

	private String reason;

	@Column(name = "planned_time")
	private String plannedTime;

	private String unit;

	private String status;

	@Column(name = "proposed_on")
	private LocalDate proposedOn;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Column(name = "review_note")
	private String reviewNote;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected CatalogueAdjustment() {
	}

	CatalogueAdjustment(long itemId, long agencyId, AdjustmentKind kind, String reason, String plannedTime, String unit,
			LocalDate proposedOn, Instant now) {
		this.itemId = itemId;
		this.agencyId = agencyId;
		this.kind = kind.name();
		this.reason = reason;
		this.plannedTime = plannedTime;
		this.unit = unit;
		this.proposedOn = proposedOn;
		this.createdAt = now;
		this.status = ReviewState.IN_REVIEW.name();
	}

	void moveTo(ReviewState next, String note, LocalDate on) {
		this.status = next.name();
		this.reviewNote = note;
		this.publishedOn = on;
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

	AdjustmentKind kind() {
		return AdjustmentKind.valueOf(this.kind);
	}

	String reason() {
		return this.reason;
	}

	String plannedTime() {
		return this.plannedTime;
	}

	String unit() {
		return this.unit;
	}

	ReviewState status() {
		return ReviewState.valueOf(this.status);
	}

	LocalDate proposedOn() {
		return this.proposedOn;
	}

	LocalDate publishedOn() {
		return this.publishedOn;
	}

	String reviewNote() {
		return this.reviewNote;
	}

	String summary() {
		return this.kind + ": " + this.reason + (this.plannedTime != null ? " | time " + this.plannedTime : "")
				+ (this.unit != null ? " | unit " + this.unit : "");
	}

}
