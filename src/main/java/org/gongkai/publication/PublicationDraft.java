package org.gongkai.publication;

import java.time.LocalDate;

/**
 * What a clerk writes. The module validates every field.
 *
 * @param columnId the catalogue column of the same agency
 * @param title 1 to 200 characters
 * @param summary at most 1000 characters, or {@code null}
 * @param body plain text (paragraphs separated by blank lines, escaped) or HTML
 * (sanitised: only the tags of rich text survive); at most 100000 characters once stored
 * as HTML
 * @param documentNumber the document number (文号), at most 100 characters, or {@code null}
 * @param madeOn the date the document was made (成文日期), not after today
 * @param genre the kind of document
 * @param validity whether it is in force
 * @param theme the theme classification (主题分类), or {@code null} for none
 */
public record PublicationDraft(Long columnId, String title, String summary, String body, String documentNumber,
		LocalDate madeOn, Genre genre, Validity validity, Theme theme) {

	/** A draft without a theme classification. */
	public PublicationDraft(Long columnId, String title, String summary, String body, String documentNumber,
			LocalDate madeOn, Genre genre, Validity validity) {
		this(columnId, title, summary, body, documentNumber, madeOn, genre, validity, null);
	}

}
