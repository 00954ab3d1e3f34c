package org.gongkai.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;
import org.gongkai.privacy.Finding;
import org.gongkai.privacy.FindingType;
import org.gongkai.publication.item.Publication;
import org.gongkai.publication.item.Publications;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.gongkai.publication.PublicationGuards.MAX_COMMENT;
import static org.gongkai.publication.PublicationGuards.comment;
import static org.gongkai.publication.PublicationGuards.require;
import static org.gongkai.publication.PublicationGuards.requireMasker;
import static org.gongkai.publication.PublicationGuards.requireOpen;
import static org.gongkai.publication.PublicationGuards.requireStatus;

/**
 * The reviews before publication (Regulations art. 17): a reviewer checks the content, a
 * confidentiality reviewer checks for secrets and personal data and publishes (for a
 * village's item its supervision committee instead), or, where the agency requires it,
 * passes the item to its leader, whose sign-off publishes. What the privacy scanner finds
 * is masked (by clerks or confidentiality reviewers) or kept for a recorded reason
 * (confidentiality reviewers). Every command checks the role for the item's agency on the
 * server and writes one audit entry.
 */
@Service
public class PublicationReview {

	private final Publications publications;

	private final PublicationFindings findings;

	private final Release release;

	private final PublicationAudit audit;

	private final Clock clock;

	private final AgencyManagement agencies;

	PublicationReview(Publications publications, PublicationFindings findings, Release release, PublicationAudit audit,
			Clock clock, AgencyManagement agencies) {
		this.publications = publications;
		this.findings = findings;
		this.release = release;
		this.audit = audit;
		this.clock = clock;
		this.agencies = agencies;
	}

	/**
	 * Content review (审核员 of the agency): approval passes the item to confidentiality
	 * review, a village's item to its supervision committee ({@link #supervisionReview});
	 * a return sends it back to draft with the comment (then required).
	 */
	@Transactional
	public void contentReview(long id, boolean approve, String comment) {
		Publication publication = this.publications.load(id);
		StaffPrincipal me = require(Role.REVIEWER, publication.agencyId());
		requireStatus(publication, PublicationStatus.IN_CONTENT_REVIEW);
		String text = comment(comment, !approve);
		String before = publication.auditSummary();
		Instant now = Instant.now(this.clock);
		publication.review(me.username(), Role.REVIEWER, approve, text, now);
		publication.moveTo(approve ? afterContentReview(publication.agencyId()) : PublicationStatus.DRAFT, now);
		this.audit.record(approve ? "publication.content-approved" : "publication.content-returned", publication,
				before);
	}

	/**
	 * Confidentiality review (保密审查员 of the agency, Regulations art. 17). Approval
	 * publishes: the item gets its index number (serial of the agency and the year of
	 * publication) and today's date (the platform's time zone) as publication date; where
	 * the agency requires its leader's sign-off ({@link PublicationSignOff}) it waits for
	 * {@link #signOff} instead. A return sends it back to draft with the comment (then
	 * required).
	 * @return the item's new status: DRAFT, PUBLISHED or IN_LEADER_APPROVAL
	 * @throws RuleViolationException {@code publication.privacy.unresolved} while the
	 * scanner finds something neither masked nor justified
	 */
	@Transactional
	public PublicationStatus confidentialityReview(long id, boolean approve, String comment) {
		Publication publication = this.publications.load(id);
		StaffPrincipal me = require(Role.CONFIDENTIALITY_REVIEWER, publication.agencyId());
		requireStatus(publication, PublicationStatus.IN_CONFIDENTIALITY_REVIEW);
		String text = comment(comment, !approve);
		String before = publication.auditSummary();
		Instant now = Instant.now(this.clock);
		if (!approve) {
			publication.review(me.username(), Role.CONFIDENTIALITY_REVIEWER, false, text, now);
			publication.moveTo(PublicationStatus.DRAFT, now);
			this.audit.record("publication.confidentiality-returned", publication, before);
			return PublicationStatus.DRAFT;
		}
		this.findings.requireResolved(publication);
		this.release.requireRevisedItemPublic(publication);
		publication.review(me.username(), Role.CONFIDENTIALITY_REVIEWER, true, text, now);
		return this.release.approved(publication, null, before, me.username(), now);
	}

