package org.gongkai.publication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;
import org.gongkai.publication.item.Publication;
import org.gongkai.publication.item.Publications;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.gongkai.publication.PublicationGuards.MAX_BODY;
import static org.gongkai.publication.PublicationGuards.MAX_COMMENT;
import static org.gongkai.publication.PublicationGuards.MAX_DOCUMENT_NUMBER;
import static org.gongkai.publication.PublicationGuards.MAX_SUMMARY;
import static org.gongkai.publication.PublicationGuards.MAX_TITLE;
import static org.gongkai.publication.PublicationGuards.comment;
import static org.gongkai.publication.PublicationGuards.require;
import static org.gongkai.publication.PublicationGuards.requireStatus;

/**
 * When an approved item goes public and when it stops being public: publication at a
 * scheduled time (「待发布」, approved by a confidentiality reviewer, or by the leader's
 * sign-off where the agency requires it, published by the scheduler) and withdrawal by a
 * leader. Publication on approval is {@link PublicationReview#confidentialityReview}.
 * Every command checks the role for the item's agency on the server and writes one audit
 * entry.
 */
@Service
public class PublicationRelease {

	/** How far ahead a publication may be scheduled. */
	static final Duration MAX_SCHEDULE_AHEAD = Duration.ofDays(366);

	private final Publications publications;

	private final PublicationFindings findings;

	private final Release release;

	private final PublicationAudit audit;

	private final ApplicationEventPublisher events;

	private final CatalogManagement catalog;

	private final GongkaiProperties properties;

	private final Clock clock;

	PublicationRelease(Publications publications, PublicationFindings findings, Release release, PublicationAudit audit,
			ApplicationEventPublisher events, CatalogManagement catalog, GongkaiProperties properties, Clock clock) {
		this.publications = publications;
		this.findings = findings;
		this.release = release;
		this.audit = audit;
		this.events = events;
		this.catalog = catalog;
		this.properties = properties;
		this.clock = clock;
	}

	/** Withdraws a published item (leaders of the agency); the reason is required. */
	@Transactional
	public void withdraw(long id, String reason) {
		Publication publication = this.publications.load(id);
		require(Role.LEADER, publication.agencyId());
		requireStatus(publication, PublicationStatus.PUBLISHED);
		String text = Text.clean(reason);
		if (text.isEmpty() || text.length() > MAX_COMMENT) {
			throw new RuleViolationException("publication.reason.invalid", "Withdrawal reason missing or too long",
					MAX_COMMENT);
		}
		String before = publication.auditSummary();
		publication.withdraw(text, Instant.now(this.clock));
		this.audit.record("publication.withdrawn", publication, before);
		this.events.publishEvent(new PublicationWithdrawn(publication.id(), publication.agencyId()));
	}

	/**
	 * Approves an item in confidentiality review for publication at a later time (保密审查员
	 * of the agency): it becomes 「待发布」 and the scheduler publishes it then, issuing its
	 * index number at that moment. Where the agency requires its leader's sign-off the
	 * item waits for it first ({@link PublicationReview#signOff}), keeping the time.
	 * @param at the local date-time in the platform's time zone, after now and at most a
	 * year ahead
	 * @return the item's new status: SCHEDULED or IN_LEADER_APPROVAL
	 * @throws RuleViolationException {@code publication.schedule.invalid} for a time
	 * missing, past or too far ahead; {@code publication.privacy.unresolved} while the
	 * scanner finds something neither masked nor justified
	 */
	@Transactional
	public PublicationStatus schedule(long id, LocalDateTime at, String comment) {
		Publication publication = this.publications.load(id);
		StaffPrincipal me = require(Role.CONFIDENTIALITY_REVIEWER, publication.agencyId());
		requireStatus(publication, PublicationStatus.IN_CONFIDENTIALITY_REVIEW);
		String text = comment(comment, false);
		Instant now = Instant.now(this.clock);
		Instant when = (at != null) ? at.atZone(this.clock.getZone()).toInstant() : null;
		if (when == null || !when.isAfter(now) || when.isAfter(now.plus(MAX_SCHEDULE_AHEAD))) {
			throw new RuleViolationException("publication.schedule.invalid", "Schedule time missing, past or too far");
		}
		this.findings.requireResolved(publication);
		this.release.requireRevisedItemPublic(publication);
		String before = publication.auditSummary() + ", " + publication.lifecycleSummary();
		publication.review(me.username(), Role.CONFIDENTIALITY_REVIEWER, true, text, now);
		return this.release.approved(publication, when, before, me.username(), now);
	}

