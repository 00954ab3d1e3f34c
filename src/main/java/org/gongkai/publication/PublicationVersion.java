package org.gongkai.publication;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One public version of an item (变更记录).
 *
 * @param publicationId the item
 * @param edition the version number, from 1
 * @param title the title of that version
 * @param summary its summary, or {@code null}
 * @param body its body
 * @param documentNumber its document number, or {@code null}
 * @param madeOn its made date
 * @param genre its genre
 * @param validity its validity when it was published
 * @param publishedOn the day it was published (the platform's time zone)
 * @param publishedAt the instant it was published
 * @param publishedBy who published it (a confidentiality reviewer, or 'system' for a
 * scheduled publication)
 * @param changeNote why it changed, {@code null} for the first version
 * @param current whether it is the version the public sees now
 */
public record PublicationVersion(long publicationId, int edition, String title, String summary, String body,
		String documentNumber, LocalDate madeOn, Genre genre, Validity validity, LocalDate publishedOn,
		Instant publishedAt, String publishedBy, String changeNote, boolean current) {

	/**
	 * The body as HTML safe to insert unescaped: a rich-text body (stored with tags)
	 * sanitised again, a plain-text body of before rich text escaped into paragraphs.
	 */
	public String bodyHtml() {
		return BodyHtml.TAG.matcher(this.body).find() ? BodyHtml.sanitise(this.body)
				: BodyHtml.fromPlainText(this.body);
	}

}
