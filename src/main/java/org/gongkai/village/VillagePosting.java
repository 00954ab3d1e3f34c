package org.gongkai.village;

import java.time.Instant;

import org.gongkai.village.rules.Cadence;
import org.gongkai.village.rules.Period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The period a village's publication covers; the publication is held by its id.
 */
@Entity
@Table(name = "vil_posting")
class VillagePosting {

	@Id
	@Column(name = "publication_id")
	private Long publicationId;

	@Column(name = "agency_id")
	private long agencyId;

	@Column(name = "column_id")
	private long columnId;

	@Column(name = "column_code")
	private String columnCode;

	@Enumerated(EnumType.STRING)
	private Cadence cadence;

	@Column(name = "period_year")
	private int periodYear;

	@Column(name = "period_number")
	private int periodNumber;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected VillagePosting() {
	}

	VillagePosting(long publicationId, long agencyId, long columnId, String columnCode, Period period, String createdBy,
			Instant now) {
		this.publicationId = publicationId;
		this.agencyId = agencyId;
		this.columnId = columnId;
		this.columnCode = columnCode;
		this.cadence = period.cadence();
		this.periodYear = period.year();
		this.periodNumber = period.number();
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	long publicationId() {
		return this.publicationId;
	}

	long agencyId() {
		return this.agencyId;
	}

	String columnCode() {
		return this.columnCode;
	}

	Period period() {
		return new Period(this.cadence, this.periodYear, this.periodNumber);
	}

	String auditSummary() {
		return "publicationId=" + this.publicationId + ", column=" + this.columnCode + ", period=" + period().key();
	}

}
