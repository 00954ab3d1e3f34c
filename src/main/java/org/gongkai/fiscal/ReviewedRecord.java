package org.gongkai.fiscal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every fiscal record of an agency and year shares: its own draft → review → publish
 * steps ({@link DisclosureStatus}), the reviewer's note, the day it was published, who
 * drafted it and when, and the optimistic-lock version.
 */
@MappedSuperclass
abstract class ReviewedRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	@Column(name = "fiscal_year")
	private int year;

	private String status;

	@Column(name = "review_note")
	private String reviewNote;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected ReviewedRecord() {
	}

	ReviewedRecord(long agencyId, String createdBy, Instant now) {
		this.agencyId = agencyId;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.status = DisclosureStatus.DRAFT.name();
	}

	void setYear(int year) {
		this.year = year;
	}

	void moveTo(DisclosureStatus next, String note, LocalDate publishedOn) {
		this.status = next.name();
		this.reviewNote = note;
		this.publishedOn = publishedOn;
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

	DisclosureStatus status() {
		return DisclosureStatus.valueOf(this.status);
	}

	String reviewNote() {
		return this.reviewNote;
	}

	LocalDate publishedOn() {
		return this.publishedOn;
	}

}