	/**
	 * The village affairs supervision committee's review (村务监督委员会, a
	 * {@link Role#VILLAGE_SUPERVISOR} of the item's village; Organic Law of Villagers'
	 * Committees art. 32) of a village's item after content review, in place of the
	 * confidentiality review of Regulations art. 17, which binds administrative organs
	 * only. Its record is the review step (who, when, opinion). Approval posts the item
	 * (or passes it to the village's leader where sign-off is required) through the same
	 * path as a confidentiality approval, privacy gate included; a return sends it back
	 * to draft with the opinion (then required).
	 * @return the item's new status: DRAFT, PUBLISHED or IN_LEADER_APPROVAL
	 * @throws org.gongkai.platform.ForbiddenException unless the user is a supervisor of
	 * the item's village
	 * @throws RuleViolationException {@code publication.status.invalid} unless the item
	 * waits for the supervision review; {@code publication.comment.invalid};
	 * {@code publication.privacy.unresolved}
	 */
	@Transactional
	public PublicationStatus supervisionReview(long id, boolean approve, String comment) {
		Publication publication = this.publications.load(id);
		StaffPrincipal me = require(Role.VILLAGE_SUPERVISOR, publication.agencyId());
		requireStatus(publication, PublicationStatus.IN_SUPERVISION_REVIEW);
		String text = comment(comment, !approve);
		String before = publication.auditSummary();
		Instant now = Instant.now(this.clock);
		if (!approve) {
			publication.review(me.username(), Role.VILLAGE_SUPERVISOR, false, text, now);
			publication.moveTo(PublicationStatus.DRAFT, now);
			this.audit.record("publication.supervision-returned", publication, before);
			return PublicationStatus.DRAFT;
		}
		this.findings.requireResolved(publication);
		this.release.requireRevisedItemPublic(publication);
		publication.review(me.username(), Role.VILLAGE_SUPERVISOR, true, text, now);
		this.audit.record(AuditRecord.of("publication.supervision-approved", "Publication", publication.id())
			.withAgency(publication.agencyId())
			.withBefore(before)
			.withAfter("supervisedBy=" + me.username() + ((text != null) ? ", opinion=" + text : "")));
		return this.release.approved(publication, null, before, me.username(), now);
	}

	/**
	 * Where content approval leads: a village's item to its supervision committee
	 * (docs/legal-rules.md, Village affairs), any other to confidentiality review.
	 */
	private PublicationStatus afterContentReview(long agencyId) {
		return (this.agencies.details(agencyId).summary().level() == AgencyLevel.VILLAGE)
				? PublicationStatus.IN_SUPERVISION_REVIEW : PublicationStatus.IN_CONFIDENTIALITY_REVIEW;
	}

	/**
	 * The leader's sign-off (领导签发, a leader of the agency) of an item the confidentiality
	 * reviewer approved where the agency requires it. Approval publishes it, or makes it
	 * 「待发布」 for the time the reviewer chose, exactly as confidentiality approval does
	 * without the step; a return sends it back to draft with the comment (then required).
	 * @return the item's new status: DRAFT, PUBLISHED or SCHEDULED
	 * @throws RuleViolationException {@code publication.comment.invalid} for a return
	 * without comment or a comment too long; {@code publication.privacy.unresolved} if
	 * the scanner now finds something neither masked nor justified;
	 * {@code publication.revision.item-not-public} for a revision of an item withdrawn
	 * meanwhile
	 */
	@Transactional
	public PublicationStatus signOff(long id, boolean approve, String comment) {
		Publication publication = this.publications.load(id);
		StaffPrincipal me = require(Role.LEADER, publication.agencyId());
		requireStatus(publication, PublicationStatus.IN_LEADER_APPROVAL);
		String text = comment(comment, !approve);
		String before = publication.auditSummary() + ", " + publication.lifecycleSummary();
		Instant now = Instant.now(this.clock);
		if (!approve) {
			publication.review(me.username(), Role.LEADER, false, text, now);
			publication.returnToDraft(now);
			this.audit.record("publication.sign-off-returned", publication, before);
			return PublicationStatus.DRAFT;
		}
		this.findings.requireResolved(publication);
		this.release.requireRevisedItemPublic(publication);
		publication.review(me.username(), Role.LEADER, true, text, now);
		this.audit.record(AuditRecord.of("publication.signed-off", "Publication", publication.id())
			.withAgency(publication.agencyId())
			.withBefore(before)
			.withAfter("signedOffBy=" + me.username() + ((text != null) ? ", comment=" + text : "")));
		return this.release.publishOrSchedule(publication, publication.scheduledAt(), before, me.username(), now);
	}

