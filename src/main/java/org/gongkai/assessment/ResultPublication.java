package org.gongkai.assessment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An office's publication (公示) of a period's results. */
@Entity
@Table(name = "asm_result")
class ResultPublication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_agency_id")
	private long ownerAgencyId;

	private String period;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "published_by")
	private String publishedBy;

	protected ResultPublication() {
	}

	ResultPublication(long ownerAgencyId, String period, Instant publishedAt, String publishedBy) {
		this.ownerAgencyId = ownerAgencyId;
		this.period = period;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
	}

	Long id() {
		return this.id;
	}

	long ownerAgencyId() {
		return this.ownerAgencyId;
	}

	String period() {
		return this.period;
	}

	Instant publishedAt() {
		return this.publishedAt;
	}

}
