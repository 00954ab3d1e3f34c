package org.gongkai.publication;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.calendar.rules.DueDate;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.StoredUpload;
import org.gongkai.platform.Text;
import org.gongkai.platform.UploadPolicy;
import org.gongkai.platform.Uploads;
import org.gongkai.privacy.Finding;
import org.gongkai.privacy.FindingType;
import org.gongkai.privacy.PrivacyScanner;

import org.springframework.context.ApplicationEventPublisher;
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

	static final int MAX_CHANGE_NOTE = 1000;

	/** How far ahead a publication may be scheduled. */
	static final Duration MAX_SCHEDULE_AHEAD = Duration.ofDays(366);

	/** The actor of what the scheduler does. */
	static final String SYSTEM = "system";

	private static final Set<PublicationStatus> IN_PROGRESS = EnumSet.of(PublicationStatus.DRAFT,
			PublicationStatus.IN_CONTENT_REVIEW, PublicationStatus.IN_CONFIDENTIALITY_REVIEW,
			PublicationStatus.SCHEDULED);

	/**
	 * The most text kept of one attachment for the privacy scanner (its column's size).
	 */
	static final int MAX_ATTACHMENT_TEXT = 200_000;

	/** PDF, DOCX, XLSX, PNG and JPEG as detected from the content; no SVG, no HTML. */
	static final Set<String> ATTACHMENT_TYPES = Set.of(Uploads.PDF, Uploads.DOCX, Uploads.XLSX, Uploads.PNG,
			Uploads.JPEG);

	private final Publications publications;

	private final IndexNumbers indexNumbers;

	private final AgencyManagement agencies;

	private final CatalogManagement catalog;

	private final AgencyAccess access;

	private final PrivacyScanner scanner;

	private final WorkingDayCalendar calendar;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final PublishedVersions versions;

	private final Uploads uploads;

	private final PublicationProperties properties;

	PublicationManagement(Publications publications, IndexNumbers indexNumbers, AgencyManagement agencies,
			CatalogManagement catalog, AgencyAccess access, PrivacyScanner scanner, WorkingDayCalendar calendar,
			AuditLog audit, Clock clock, ApplicationEventPublisher events, PublishedVersions versions, Uploads uploads,
			PublicationProperties properties) {
		this.versions = versions;
		this.uploads = uploads;
		this.properties = properties;
		this.publications = publications;
		this.indexNumbers = indexNumbers;
		this.agencies = agencies;
		this.catalog = catalog;
		this.access = access;
		this.scanner = scanner;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Drafts a publication for an agency (its clerks only).
	 * @return the new publication's id
	 * @throws RuleViolationException for a field out of bounds
	 */
	@Transactional
	public long draft(long agencyId, PublicationDraft draft) {
		return draft(agencyId, draft, PolicyFields.NONE);
	}

	/**
	 * Drafts a publication with its policy fields (its agency's clerks only).
	 * @return the new publication's id
	 * @throws RuleViolationException for a field out of bounds or a policy document that
	 * is not one of the agency's
	 */
	@Transactional
	public long draft(long agencyId, PublicationDraft draft, PolicyFields policy) {
		StaffPrincipal me = require(Role.CLERK, agencyId);
		Instant now = Instant.now(this.clock);
		Publication publication = new Publication(agencyId, me.username(), now);
		write(publication, draft, now);
		writePolicy(publication, policy);
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
		if (publication.genre() == Genre.INTERPRETATION && publication.interpretsId() == null) {
			// 三同步: an interpretation names the policy document it interprets
			throw new RuleViolationException("publication.interprets.missing", "Interpretation without its policy");
		}
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
		requireResolved(publication);
		requireRevisedItemPublic(publication);
		publication.review(me.username(), Role.CONFIDENTIALITY_REVIEWER, true, text, now);
		release(publication, before, me.username(), now);
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
		if (field == null || !field.maskable()) {
			// a file is not changed in place: justify the finding, or remove or replace
			// the file
			throw new RuleViolationException("publication.attachment.unmaskable", "Attachments cannot be masked");
		}
		Finding finding = scan(publication, field).stream()
			.filter((f) -> f.start() == start)
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("publication.finding.missing", "No finding there"));
		String before = publication.auditSummary();
		publication.mask(field, finding.type(), finding.start(), finding.end(),
				replacement(publication, field, finding), me.username(), Instant.now(this.clock));
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
		Publication publication = load(id);
		StaffPrincipal me = requireMasker(publication);
		String before = publication.auditSummary();
		Instant now = Instant.now(this.clock);
		int count = 0;
		for (TextField field : TextField.TEXTS) {
			List<Finding> found = new ArrayList<>(scan(publication, field));
			// from the end, so earlier offsets stay valid
			for (int i = found.size() - 1; i >= 0; i--) {
				Finding f = found.get(i);
				if (publication.justification(field, null, f.type(), f.start(), f.end()) == null) {
					publication.mask(field, f.type(), f.start(), f.end(), replacement(publication, field, f),
							me.username(), now);
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
		Publication publication = load(id);
		StaffPrincipal me = require(Role.CONFIDENTIALITY_REVIEWER, publication.agencyId());
		requireOpen(publication);
		String reason = Text.clean(justification);
		if (reason.isEmpty() || reason.length() > MAX_COMMENT) {
			throw new RuleViolationException("publication.justification.invalid", "Justification missing or too long",
					MAX_COMMENT);
		}
		Long attachment = (field == TextField.ATTACHMENT) ? attachmentId : null;
		List<Finding> found = (field == TextField.ATTACHMENT) ? scanAttachment(publication, attachmentId)
				: (field != null) ? scan(publication, field) : List.of();
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

	/**
	 * Attaches a file to a draft (its agency's clerks only, only while it is a draft):
	 * PDF, DOCX, XLSX, PNG or JPEG by content, at most
	 * {@code gongkai.publication.max-attachment-size} and {@code max-attachments} per
	 * item. The text of PDF, DOCX and XLSX is extracted for the privacy scanner.
	 * @param content the bytes (not closed)
	 * @param fileName the client's file name (sanitised; never used as a path)
	 * @return the attachment's id
	 * @throws RuleViolationException when the file is refused; nothing is stored then
	 */
	@Transactional
	public long addAttachment(long id, InputStream content, String fileName) {
		Publication publication = load(id);
		StaffPrincipal me = require(Role.CLERK, publication.agencyId());
		requireStatus(publication, PublicationStatus.DRAFT);
		int max = this.properties.maxAttachments();
		if (publication.attachments().size() >= max) {
			throw new RuleViolationException("publication.attachment.too-many", "Attachment limit reached", max);
		}
		UploadPolicy policy = new UploadPolicy(this.properties.maxAttachmentSize().toBytes(), ATTACHMENT_TYPES,
				MAX_ATTACHMENT_TEXT);
		StoredUpload upload = this.uploads.store(content, fileName, policy);
		if (!upload.textComplete()) {
			// text beyond what is kept could not be checked for personal data
			throw new RuleViolationException("publication.attachment.text-too-long", "Attachment text over the cap",
					MAX_ATTACHMENT_TEXT);
		}
		String text = upload.text().replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", " ");
		Instant now = Instant.now(this.clock);
		PublicationAttachment attachment = new PublicationAttachment(upload.sha256(), upload.mediaType(), upload.size(),
				upload.fileName(), text, me.username(), now);
		String before = publication.auditSummary();
		publication.attach(attachment, now);
		this.publications.flush();
		this.audit.record(AuditRecord.of("publication.attachment-added", "Publication", publication.id())
			.withAgency(publication.agencyId())
			.withBefore(before)
			.withAfter(attachment.auditSummary()));
		return attachment.id();
	}

	/**
	 * Removes a file from a draft (its agency's clerks only, only while it is a draft);
	 * decisions on what was found in it lapse. The stored content stays in the upload
	 * store (it may be shared) but is no longer served for this item.
	 * @throws NotFoundException if the item has no such attachment
	 */
	@Transactional
	public void removeAttachment(long id, long attachmentId) {
		Publication publication = load(id);
		require(Role.CLERK, publication.agencyId());
		requireStatus(publication, PublicationStatus.DRAFT);
		PublicationAttachment removed = publication.detach(attachmentId, Instant.now(this.clock));
		if (removed == null) {
			throw new NotFoundException("Attachment " + attachmentId + " of publication " + id);
		}
		this.audit.record(AuditRecord.of("publication.attachment-removed", "Publication", publication.id())
			.withAgency(publication.agencyId())
			.withBefore(removed.auditSummary())
			.withAfter(publication.auditSummary()));
	}

	/**
	 * An attachment of an item in any state, for staff who may see its agency.
	 * @throws NotFoundException if there is no such item or attachment
	 */
	@Transactional(readOnly = true)
	public AttachmentFile attachment(long id, long attachmentId) {
		Publication publication = load(id);
		this.access.requireVisible(publication.agencyId());
		return file(publication, attachmentId);
	}

	/**
	 * An attachment of a published item, for the public.
	 * @throws NotFoundException unless the item is published and has that attachment
	 */
	@Transactional(readOnly = true)
	public AttachmentFile publicAttachment(long id, long attachmentId) {
		Publication publication = this.publications.findById(id)
			.filter((p) -> p.status() == PublicationStatus.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("Publication " + id));
		return file(publication, attachmentId);
	}

	/** How many attachments one item may carry. */
	public int maxAttachments() {
		return this.properties.maxAttachments();
	}

	/** The largest attachment accepted, in bytes. */
	public long maxAttachmentBytes() {
		return this.properties.maxAttachmentSize().toBytes();
	}

	/** Withdraws a published item (leaders of the agency); the reason is required. */
	@Transactional
	public void withdraw(long id, String reason) {
		Publication publication = load(id);
		require(Role.LEADER, publication.agencyId());
		requireStatus(publication, PublicationStatus.PUBLISHED);
		String text = Text.clean(reason);
		if (text.isEmpty() || text.length() > MAX_COMMENT) {
			throw new RuleViolationException("publication.reason.invalid", "Withdrawal reason missing or too long",
					MAX_COMMENT);
		}
		String before = publication.auditSummary();
		publication.withdraw(text, Instant.now(this.clock));
		record("publication.withdrawn", publication, before);
		this.events.publishEvent(new PublicationWithdrawn(publication.id(), publication.agencyId()));
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
	 * Published items in id order after {@code afterId}, for indexers that rebuild from
	 * scratch (keyset paging: pass the last id seen).
	 * @param limit 1 to 1000
	 */
	@Transactional(readOnly = true)
	public List<PublicationItem> publicItemsAfter(long afterId, int limit) {
		PageRequest request = PageRequest.of(0, Math.min(Math.max(limit, 1), 1000));
		return this.publications.findByStatusAndIdGreaterThanOrderByIdAsc(PublicationStatus.PUBLISHED, afterId, request)
			.stream()
			.map((publication) -> item(publication, List.of()))
			.toList();
	}

	/**
	 * The text extracted from the attachments of published items, for search indexes (one
	 * query for the lot).
	 * @param ids publication ids (up to 1000); ids of items not published are ignored
	 * @return per publication id the text of its attachments in the order they were
	 * attached, separated by blank lines; items without attachment text are absent
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> publicAttachmentTexts(Collection<Long> ids) {
		Map<Long, String> texts = new HashMap<>();
		if (ids.isEmpty()) {
			return texts;
		}
		for (Object[] row : this.publications.attachmentTexts(ids, PublicationStatus.PUBLISHED)) {
			texts.merge((Long) row[0], (String) row[1], (a, b) -> a + "\n\n" + b);
		}
		return texts;
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
		for (TextField field : TextField.TEXTS) {
			for (Finding f : scan(publication, field)) {
				out.add(new PrivacyFinding(field, null, f.type(), f.start(), f.end(), f.masked(),
						publication.justification(field, null, f.type(), f.start(), f.end())));
			}
		}
		for (PublicationAttachment attachment : publication.attachments()) {
			for (Finding f : this.scanner.scan(attachment.text())) {
				out.add(new PrivacyFinding(TextField.ATTACHMENT, attachment.id(), f.type(), f.start(), f.end(),
						f.masked(), publication.justification(TextField.ATTACHMENT, attachment.id(), f.type(),
								f.start(), f.end())));
			}
		}
		return out;
	}

	/**
	 * The findings in one of the item's own texts; an HTML body is read as a reader sees
	 * it.
	 */
	private List<Finding> scan(Publication publication, TextField field) {
		if (field == TextField.BODY && publication.htmlBody()) {
			return BodyHtml.scan(this.scanner, publication.text(field));
		}
		return this.scanner.scan(publication.text(field));
	}

	private List<Finding> scanAttachment(Publication publication, Long attachmentId) {
		PublicationAttachment attachment = (attachmentId != null) ? publication.attachment(attachmentId) : null;
		return (attachment != null) ? this.scanner.scan(attachment.text()) : List.of();
	}

	private static String replacement(Publication publication, TextField field, Finding finding) {
		if (field == TextField.BODY && publication.htmlBody()) {
			return BodyHtml.replacement(publication.text(field), finding.start(), finding.end(), finding.masked());
		}
		return finding.masked();
	}

	private AttachmentFile file(Publication publication, long attachmentId) {
		PublicationAttachment attachment = publication.attachment(attachmentId);
		if (attachment == null) {
			throw new NotFoundException("Attachment " + attachmentId + " of publication " + publication.id());
		}
		String sha256 = attachment.sha256();
		return new AttachmentFile(attachment.summary(), () -> this.uploads.open(sha256));
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
		String input = plainText(draft.body());
		// the limit holds for the stored HTML; far longer input is not even parsed
		if (input.isBlank() || input.length() > 4 * MAX_BODY) {
			throw new RuleViolationException("publication.body.invalid", "Bad body", MAX_BODY);
		}
		String body = BodyHtml.fromInput(input);
		if (BodyHtml.blank(body) || body.length() > MAX_BODY) {
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
				documentNumber.isEmpty() ? null : documentNumber, draft.madeOn(), draft.genre(), draft.validity(),
				draft.theme(), now);
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
		String text = Text.clean(comment);
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
			.withAfter(publication.auditSummary() + ", " + publication.lifecycleSummary()));
	}

	// Lifecycle: versions, policy interpretations, scheduled publication, timeliness

	/**
	 * Starts a new version of a published item (its agency's clerks): a revision draft
	 * with the changed fields and a required change note, which passes content and
	 * confidentiality review like any draft. The public keeps seeing the current version
	 * until the revision is published.
	 * @return the revision's id
	 * @throws RuleViolationException if the item is not published, already has a revision
	 * in progress, or a field or the change note is out of bounds
	 */
	@Transactional
	public long revise(long id, PublicationDraft draft, PolicyFields policy, String changeNote) {
		// locked, so two clerks revising at once cannot both find no revision open
		Publication item = this.publications.lockById(id).orElseThrow(() -> new NotFoundException("Publication " + id));
		StaffPrincipal me = require(Role.CLERK, item.agencyId());
		requireStatus(item, PublicationStatus.PUBLISHED);
		Optional<Publication> open = this.publications.findFirstByRevisionOfAndStatusIn(id, IN_PROGRESS);
		if (open.isPresent()) {
			throw new RuleViolationException("publication.revision.open",
					"Item " + id + " already has revision " + open.get().id(), open.get().id());
		}
		String note = changeNote(changeNote);
		Instant now = Instant.now(this.clock);
		Publication revision = new Publication(item.agencyId(), me.username(), now);
		write(revision, draft, now);
		writePolicy(revision, policy);
		revision.revise(id, note);
		this.publications.save(revision);
		record("publication.revision-drafted", revision, null);
		return revision.id();
	}

	/**
	 * Changes a draft with its policy fields and, for a revision, its change note (its
	 * agency's clerks only, only while it is a draft).
	 * @param changeNote required for a revision, ignored otherwise
	 */
	@Transactional
	public void update(long id, PublicationDraft draft, PolicyFields policy, String changeNote) {
		Publication publication = load(id);
		require(Role.CLERK, publication.agencyId());
		requireStatus(publication, PublicationStatus.DRAFT);
		String note = (publication.revisionOf() != null) ? changeNote(changeNote) : null;
		String before = publication.auditSummary() + ", " + publication.lifecycleSummary();
		write(publication, draft, Instant.now(this.clock));
		writePolicy(publication, policy);
		if (note != null) {
			publication.noteChange(note);
		}
		record("publication.updated", publication, before);
	}

	/**
	 * Approves an item in confidentiality review for publication at a later time (保密审查员
	 * of the agency): it becomes 「待发布」 and the scheduler publishes it then, issuing its
	 * index number at that moment.
	 * @param at the local date-time in Asia/Shanghai, after now and at most a year ahead
	 * @throws RuleViolationException {@code publication.schedule.invalid} for a time
	 * missing, past or too far ahead; {@code publication.privacy.unresolved} while the
	 * scanner finds something neither masked nor justified
	 */
	@Transactional
	public void schedule(long id, LocalDateTime at, String comment) {
		Publication publication = load(id);
		StaffPrincipal me = require(Role.CONFIDENTIALITY_REVIEWER, publication.agencyId());
		requireStatus(publication, PublicationStatus.IN_CONFIDENTIALITY_REVIEW);
		String text = comment(comment, false);
		Instant now = Instant.now(this.clock);
		Instant when = (at != null) ? at.atZone(this.clock.getZone()).toInstant() : null;
		if (when == null || !when.isAfter(now) || when.isAfter(now.plus(MAX_SCHEDULE_AHEAD))) {
			throw new RuleViolationException("publication.schedule.invalid", "Schedule time missing, past or too far");
		}
		requireResolved(publication);
		requireRevisedItemPublic(publication);
		String before = publication.auditSummary() + ", " + publication.lifecycleSummary();
		publication.review(me.username(), Role.CONFIDENTIALITY_REVIEWER, true, text, now);
		publication.schedule(when, now);
		record("publication.scheduled", publication, before);
	}

	/**
	 * Cancels the schedule of a 「待发布」 item before it fires (its agency's confidentiality
	 * reviewers or leaders): it goes back to confidentiality review.
	 */
	@Transactional
	public void cancelSchedule(long id) {
		Publication publication = load(id);
		StaffPrincipal me = AgencyAccess.current();
		if (me == null || !(me.has(Role.CONFIDENTIALITY_REVIEWER, publication.agencyId())
				|| me.has(Role.LEADER, publication.agencyId()))) {
			throw new ForbiddenException("Confidentiality reviewer or leader required");
		}
		requireStatus(publication, PublicationStatus.SCHEDULED);
		String before = publication.auditSummary() + ", " + publication.lifecycleSummary();
		publication.unschedule(Instant.now(this.clock));
		record("publication.schedule-cancelled", publication, before);
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
		Publication publication = load(id);
		if (publication.status() != PublicationStatus.SCHEDULED || publication.scheduledAt().isAfter(now)) {
			return false;
		}
		String before = publication.auditSummary() + ", " + publication.lifecycleSummary();
		boolean blocked = findings(publication).stream().anyMatch(PrivacyFinding::unresolved);
		if (!blocked && publication.revisionOf() != null) {
			blocked = load(publication.revisionOf()).status() != PublicationStatus.PUBLISHED;
		}
		if (blocked) {
			publication.unschedule(now);
			record(SYSTEM, "publication.schedule-blocked", publication, before);
			return false;
		}
		release(publication, before, SYSTEM, now);
		return true;
	}

	/**
	 * Versions, links and schedule of an item in any state, for staff who may see its
	 * agency.
	 * @throws NotFoundException if there is none
	 * @throws ForbiddenException if its agency is not visible to the user
	 */
	@Transactional(readOnly = true)
	public PublicationLifecycle lifecycle(long id) {
		Publication publication = load(id);
		this.access.requireVisible(publication.agencyId());
		return lifecycle(publication, false);
	}

	/**
	 * Versions and links of a published item as the public sees them: only published
	 * links.
	 * @throws NotFoundException unless it is published
	 */
	@Transactional(readOnly = true)
	public PublicationLifecycle publicLifecycle(long id) {
		return lifecycle(loadPublic(id), true);
	}

	/**
	 * One version of a published item (the current one too, flagged as current).
	 * @throws NotFoundException unless the item is published and has that version
	 */
	@Transactional(readOnly = true)
	public PublicationVersion publicVersion(long id, int edition) {
		Publication publication = loadPublic(id);
		return this.versions.findByItemIdAndEdition(id, edition)
			.map((v) -> v.view(edition == publication.edition()))
			.orElseThrow(() -> new NotFoundException("Version " + edition + " of publication " + id));
	}

	/**
	 * The policy fields as the edit form starts from them (staff who may see the agency).
	 */
	@Transactional(readOnly = true)
	public PolicyFields policyFieldsOf(long id) {
		Publication publication = load(id);
		this.access.requireVisible(publication.agencyId());
		String interprets = null;
		if (publication.interpretsId() != null) {
			Publication policy = load(publication.interpretsId());
			interprets = (policy.indexNumber() != null) ? policy.indexNumber() : String.valueOf(policy.id());
		}
		return new PolicyFields(interprets, publication.issuedOn(), publication.repealedOn());
	}

	/**
	 * Published policy documents of the agencies the user may see that still have no
	 * published interpretation (the flag of 三同步), newest first.
	 */
	@Transactional(readOnly = true)
	public List<PublicationSummary> missingInterpretations() {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		if (visible.isEmpty()) {
			return List.of();
		}
		return this.publications
			.findByAgencyIdInAndStatusAndInterpretationMissingTrueOrderByIdDesc(visible, PublicationStatus.PUBLISHED)
			.stream()
			.map(Publication::summary)
			.toList();
	}

	/**
	 * Regulations art. 26 for the agencies the user may see, on {@code today}: items
	 * published late, and items not yet published that are due within 5 working days or
	 * overdue (revisions are not counted: the item they change is public).
	 * @param today the day (Asia/Shanghai) to compute for
	 */
	@Transactional(readOnly = true)
	public TimelinessReport timeliness(LocalDate today) {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		List<TimelinessEntry> late = new ArrayList<>();
		List<TimelinessEntry> atRisk = new ArrayList<>();
		List<TimelinessEntry> overdue = new ArrayList<>();
		if (visible.isEmpty()) {
			return new TimelinessReport(today, late, atRisk, overdue);
		}
		for (Publication p : this.publications.findByAgencyIdInAndStatusInAndRevisionOfIsNull(visible,
				EnumSet.of(PublicationStatus.PUBLISHED))) {
			if (p.madeOn() != null && p.publishedOn() != null) {
				DueDate due = this.calendar.deadline(p.madeOn(), Timeliness.WORKING_DAYS);
				if (p.publishedOn().isAfter(due.due())) {
					late.add(new TimelinessEntry(p.summary(), due.due(), due.provisional(), 0));
				}
			}
		}
		for (Publication p : this.publications.findByAgencyIdInAndStatusInAndRevisionOfIsNull(visible, IN_PROGRESS)) {
			if (p.madeOn() == null) {
				continue;
			}
			DueDate due = this.calendar.deadline(p.madeOn(), Timeliness.WORKING_DAYS);
			if (today.isAfter(due.due())) {
				overdue.add(new TimelinessEntry(p.summary(), due.due(), due.provisional(),
						-this.calendar.workingDaysBetween(due.due(), today)));
			}
			else {
				int left = this.calendar.workingDaysBetween(today, due.due());
				if (left <= Timeliness.AT_RISK_WORKING_DAYS) {
					atRisk.add(new TimelinessEntry(p.summary(), due.due(), due.provisional(), left));
				}
			}
		}
		Comparator<TimelinessEntry> byDue = Comparator.comparing(TimelinessEntry::due)
			.thenComparing((e) -> e.item().id());
		late.sort(Comparator.comparing((TimelinessEntry e) -> e.item().publishedOn())
			.reversed()
			.thenComparing((e) -> e.item().id()));
		atRisk.sort(byDue);
		overdue.sort(byDue);
		return new TimelinessReport(today, late, atRisk, overdue);
	}

	private PublicationLifecycle lifecycle(Publication publication, boolean forPublic) {
		long id = publication.id();
		PublicationLink policy = null;
		if (publication.interpretsId() != null) {
			Publication p = load(publication.interpretsId());
			if (!forPublic || p.status() == PublicationStatus.PUBLISHED) {
				policy = link(p);
			}
		}
		Set<PublicationStatus> wanted = forPublic ? EnumSet.of(PublicationStatus.PUBLISHED)
				: EnumSet.of(PublicationStatus.PUBLISHED, PublicationStatus.DRAFT, PublicationStatus.IN_CONTENT_REVIEW,
						PublicationStatus.IN_CONFIDENTIALITY_REVIEW, PublicationStatus.SCHEDULED);
		long target = (publication.revisionOf() != null) ? publication.revisionOf() : id;
		List<PublicationLink> interpretations = this.publications
			.findByInterpretsIdAndStatusInOrderByIdAsc(target, wanted)
			.stream()
			.filter((p) -> p.revisionOf() == null)
			.map(PublicationManagement::link)
			.toList();
		Long openRevision = forPublic ? null
				: this.publications.findFirstByRevisionOfAndStatusIn(id, IN_PROGRESS).map(Publication::id).orElse(null);
		List<PublicationVersion> history = this.versions.findByItemIdOrderByEditionDesc(id)
			.stream()
			.map((v) -> v.view(v.edition() == publication.edition()))
			.toList();
		boolean needs = publication.genre() != null && publication.genre().needsInterpretation();
		return new PublicationLifecycle(id, publication.edition(), publication.revisionOf(), openRevision,
				publication.changeNote(), publication.scheduledAt(), policy, interpretations, needs,
				publication.interpretationMissing(), publication.issuedOn(), publication.repealedOn(), history);
	}

	private static PublicationLink link(Publication p) {
		return new PublicationLink(p.id(), p.title(), p.indexNumber(), p.status());
	}

	private Publication loadPublic(long id) {
		return this.publications.findById(id)
			.filter((p) -> p.status() == PublicationStatus.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("Publication " + id));
	}

	/**
	 * Makes an approved item public now: a first publication gets its index number, a
	 * revision becomes the new version of the item it revises. Keeps the version, settles
	 * the interpretation flags and tells the other modules.
	 */
	private void release(Publication publication, String before, String who, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, this.clock.getZone());
		Publication item = publication;
		if (publication.revisionOf() != null) {
			item = load(publication.revisionOf());
			String itemBefore = item.auditSummary() + ", " + item.lifecycleSummary();
			item.replaceBy(publication, now);
			publication.merged(now);
			this.versions.save(item.snapshot(today, now, who, publication.id()));
			record(who, "publication.merged", publication, before);
			record(who, "publication.version-published", item, itemBefore);
		}
		else {
			String number = null;
			if (!publication.hasIndexNumber()) {
				String creditCode = this.agencies.details(publication.agencyId()).summary().creditCode();
				number = this.indexNumbers.issue(publication.agencyId(), creditCode, today.getYear()).toString();
			}
			publication.publish(today, number, now);
			this.versions.save(publication.snapshot(today, now, who, null));
			record(who, "publication.published", publication, before);
		}
		settleInterpretationFlags(item, who);
		this.events.publishEvent(new PublicationPublished(item.id(), item.agencyId()));
	}

	/**
	 * 三同步 (docs/legal-rules.md, Proactive disclosure): a policy document published
	 * without a published interpretation is flagged; publishing an interpretation clears
	 * its policy's flag.
	 */
	private void settleInterpretationFlags(Publication item, String who) {
		boolean missing = item.genre().needsInterpretation()
				&& !this.publications.existsByInterpretsIdAndStatus(item.id(), PublicationStatus.PUBLISHED);
		if (missing != item.interpretationMissing()) {
			String before = item.auditSummary() + ", " + item.lifecycleSummary();
			item.flagInterpretation(missing);
			record(who, missing ? "publication.interpretation-missing" : "publication.interpretation-flag-cleared",
					item, before);
		}
		if (item.genre() == Genre.INTERPRETATION && item.interpretsId() != null) {
			Publication policy = load(item.interpretsId());
			if (policy.interpretationMissing()) {
				String before = policy.auditSummary() + ", " + policy.lifecycleSummary();
				policy.flagInterpretation(false);
				record(who, "publication.interpretation-flag-cleared", policy, before);
			}
		}
	}

	private void writePolicy(Publication publication, PolicyFields fields) {
		PolicyFields policy = (fields != null) ? fields : PolicyFields.NONE;
		Long interprets = null;
		String ref = plain(policy.interprets());
		if (!ref.isEmpty()) {
			if (publication.genre() != Genre.INTERPRETATION) {
				throw new RuleViolationException("publication.interprets.not-interpretation",
						"Only interpretations link to a policy");
			}
			interprets = policyFor(publication, ref).id();
		}
		LocalDate issued = null;
		LocalDate repealed = null;
		if (publication.genre().counted()) {
			LocalDate today = LocalDate.now(this.clock);
			issued = policy.issuedOn();
			if (issued != null && (issued.isBefore(publication.madeOn()) || issued.isAfter(today))) {
				throw new RuleViolationException("publication.issued-on.invalid", "Issue date out of range");
			}
			repealed = policy.repealedOn();
			boolean repealedValidity = publication.draft().validity() == Validity.REPEALED;
			LocalDate earliest = (issued != null) ? issued : publication.madeOn();
			if (repealedValidity != (repealed != null)
					|| (repealed != null && (repealed.isBefore(earliest) || repealed.isAfter(today)))) {
				throw new RuleViolationException("publication.repealed-on.invalid", "Repeal date missing or wrong");
			}
		}
		publication.writePolicy(interprets, issued, repealed);
	}

	/** The agency's policy document an interpretation names by index number or id. */
	private Publication policyFor(Publication interpretation, String ref) {
		String shown = (ref.length() > 60) ? ref.substring(0, 60) : ref;
		Optional<Publication> found;
		if (ref.matches("\\d{1,18}")) {
			found = this.publications.findById(Long.parseLong(ref));
		}
		else {
			found = this.publications.findByIndexNumber(ref);
		}
		return found
			.filter((p) -> p.agencyId() == interpretation.agencyId() && p.genre().needsInterpretation()
					&& p.revisionOf() == null && p.status() != PublicationStatus.WITHDRAWN
					&& p.status() != PublicationStatus.MERGED && !Objects.equals(p.id(), interpretation.id()))
			.orElseThrow(() -> new RuleViolationException("publication.interprets.unknown",
					"No policy document of the agency for the reference given", shown));
	}

	private void requireResolved(Publication publication) {
		long open = findings(publication).stream().filter(PrivacyFinding::unresolved).count();
		if (open > 0) {
			throw new RuleViolationException("publication.privacy.unresolved",
					open + " privacy findings neither masked nor justified", open);
		}
	}

	private void requireRevisedItemPublic(Publication publication) {
		if (publication.revisionOf() != null
				&& load(publication.revisionOf()).status() != PublicationStatus.PUBLISHED) {
			throw new RuleViolationException("publication.revision.item-not-public",
					"The item revised is no longer published");
		}
	}

	private static String changeNote(String changeNote) {
		String text = plain(changeNote);
		if (text.isEmpty() || text.length() > MAX_CHANGE_NOTE) {
			throw new RuleViolationException("publication.change-note.invalid", "Change note missing or too long",
					String.valueOf(MAX_CHANGE_NOTE));
		}
		return text;
	}

	private void record(String who, String action, Publication publication, String before) {
		AuditRecord entry = AuditRecord.of(action, "Publication", publication.id())
			.withAgency(publication.agencyId())
			.withBefore(before)
			.withAfter(publication.auditSummary() + ", " + publication.lifecycleSummary());
		this.audit.record(SYSTEM.equals(who) ? entry.withActor(SYSTEM) : entry);
	}

}