	/**
	 * Masks the finding that starts at {@code start} in a text (clerks and
	 * confidentiality reviewers of the agency, before publication).
	 * @throws RuleViolationException {@code publication.finding.missing} if none starts
	 * there
	 */
	@Transactional
	public void maskFinding(long id, TextField field, int start) {
		Publication publication = this.publications.load(id);
		StaffPrincipal me = requireMasker(publication);
		if (field == null || !field.maskable()) {
			// a file is not changed in place: justify the finding, or remove or replace
			// the file
			throw new RuleViolationException("publication.attachment.unmaskable", "Attachments cannot be masked");
		}
		Finding finding = this.findings.scan(publication, field)
			.stream()
			.filter((f) -> f.start() == start)
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("publication.finding.missing", "No finding there"));
		String before = publication.auditSummary();
		publication.mask(field, finding.type(), finding.start(), finding.end(),
				PublicationFindings.replacement(publication, field, finding), me.username(), Instant.now(this.clock));
		this.audit.record(AuditRecord.of("publication.finding-masked", "Publication", publication.id())
			.withAgency(publication.agencyId())
			.withBefore(before)
			.withAfter("field=" + field + ", type=" + finding.type() + ", start=" + finding.start() + ", end="
					+ finding.end()));
	}

	/**
	 * Masks every finding in title, summary and body (clerks and confidentiality
	 * reviewers of the agency, before publication); attachments are left as they are.
	 * @return how many were masked
	 */
	@Transactional
	public int maskAll(long id) {
		Publication publication = this.publications.load(id);
		StaffPrincipal me = requireMasker(publication);
		String before = publication.auditSummary();
		Instant now = Instant.now(this.clock);
		int count = 0;
		for (TextField field : TextField.TEXTS) {
			List<Finding> found = new ArrayList<>(this.findings.scan(publication, field));
			// from the end, so earlier offsets stay valid
			for (int i = found.size() - 1; i >= 0; i--) {
				Finding f = found.get(i);
				if (publication.justification(field, null, f.type(), f.start(), f.end()) == null) {
					publication.mask(field, f.type(), f.start(), f.end(),
							PublicationFindings.replacement(publication, field, f), me.username(), now);
					count++;
				}
			}
		}
		this.audit.record(AuditRecord.of("publication.findings-masked", "Publication", publication.id())
			.withAgency(publication.agencyId())
			.withBefore(before)
			.withAfter("masked=" + count));
		return count;
	}

	/**
	 * Who may keep a finding for a reason: the agency's confidentiality reviewers, and
	 * for a village's item its supervision committee, who review it in their place (the
	 * names of assistance recipients, for one, are to be posted; docs/legal-rules.md,
	 * Village affairs).
	 */
	private StaffPrincipal requireJustifier(Publication publication) {
		StaffPrincipal me = org.gongkai.account.AgencyAccess.current();
		if (me != null && me.has(Role.VILLAGE_SUPERVISOR, publication.agencyId())) {
			return me;
		}
		return require(Role.CONFIDENTIALITY_REVIEWER, publication.agencyId());
	}

	/**
	 * Keeps a finding as it is, for a reason (confidentiality reviewers of the agency,
	 * before publication).
	 * @throws RuleViolationException if the justification is missing or no finding of
	 * that type starts there
	 */
	@Transactional
	public void justifyFinding(long id, TextField field, FindingType type, int start, String justification) {
		justifyFinding(id, field, null, type, start, justification);
	}

	/**
	 * Keeps a finding as it is, for a reason (confidentiality reviewers of the agency,
	 * before publication); for a finding in an attachment ({@code field} ATTACHMENT) the
	 * only way to publish the file as it is.
	 * @param attachmentId the attachment, when {@code field} is ATTACHMENT
	 * @throws RuleViolationException if the justification is missing or no finding of
	 * that type starts there
	 */
	@Transactional
	public void justifyFinding(long id, TextField field, Long attachmentId, FindingType type, int start,
			String justification) {
		Publication publication = this.publications.load(id);
		StaffPrincipal me = requireJustifier(publication);
		requireOpen(publication);
		String reason = Text.clean(justification);
		if (reason.isEmpty() || reason.length() > MAX_COMMENT) {
			throw new RuleViolationException("publication.justification.invalid", "Justification missing or too long",
					MAX_COMMENT);
		}
		Long attachment = (field == TextField.ATTACHMENT) ? attachmentId : null;
		List<Finding> found = (field == TextField.ATTACHMENT) ? this.findings.scanAttachment(publication, attachmentId)
				: (field != null) ? this.findings.scan(publication, field) : List.of();
		Finding finding = found.stream()
			.filter((f) -> f.start() == start && f.type() == type)
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("publication.finding.missing", "No finding there"));
		publication.justify(field, attachment, type, finding.start(), finding.end(), reason, me.username(),
				Instant.now(this.clock));
		this.audit.record(AuditRecord.of("publication.finding-justified", "Publication", publication.id())
			.withAgency(publication.agencyId())
			.withAfter("field=" + field + ((attachment != null) ? ", attachmentId=" + attachment : "") + ", type="
					+ type + ", start=" + finding.start() + ", end=" + finding.end() + ", justification=" + reason));
	}

}
