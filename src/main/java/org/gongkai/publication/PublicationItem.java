package org.gongkai.publication;

import java.time.LocalDate;
import java.util.List;

/**
 * A publication with everything a page shows.
 *
 * @param id the publication id
 * @param agencyId the agency publishing it
 * @param agencyName its name (发布机构)
 * @param creditCode its credit code
 * @param columnId the catalogue column
 * @param title the title
 * @param summary the summary, or {@code null}
 * @param body the body as stored: sanitised HTML, or plain text if {@code htmlBody} is
 * false (stored before rich text); render {@link #bodyHtml()}, index {@link #bodyText()}
 * @param htmlBody whether {@code body} is HTML
 * @param documentNumber the document number (文号), or {@code null}
 * @param madeOn the date it was made (成文日期)
 * @param publishedOn the date it was first published (the platform's time zone), or
 * {@code null}
 * @param genre the kind of document
 * @param validity whether it is in force
 * @param theme the theme classification (主题分类), or {@code null} for none
 * @param disclosure the disclosure attribute
 * @param indexNumber the index number once published, else {@code null}
 * @param status where it is in the workflow
 * @param returnComment the comment of the last return to draft, or {@code null}
 * @param withdrawReason why it was withdrawn, or {@code null}
 * @param createdBy the clerk who drafted it
 * @param late whether it was published after the 20 working days of Regulations art. 26
 * @param reviews the review decisions, oldest first
 * @param findings what the privacy scanner finds in it now (empty for the public)
 * @param attachments its files, in the order they were attached
 */
public record PublicationItem(long id, long agencyId, String agencyName, String creditCode, long columnId, String title,
		String summary, String body, boolean htmlBody, String documentNumber, LocalDate madeOn, LocalDate publishedOn,
		Genre genre, Validity validity, Theme theme, DisclosureAttribute disclosure, String indexNumber,
		PublicationStatus status, String returnComment, String withdrawReason, String createdBy, boolean late,
		List<ReviewStep> reviews, List<PrivacyFinding> findings, List<AttachmentSummary> attachments) {

	/**
	 * The body as HTML safe to insert into a page unescaped: sanitised again on every
	 * call (allowed tags only), or a plain-text body escaped into paragraphs as it has
	 * always shown.
	 */
	public String bodyHtml() {
		return this.htmlBody ? BodyHtml.sanitise(this.body) : BodyHtml.fromPlainText(this.body);
	}

	/** The text a reader sees of the body (no tags), for search indexes and feeds. */
	public String bodyText() {
		return this.htmlBody ? BodyHtml.visibleText(this.body) : this.body;
	}

	/** The body's paragraphs as plain text: the blocks a reader sees, trimmed. */
	public List<String> paragraphs() {
		return BodyHtml.paragraphs(this.htmlBody ? BodyHtml.visibleText(this.body).replace("\n", "\n\n") : this.body);
	}

	/** The file name of one of its attachments, or {@code null}. */
	public String attachmentName(Long attachmentId) {
		return this.attachments.stream()
			.filter((a) -> Long.valueOf(a.id()).equals(attachmentId))
			.map(AttachmentSummary::fileName)
			.findFirst()
			.orElse(null);
	}

	/** Whether any finding still blocks publication. */
	public boolean blocked() {
		return this.findings.stream().anyMatch(PrivacyFinding::unresolved);
	}

}
