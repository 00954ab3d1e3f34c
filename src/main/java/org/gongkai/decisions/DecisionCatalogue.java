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

/** An agency's catalogue of major decisions for one year (决策事项目录). */
@Entity
@Table(name = "dec_catalogue")
class DecisionCatalogue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	@Column(name = "catalogue_year")
	private int year;

	private String status;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Column(name = "review_note")
	private String reviewNote;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected DecisionCatalogue() {
	}

	DecisionCatalogue(long agencyId, int year, String createdBy, Instant now) {
		this.agencyId = agencyId;
		this.year = year;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.status = ReviewState.DRAFT.name();
	}

	void moveTo(ReviewState next, String note, LocalDate on) {
		this.status = next.name();
		this.reviewNote = note;
		this.publishedOn = on;
	}

	long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	int year() {
		return this.year;
	}

	ReviewState status() {
		return ReviewState.valueOf(this.status);
	}

	LocalDate publishedOn() {
		return this.publishedOn;
	}

	String reviewNote() {
		return this.reviewNote;
	}

}
