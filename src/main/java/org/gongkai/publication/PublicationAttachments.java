package org.gongkai.publication;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.StoredUpload;
import org.gongkai.platform.UploadPolicy;
import org.gongkai.platform.Uploads;
import org.gongkai.publication.item.Publication;
import org.gongkai.publication.item.PublicationAttachment;
import org.gongkai.publication.item.Publications;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.gongkai.publication.PublicationGuards.require;
import static org.gongkai.publication.PublicationGuards.requireStatus;

/**
 * The files attached to an item: clerks attach and remove them while it is a draft, staff
 * read them in any state, the public while the item is published. The files live in the
 * platform's upload store; their text is kept for the privacy scanner and the search
 * index.
 */
@Service
public class PublicationAttachments {

	/**
	 * The most text kept of one attachment for the privacy scanner (its column's size).
	 */
	static final int MAX_ATTACHMENT_TEXT = 200_000;

	/** PDF, DOCX, XLSX, PNG and JPEG as detected from the content; no SVG, no HTML. */
	static final Set<String> ATTACHMENT_TYPES = Set.of(Uploads.PDF, Uploads.DOCX, Uploads.XLSX, Uploads.PNG,
			Uploads.JPEG);

	private final Publications publications;

	private final AgencyAccess access;

	private final Uploads uploads;

	private final PublicationProperties properties;

	private final PublicationAudit audit;

	private final Clock clock;

	PublicationAttachments(Publications publications, AgencyAccess access, Uploads uploads,
			PublicationProperties properties, PublicationAudit audit, Clock clock) {
		this.publications = publications;
		this.access = access;
		this.uploads = uploads;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
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
		Publication publication = this.publications.load(id);
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
		Publication publication = this.publications.load(id);
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
		Publication publication = this.publications.load(id);
		this.access.requireVisible(publication.agencyId());
		return file(publication, attachmentId);
	}

	/**
	 * An attachment of a published item, for the public.
	 * @throws NotFoundException unless the item is published and has that attachment
	 */
	@Transactional(readOnly = true)
	public AttachmentFile publicAttachment(long id, long attachmentId) {
		return file(this.publications.loadPublished(id), attachmentId);
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

	/** How many attachments one item may carry. */
	public int maxAttachments() {
		return this.properties.maxAttachments();
	}

	/** The largest attachment accepted, in bytes. */
	public long maxAttachmentBytes() {
		return this.properties.maxAttachmentSize().toBytes();
	}

	private AttachmentFile file(Publication publication, long attachmentId) {
		PublicationAttachment attachment = publication.attachment(attachmentId);
		if (attachment == null) {
			throw new NotFoundException("Attachment " + attachmentId + " of publication " + publication.id());
		}
		String sha256 = attachment.sha256();
		return new AttachmentFile(attachment.summary(), () -> this.uploads.open(sha256));
	}

}
