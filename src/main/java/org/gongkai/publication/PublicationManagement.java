package org.gongkai.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.privacy.Finding;
import org.gongkai.privacy.FindingType;
import org.gongkai.privacy.PrivacyScanner;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proactive disclosure's API. A clerk drafts and submits, a reviewer checks the content,
 * a confidentiality reviewer checks for secrets and personal data (Regulations art. 17)
 * and publishes, a leader withdraws. Every command checks the role for the item's agency
 * on the server and writes one audit entry.
 */
@Service
public class PublicationManagement {

	static final int MAX_TITLE = 200;

	static final int MAX_SUMMARY = 1000;

	static final int MAX_BODY = 100_000;

	static final int MAX_DOCUMENT_NUMBER = 100;

	static final int MAX_COMMENT = 1000;

	private final Publications publications;

	private final IndexNumbers indexNumbers;

	private final AgencyManagement agencies;

	private final CatalogManagement catalog;

	private final AgencyAccess access;

	private final PrivacyScanner scanner;

	private final WorkingDayCalendar calendar;

	private final AuditLog audit;

	private final Clock clock;

	PublicationManagement(Publications publications, IndexNumbers indexNumbers, AgencyManagement agencies,
			CatalogManagement catalog, AgencyAccess access, PrivacyScanner scanner, WorkingDayCalendar calendar,
			AuditLog audit, Clock clock) {
		this.publications = publications;
		this.indexNumbers = indexNumbers;
		this.agencies = agencies;
		this.catalog = catalog;
		this.access = access;
		this.scanner = scanner;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Drafts a publication for an agency (its clerks only).
	 * @return the new publication's id
	 * @throws RuleViolationException for a field out of bounds
	 */
	@Transactional
	public long draft(long agencyId, PublicationDraft draft) {
		StaffPrincipal me = require(Role.CLERK, agencyId);
		Instant now = Instant.now(this.clock);
		Publication publication = new Publication(agencyId, me.username(), now);
		write(publication, draft, now);
		this.publications.save(publication);
		record("publication.drafted", publication, null);
		return publication.id();
	}

	/** Changes a draft (its agency's clerks only, only while it is a draft). */
	@Transactional
	public void update(long id, PublicationDraft draft) {
		Publication publication = load(id);
		require(Role.CLERK, publication.agencyId());
		requireStatus(publication, PublicationStatus.DRAFT);
		String before = publication.auditSummary();
		write(publication, draft, Instant.now(this.clock));
		record("publication.updated", publication, before);
	}

	/** Sends a draft to content review (its agency's clerks). */
	@Transactional
	public void submit(long id) {
		Publication publication = load(id);
		require(Role.CLERK, publication.agencyId());
		requireStatus(publication, PublicationStatus.DRAFT);
		String before = publication.auditSummary();
		publication.moveTo(PublicationStatus.IN_CONTENT_REVIEW, Instant.now(this.clock));
		record("publication.submitted", publication, before);
	}

	/**
	 * Content review (审核员 of the agency): approval passes the item to confidentiality
	 * review, a return sends it back to draft with the comment (then required).
	 */
	@Transactional
	public void contentReview(long id, boolean approve, String comment) {
		Publication publication = load(id);
		StaffPrincipal me = require(Role.REVIEWER, publication.agencyId());
		requireStatus(publication, PublicationStatus.IN_CONTENT_REVIEW);
		String text = comment(comment, !approve);
		String before = publication.auditSummary();
		Instant now = Instant.now(this.clock);
		publication.review(me.username(), Role.REVIEWER, approve, text, now);
		publication.moveTo(approve ? PublicationStatus.IN_CONFIDENTIALITY_REVIEW : PublicationStatus.DRAFT, now);
		record(approve ? "publication.content-approved" : "publication.content-returned", publication, before);
	}

	/**
	 * Confidentiality review (保密审查员 of the agency, Regulations art. 17). Approval
	 * publishes: the item gets its index number (serial of the agency and the year of
	 * publication) and today's date (Asia/Shanghai) as publication date.
	 * @throws RuleViolationException {@code publication.privacy.unresolved} while the
	 * scanner finds something neither masked nor justified
	 */
	@Transactional
	public void confidentialityReview(long id, boolean approve, String comment) {
		Publication publication = load(id);
		StaffPrincipal me = require(Role.CONFIDENTIALITY_REVIEWER, publication.agencyId());
		requireStatus(publication, PublicationStatus.IN_CONFIDENTIALITY_REVIEW);
		String text = comment(comment, !approve);
		String before = publication.auditSummary();
		Instant now = Instant.now(this.clock);
		if (!approve) {
			publication.review(me.username(), Role.CONFIDENTIALITY_REVIEWER, false, text, now);
			publication.moveTo(PublicationStatus.DRAFT, now);
			record("publication.confidentiality-returned", publication, before);
			return;
		}
		long open = findings(publication).stream().filter(PrivacyFinding::unresolved).count();
		if (open > 0) {
			throw new RuleViolationException("publication.privacy.unresolved",
					open + " privacy findings neither masked nor justified", open);
		}
		publication.review(me.username(), Role.CONFIDENTIALITY_REVIEWER, true, text, now);
		LocalDate today = LocalDate.now(this.clock);
		String number = null;
		if (!publication.hasIndexNumber()) {
			String creditCode = this.agencies.details(publication.agencyId()).summary().creditCode();
			number = this.indexNumbers.issue(publication.agencyId(), creditCode, today.getYear()).toString();
		}
		publication.publish(today, number, now);
		record("publication.published", publication, before);
	}

	/**
	 * Masks the finding that starts at {@code start} in a text (clerks and
	 * confidentiality reviewers of the agency, before publication).
	 * @throws RuleViolationException {@code publication.finding.missing} if none starts
	 * there
	 */
	@Transactional
	public void maskFinding(long id, TextField field, int start) {
		Publication publication = load(id);
		StaffPrincipal me = requireMasker(publication);
		Finding finding = this.scanner.scan(publication.text(field))
			.stream()
			.filter((f) -> f.start() == start)
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("publication.finding.missing", "No finding there"));
		String before = publication.auditSummary();
		publication.mask(field, finding.type(), finding.start(), finding.end(), finding.masked(), me.username(),
				Instant.now(this.clock));
		this.audit.record(AuditRecord.of("publication.finding-masked", "Publication", publication.id())
			.withAgency(publication.agencyId())
			.withBefore(before)
			.withAfter("field=" + field + ", type=" + finding.type() + ", start=" + finding.start() + ", end="
					+ finding.end()));
	}

