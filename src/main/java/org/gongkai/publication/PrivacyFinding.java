package org.gongkai.publication;

import org.gongkai.privacy.FindingType;

/**
 * Something the privacy scanner finds in a publication now, and whether a confidentiality
 * reviewer has justified publishing it unmasked.
 *
 * @param field where it is
 * @param attachmentId the attachment it is in when {@code field} is
 * {@link TextField#ATTACHMENT}, else {@code null}
 * @param type what it is
 * @param start its first char in that text (UTF-16 index; for the body, in the stored
 * HTML)
 * @param end just after its last char
 * @param masked what masking would put in its place
 * @param justification why it may be published as it is, or {@code null} while it blocks
 * publication
 */
public record PrivacyFinding(TextField field, Long attachmentId, FindingType type, int start, int end, String masked,
		String justification) {

	/** Whether it blocks publication. */
	public boolean unresolved() {
		return this.justification == null;
	}

}
