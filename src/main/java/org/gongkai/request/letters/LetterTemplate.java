package org.gongkai.request.letters;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One saved version of an agency's own letter template; never changed once stored. */
@Entity
@Table(name = "req_letter_template")
public class LetterTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id")
	private long agencyId;

	@Column(name = "template_key")
	private String key;

	private int version;

	private String body;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected LetterTemplate() {
	}

	public LetterTemplate(long agencyId, String key, int version, String body, String createdBy, Instant createdAt) {
		this.agencyId = agencyId;
		this.key = key;
		this.version = version;
		this.body = body;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long id() {
		return this.id;
	}

	public int version() {
		return this.version;
	}

	public String body() {
		return this.body;
	}

}
