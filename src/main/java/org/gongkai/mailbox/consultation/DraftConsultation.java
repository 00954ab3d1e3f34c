package org.gongkai.mailbox.consultation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A public consultation on a draft policy (意见征集). */
@Entity
@Table(name = "mbx_consultation")
class DraftConsultation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	private String title;

	private String draft;

	@Column(name = "opens_on")
	private LocalDate opensOn;

	@Column(name = "closes_on")
	private LocalDate closesOn;

	private String summary;

	@Column(name = "summary_published_on")
	private LocalDate summaryPublishedOn;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected DraftConsultation() {
	}

	DraftConsultation(long agencyId, String title, String draft, LocalDate opensOn, LocalDate closesOn, Instant now) {
		this.agencyId = agencyId;
		this.title = title;
		this.draft = draft;
		this.opensOn = opensOn;
		this.closesOn = closesOn;
		this.createdAt = now;
	}

	long id() {
		return this.id;
	}

	long agencyId() {
		return this.agencyId;
	}

	String title() {
		return this.title;
	}

	String draft() {
		return this.draft;
	}

	LocalDate opensOn() {
		return this.opensOn;
	}

	LocalDate closesOn() {
		return this.closesOn;
	}

	String summary() {
		return this.summary;
	}

	LocalDate summaryPublishedOn() {
		return this.summaryPublishedOn;
	}

	boolean openOn(LocalDate day) {
		return !day.isBefore(this.opensOn) && !day.isAfter(this.closesOn);
	}

	void publishSummary(String text, LocalDate on) {
		this.summary = text;
		this.summaryPublishedOn = on;
	}

	String auditSummary() {
		return "title=" + this.title + ", period=" + this.opensOn + ".." + this.closesOn + ", summary="
				+ this.summaryPublishedOn;
	}

}