	/**
	 * Masks every finding in title, summary and body (clerks and confidentiality
	 * reviewers of the agency, before publication).
	 * @return how many were masked
	 */
	@Transactional
	public int maskAll(long id) {
		Publication publication = load(id);
		StaffPrincipal me = requireMasker(publication);
		String before = publication.auditSummary();
		Instant now = Instant.now(this.clock);
		int count = 0;
		for (TextField field : TextField.values()) {
			List<Finding> found = new ArrayList<>(this.scanner.scan(publication.text(field)));
			// from the end, so earlier offsets stay valid
			for (int i = found.size() - 1; i >= 0; i--) {
				Finding f = found.get(i);
				if (publication.justification(field, f.type(), f.start(), f.end()) == null) {
					publication.mask(field, f.type(), f.start(), f.end(), f.masked(), me.username(), now);
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
	 * Keeps a finding as it is, for a reason (confidentiality reviewers of the agency,
	 * before publication).
	 * @throws RuleViolationException if the justification is missing or no finding of
	 * that type starts there
	 */
	@Transactional
	public void justifyFinding(long id, TextField field, FindingType type, int start, String justification) {
		Publication publication = load(id);
		StaffPrincipal me = require(Role.CONFIDENTIALITY_REVIEWER, publication.agencyId());
		requireOpen(publication);
		String reason = (justification != null) ? justification.strip() : "";
		if (reason.isEmpty() || reason.length() > MAX_COMMENT) {
			throw new RuleViolationException("publication.justification.invalid", "Justification missing or too long",
					MAX_COMMENT);
		}
		Finding finding = this.scanner.scan(publication.text(field))
			.stream()
			.filter((f) -> f.start() == start && f.type() == type)
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("publication.finding.missing", "No finding there"));
		publication.justify(field, type, finding.start(), finding.end(), reason, me.username(),
				Instant.now(this.clock));
		this.audit.record(AuditRecord.of("publication.finding-justified", "Publication", publication.id())
			.withAgency(publication.agencyId())
			.withAfter("field=" + field + ", type=" + type + ", start=" + finding.start() + ", end=" + finding.end()
					+ ", justification=" + reason));
	}

	/** Withdraws a published item (leaders of the agency); the reason is required. */
	@Transactional
	public void withdraw(long id, String reason) {
		Publication publication = load(id);
		require(Role.LEADER, publication.agencyId());
		requireStatus(publication, PublicationStatus.PUBLISHED);
		String text = (reason != null) ? reason.strip() : "";
		if (text.isEmpty() || text.length() > MAX_COMMENT) {
			throw new RuleViolationException("publication.reason.invalid", "Withdrawal reason missing or too long",
					MAX_COMMENT);
		}
		String before = publication.auditSummary();
		publication.withdraw(text, Instant.now(this.clock));
		record("publication.withdrawn", publication, before);
	}

	/**
	 * A publication in any state, with the scanner's findings, for staff who may see its
	 * agency.
	 * @throws NotFoundException if there is none
	 * @throws ForbiddenException if its agency is not visible to the user
	 */
	@Transactional(readOnly = true)
	public PublicationItem find(long id) {
		Publication publication = load(id);
		this.access.requireVisible(publication.agencyId());
		return item(publication, findings(publication));
	}

	/** The fields of a publication as the edit form starts from them. */
	@Transactional(readOnly = true)
	public PublicationDraft draftOf(long id) {
		Publication publication = load(id);
		this.access.requireVisible(publication.agencyId());
		return publication.draft();
	}

	/**
	 * A published item as the public sees it.
	 * @throws NotFoundException unless it is published
	 */
	@Transactional(readOnly = true)
	public PublicationItem publicItem(long id) {
		Publication publication = this.publications.findById(id)
			.filter((p) -> p.status() == PublicationStatus.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("Publication " + id));
		return item(publication, List.of());
	}

	/**
	 * The published items of an agency, newest first.
	 * @param columnId only those of this column, or {@code null} for all
	 * @param page from 0
	 * @param size 1 to 100
	 */
	@Transactional(readOnly = true)
	public Page<PublicationSummary> publicList(long agencyId, Long columnId, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100));
		Page<Publication> found = (columnId != null)
				? this.publications.findByAgencyIdAndColumnIdAndStatusOrderByPublishedOnDescIdDesc(agencyId, columnId,
						PublicationStatus.PUBLISHED, request)
				: this.publications.findByAgencyIdAndStatusOrderByPublishedOnDescIdDesc(agencyId,
						PublicationStatus.PUBLISHED, request);
		return found.map(Publication::summary);
	}

	/** The latest 200 items of every agency the signed-in user may see, newest first. */
	@Transactional(readOnly = true)
	public List<PublicationSummary> staffList() {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		if (visible.isEmpty()) {
			return List.of();
		}
		return this.publications.findTop200ByAgencyIdInOrderByIdDesc(visible)
			.stream()
			.map(Publication::summary)
			.toList();
	}

	private PublicationItem item(Publication publication, List<PrivacyFinding> findings) {
		AgencyDetails agency = this.agencies.details(publication.agencyId());
		boolean late = Timeliness.late(this.calendar, publication.madeOn(), publication.publishedOn());
		return publication.item(agency.summary().name(), agency.summary().creditCode(), late, findings);
	}

	private List<PrivacyFinding> findings(Publication publication) {
		List<PrivacyFinding> out = new ArrayList<>();
		for (TextField field : TextField.values()) {
			for (Finding f : this.scanner.scan(publication.text(field))) {
				out.add(new PrivacyFinding(field, f.type(), f.start(), f.end(), f.masked(),
						publication.justification(field, f.type(), f.start(), f.end())));
			}
		}
		return out;
	}

	private void write(Publication publication, PublicationDraft draft, Instant now) {
		if (draft == null) {
			throw new RuleViolationException("publication.title.invalid", "No draft", MAX_TITLE);
		}
		String title = plain(draft.title());
		if (title.isEmpty() || title.length() > MAX_TITLE) {
			throw new RuleViolationException("publication.title.invalid", "Bad title", MAX_TITLE);
		}
		String summary = plain(draft.summary());
		if (summary.length() > MAX_SUMMARY) {
			throw new RuleViolationException("publication.summary.invalid", "Summary too long", MAX_SUMMARY);
		}
		String body = plainText(draft.body());
		if (body.isBlank() || body.length() > MAX_BODY) {
			throw new RuleViolationException("publication.body.invalid", "Bad body", MAX_BODY);
		}
		String documentNumber = plain(draft.documentNumber());
		if (documentNumber.length() > MAX_DOCUMENT_NUMBER) {
			throw new RuleViolationException("publication.document-number.invalid", "Document number too long",
					MAX_DOCUMENT_NUMBER);
		}
		LocalDate today = LocalDate.now(this.clock);
		if (draft.madeOn() == null || draft.madeOn().isAfter(today) || draft.madeOn().getYear() < 1990) {
			throw new RuleViolationException("publication.made-on.invalid", "Bad date made");
		}
		if (draft.genre() == null) {
			throw new RuleViolationException("publication.genre.missing", "No genre");
		}
		if (draft.validity() == null) {
			throw new RuleViolationException("publication.validity.missing", "No validity");
		}
		if (draft.columnId() == null || !columnOf(draft.columnId(), publication.agencyId())) {
			throw new RuleViolationException("publication.column.invalid", "Column of another agency");
		}
		publication.write(draft.columnId(), title, summary.isEmpty() ? null : summary, body,
				documentNumber.isEmpty() ? null : documentNumber, draft.madeOn(), draft.genre(), draft.validity(), now);
	}

	private boolean columnOf(long columnId, long agencyId) {
		try {
			return this.catalog.agencyOf(columnId) == agencyId;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	/** One line: control characters and line breaks become spaces. */
	private static String plain(String text) {
		if (text == null) {
			return "";
		}
		return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").strip();
	}

	/**
	 * Plain text with line breaks: CR LF and CR become LF, other control characters go.
	 */
	private static String plainText(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
	}

	private static String comment(String comment, boolean required) {
		String text = (comment != null) ? comment.strip() : "";
		if ((required && text.isEmpty()) || text.length() > MAX_COMMENT) {
			throw new RuleViolationException("publication.comment.invalid", "Comment missing or too long", MAX_COMMENT);
		}
		return text.isEmpty() ? null : text;
	}

	private Publication load(long id) {
		return this.publications.findById(id).orElseThrow(() -> new NotFoundException("Publication " + id));
	}

	private static StaffPrincipal require(Role role, long agencyId) {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null || !me.has(role, agencyId)) {
			throw new ForbiddenException("Role " + role + " for agency " + agencyId + " required");
		}
		return me;
	}

	private static StaffPrincipal requireMasker(Publication publication) {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null || !(me.has(Role.CLERK, publication.agencyId())
				|| me.has(Role.CONFIDENTIALITY_REVIEWER, publication.agencyId()))) {
			throw new ForbiddenException("Clerk or confidentiality reviewer required");
		}
		requireOpen(publication);
		return me;
	}

	private static void requireOpen(Publication publication) {
		if (!publication.status().open()) {
			throw new RuleViolationException("publication.status.invalid", "Publication no longer open");
		}
	}

	private static void requireStatus(Publication publication, PublicationStatus wanted) {
		if (publication.status() != wanted) {
			throw new RuleViolationException("publication.status.invalid",
					"Status " + publication.status() + ", needs " + wanted);
		}
	}

	private void record(String action, Publication publication, String before) {
		this.audit.record(AuditRecord.of(action, "Publication", publication.id())
			.withAgency(publication.agencyId())
			.withBefore(before)
			.withAfter(publication.auditSummary()));
	}

}