	/**
	 * Cancels the schedule of a 「待发布」 item before it fires (its agency's confidentiality
	 * reviewers or leaders): it goes back to confidentiality review.
	 */
	@Transactional
	public void cancelSchedule(long id) {
		Publication publication = this.publications.load(id);
		StaffPrincipal me = AgencyAccess.current();
		if (me == null || !(me.has(Role.CONFIDENTIALITY_REVIEWER, publication.agencyId())
				|| me.has(Role.LEADER, publication.agencyId()))) {
			throw new ForbiddenException("Confidentiality reviewer or leader required");
		}
		requireStatus(publication, PublicationStatus.SCHEDULED);
		String before = publication.auditSummary() + ", " + publication.lifecycleSummary();
		publication.unschedule(Instant.now(this.clock));
		this.audit.record("publication.schedule-cancelled", publication, before);
	}

	/** The ids of 「待发布」 items whose time has come by {@code now}, in order of time. */
	@Transactional(readOnly = true)
	public List<Long> dueForPublication(Instant now) {
		return this.publications
			.findByStatusAndScheduledAtLessThanEqualOrderByScheduledAtAscIdAsc(PublicationStatus.SCHEDULED, now)
			.stream()
			.map(Publication::id)
			.toList();
	}

	/**
	 * Publishes a 「待发布」 item whose time has come (the scheduler, actor {@code system}):
	 * index number and publication date are those of {@code now}. An item that can no
	 * longer be published (a finding appeared, the revised item was withdrawn) goes back
	 * to confidentiality review instead.
	 * @return whether it was published
	 */
	@Transactional
	public boolean publishScheduled(long id, Instant now) {
		Publication publication = this.publications.load(id);
		if (publication.status() != PublicationStatus.SCHEDULED || publication.scheduledAt().isAfter(now)) {
			return false;
		}
		String before = publication.auditSummary() + ", " + publication.lifecycleSummary();
		boolean blocked = this.findings.unresolved(publication) || this.release.revisedItemGone(publication);
		if (blocked) {
			publication.unschedule(now);
			this.audit.record(PublicationAudit.SYSTEM, "publication.schedule-blocked", publication, before);
			return false;
		}
		this.release.release(publication, before, PublicationAudit.SYSTEM, now);
		return true;
	}

	/**
	 * Publishes a demo item at once with the publication date it would have had, so the
	 * demo shows a believable history (the review workflow would stamp today's date on
	 * it). Demo mode only. The item gets its index number (serial of the agency and the
	 * year of publication), its first version and one audit entry (actor {@code demo}),
	 * and {@link PublicationPublished} is sent as for any publication.
	 * @param agencyId the agency
	 * @param draft the item; its column must belong to the agency
	 * @param publishedOn the publication date, not before the date made nor after today
	 * @return the new publication's id
	 * @throws IllegalStateException outside demo mode
	 * @throws IllegalArgumentException for an item the workflow would not accept
	 */
	@Transactional
	public long publishDemoItem(long agencyId, PublicationDraft draft, LocalDate publishedOn) {
		if (!this.properties.demo()) {
			throw new IllegalStateException("Demo publishing outside demo mode");
		}
		checkDemoItem(agencyId, draft, publishedOn);
		return this.release.releaseDemoItem(agencyId, draft, publishedOn);
	}

	private void checkDemoItem(long agencyId, PublicationDraft draft, LocalDate publishedOn) {
		LocalDate today = LocalDate.now(this.clock);
		boolean ok = draft != null && draft.title() != null && !draft.title().isBlank()
				&& draft.title().length() <= MAX_TITLE
				&& (draft.summary() == null || draft.summary().length() <= MAX_SUMMARY) && draft.body() != null
				&& !draft.body().isBlank() && draft.body().length() <= MAX_BODY
				&& (draft.documentNumber() == null || draft.documentNumber().length() <= MAX_DOCUMENT_NUMBER)
				&& draft.genre() != null && draft.validity() != null && draft.madeOn() != null && publishedOn != null
				&& !publishedOn.isBefore(draft.madeOn()) && !publishedOn.isAfter(today) && draft.columnId() != null;
		if (!ok) {
			throw new IllegalArgumentException("Demo item out of bounds");
		}
		try {
			if (this.catalog.agencyOf(draft.columnId()) != agencyId) {
				throw new IllegalArgumentException("Column of another agency");
			}
		}
		catch (NotFoundException ex) {
			throw new IllegalArgumentException("No such column", ex);
		}
	}

}
