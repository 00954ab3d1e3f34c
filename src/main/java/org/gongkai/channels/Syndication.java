package org.gongkai.channels;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A published item of the agency pushed to one of its new-media accounts. */
@Entity
@Table(name = "chn_syndication")
class Syndication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id")
	private long accountId;

	@Column(name = "publication_id")
	private long publicationId;

	@Column(name = "syndicated_on")
	private LocalDate syndicatedOn;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected Syndication() {
	}

	Syndication(long accountId, long publicationId, LocalDate syndicatedOn, String recordedBy, Instant recordedAt) {
		this.accountId = accountId;
		this.publicationId = publicationId;
		this.syndicatedOn = syndicatedOn;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	long id() {
		return this.id;
	}

	long accountId() {
		return this.accountId;
	}

	long publicationId() {
		return this.publicationId;
	}

	LocalDate syndicatedOn() {
		return this.syndicatedOn;
	}

}
