package org.gongkai.publication;

import java.time.LocalDate;
import java.util.Arrays;
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
 * @param body the body as plain text
 * @param documentNumber the document number (文号), or {@code null}
 * @param madeOn the date it was made (成文日期)
 * @param publishedOn the date it was first published (Asia/Shanghai), or {@code null}
 * @param genre the kind of document
 * @param validity whether it is in force
 * @param disclosure the disclosure attribute
 * @param indexNumber the index number once published, else {@code null}
 * @param status where it is in the workflow
 * @param returnComment the comment of the last return to draft, or {@code null}
 * @param withdrawReason why it was withdrawn, or {@code null}
 * @param createdBy the clerk who drafted it
 * @param late whether it was published after the 20 working days of Regulations art. 26
 * @param reviews the review decisions, oldest first
 * @param findings what the privacy scanner finds in it now (empty for the public)
 */
public record PublicationItem(long id, long agencyId, String agencyName, String creditCode, long columnId, String title,
		String summary, String body, String documentNumber, LocalDate madeOn, LocalDate publishedOn, Genre genre,
		Validity validity, DisclosureAttribute disclosure, String indexNumber, PublicationStatus status,
		String returnComment, String withdrawReason, String createdBy, boolean late, List<ReviewStep> reviews,
		List<PrivacyFinding> findings) {

	/** The body's paragraphs: the text between blank lines, trimmed. */
	public List<String> paragraphs() {
		return Arrays.stream(this.body.split("\\n\\s*\\n")).map(String::strip).filter((p) -> !p.isEmpty()).toList();
	}

	/** Whether any finding still blocks publication. */
	public boolean blocked() {
		return this.findings.stream().anyMatch(PrivacyFinding::unresolved);
	}

}
