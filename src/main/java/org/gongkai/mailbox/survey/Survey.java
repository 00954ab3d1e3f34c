package org.gongkai.mailbox.survey;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A simple survey (网上调查): one question, one answer per vote. */
@Entity
@Table(name = "mbx_survey")
class Survey {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	private String title;

	private String question;

	@Column(name = "opens_on")
	private LocalDate opensOn;

	@Column(name = "closes_on")
	private LocalDate closesOn;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected Survey() {
	}

	Survey(long agencyId, String title, String question, LocalDate opensOn, LocalDate closesOn, Instant now) {
		this.agencyId = agencyId;
		this.title = title;
		this.question = question;
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

	String question() {
		return this.question;
	}

	LocalDate opensOn() {
		return this.opensOn;
	}

	LocalDate closesOn() {
		return this.closesOn;
	}

	boolean openOn(LocalDate day) {
		return !day.isBefore(this.opensOn) && !day.isAfter(this.closesOn);
	}

}
