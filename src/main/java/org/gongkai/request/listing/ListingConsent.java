package org.gongkai.request.listing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An applicant's consent, given on the application form, that the subject of the request
 * and the type of its answer appear in the agency's public list of answered requests.
 */
@Entity
@Table(name = "req_listing_consent")
public class ListingConsent {

	@Id
	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "consented_at")
	private Instant consentedAt;

	protected ListingConsent() {
	}

	public ListingConsent(long caseId, Instant consentedAt) {
		this.caseId = caseId;
		this.consentedAt = consentedAt;
	}

	public Long caseId() {
		return this.caseId;
	}

}
