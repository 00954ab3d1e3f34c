package org.gongkai.publication;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.platform.RuleViolationException;
import org.gongkai.privacy.Finding;
import org.gongkai.privacy.PrivacyScanner;
import org.gongkai.publication.item.Publication;
import org.gongkai.publication.item.PublicationAttachment;

import org.springframework.stereotype.Component;

/**
 * What the privacy scanner finds in an item's texts and attachments, with the decisions
 * taken on it (Regulations art. 17): a finding neither masked nor justified blocks
 * publication.
 */
@Component
class PublicationFindings {

	private final PrivacyScanner scanner;

	PublicationFindings(PrivacyScanner scanner) {
		this.scanner = scanner;
	}

	/** Every finding in the item's texts and attachments, with its decision. */
	List<PrivacyFinding> findings(Publication publication) {
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

	/** Whether something is found that is neither masked nor justified. */
	boolean unresolved(Publication publication) {
		return findings(publication).stream().anyMatch(PrivacyFinding::unresolved);
	}

	/**
	 * @throws RuleViolationException {@code publication.privacy.unresolved} while
	 * something found is neither masked nor justified
	 */
	void requireResolved(Publication publication) {
		long open = findings(publication).stream().filter(PrivacyFinding::unresolved).count();
		if (open > 0) {
			throw new RuleViolationException("publication.privacy.unresolved",
					open + " privacy findings neither masked nor justified", open);
		}
	}

	/**
	 * The findings in one of the item's own texts; an HTML body is read as a reader sees
	 * it.
	 */
	List<Finding> scan(Publication publication, TextField field) {
		if (field == TextField.BODY && publication.htmlBody()) {
			return BodyHtml.scan(this.scanner, publication.text(field));
		}
		return this.scanner.scan(publication.text(field));
	}

	/** The findings in one attachment of the item (none if it has no such attachment). */
	List<Finding> scanAttachment(Publication publication, Long attachmentId) {
		PublicationAttachment attachment = (attachmentId != null) ? publication.attachment(attachmentId) : null;
		return (attachment != null) ? this.scanner.scan(attachment.text()) : List.of();
	}

	/** What replaces a finding in the stored text when it is masked. */
	static String replacement(Publication publication, TextField field, Finding finding) {
		if (field == TextField.BODY && publication.htmlBody()) {
			return BodyHtml.replacement(publication.text(field), finding.start(), finding.end(), finding.masked());
		}
		return finding.masked();
	}

}
