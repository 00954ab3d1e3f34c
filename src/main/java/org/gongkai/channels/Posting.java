package org.gongkai.channels;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A line of a board's posting log: what was put up, when, and until when. */
@Entity
@Table(name = "chn_posting")
class Posting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "place_id")
	private long placeId;

	private String title;

	@Column(name = "publication_id")
	private Long publicationId;

	@Column(name = "posted_on")
	private LocalDate postedOn;

	@Column(name = "taken_down_on")
	private LocalDate takenDownOn;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected Posting() {
	}

	Posting(long placeId, String title, Long publicationId, LocalDate postedOn, LocalDate takenDownOn,
			String recordedBy, Instant recordedAt) {
		this.placeId = placeId;
		this.title = title;
		this.publicationId = publicationId;
		this.postedOn = postedOn;
		this.takenDownOn = takenDownOn;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	long id() {
		return this.id;
	}

	long placeId() {
		return this.placeId;
	}

	String title() {
		return this.title;
	}

	Long publicationId() {
		return this.publicationId;
	}

	LocalDate postedOn() {
		return this.postedOn;
	}

	LocalDate takenDownOn() {
		return this.takenDownOn;
	}

	String recordedBy() {
		return this.recordedBy;
	}

	String auditSummary() {
		return "board=" + this.placeId + ", title=" + this.title + ", publication=" + this.publicationId + ", posted="
				+ this.postedOn + ", takenDown=" + this.takenDownOn;
	}

}
