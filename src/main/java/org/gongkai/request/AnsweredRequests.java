package org.gongkai.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.NotFoundException;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.listing.ListingConsent;
import org.gongkai.request.listing.ListingConsents;
import org.gongkai.request.rules.Outcome;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public list of answered requests per agency (docs/legal-rules.md, Answered
 * requests): what was asked and how it was answered, for requests whose applicants agreed
 * on the form. Nothing is listed without that consent (the box is not ticked by default),
 * the list never names the applicant nor shows the tracking number, and the subject is
 * shortened.
 */
@Service
public class AnsweredRequests {

	/** Subjects are cut after this many characters. */
	static final int SUBJECT_LENGTH = 120;

	private final ListingConsents consents;

	private final DisclosureRequests requests;

	private final AuditLog audit;

	private final Clock clock;

	AnsweredRequests(ListingConsents consents, DisclosureRequests requests, AuditLog audit, Clock clock) {
		this.consents = consents;
		this.requests = requests;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records the applicant's consent to the listing, in the transaction that files the
	 * application.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void consentToListing(String trackingNo) {
		DisclosureRequest request = this.requests.findByTrackingNo(trackingNo)
			.orElseThrow(() -> new NotFoundException("Request " + trackingNo));
		if (this.consents.existsById(request.id())) {
			return;
		}
		this.consents.save(new ListingConsent(request.id(), Instant.now(this.clock)));
		this.audit.record(AuditRecord.of("request.listing-consented", "DisclosureRequest", request.id())
			.withAgency(request.agencyId())
			.withActor("applicant")
			.withAfter("listed=true"));
	}

	/**
	 * The agency's answered requests whose applicants consented, latest answer first.
	 * @param page from 0
	 * @param size 1 to 100
	 */
	@Transactional(readOnly = true)
	public Page<AnsweredRequest> listed(long agencyId, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100));
		return this.consents.answered(agencyId, request).map((row) -> {
			Outcome outcome = Outcome.ofRow((String) row[2]).orElse(null);
			return new AnsweredRequest(subject((String) row[0], (String) row[1]), outcome, (LocalDate) row[3]);
		});
	}

	/**
	 * The subject shortened, with the applicant's own name blanked wherever it appears.
	 */
	static String subject(String description, String applicantName) {
		String text = (description != null) ? description.strip() : "";
		if (applicantName != null && applicantName.strip().length() >= 2) {
			text = text.replace(applicantName.strip(), "＊".repeat(applicantName.strip().length()));
		}
		return (text.length() > SUBJECT_LENGTH) ? text.substring(0, SUBJECT_LENGTH) + "…" : text;
	}

}
