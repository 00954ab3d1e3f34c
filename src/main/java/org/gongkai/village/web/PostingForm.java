package org.gongkai.village.web;

import java.time.LocalDate;

import org.gongkai.platform.web.ListParameters;
import org.gongkai.publication.Genre;
import org.gongkai.publication.PublicationDraft;
import org.gongkai.publication.Validity;

/**
 * A village posting as typed: every field as text, so a value that cannot be read is kept
 * and shown with its message.
 *
 * @param columnId the village column
 * @param period the period it covers ({@code 2026-11}, {@code 2026-Q4}), for a periodic
 * column
 * @param title the title
 * @param body paragraphs, and tables as lines of cells between tabs or {@code |}
 * @param madeOn the date it was made (成文日期)
 */
record PostingForm(String columnId, String period, String title, String body, String madeOn) {

	static PostingForm empty(Long columnId, String period, LocalDate today) {
		return new PostingForm((columnId != null) ? columnId.toString() : "", (period != null) ? period : "", "", "",
				today.toString());
	}

	/** The publication draft: a notice, in force, without summary or number. */
	PublicationDraft draft() {
		return new PublicationDraft(ListParameters.id(this.columnId), this.title, null, this.body, null,
				ListParameters.date(this.madeOn), Genre.NOTICE, Validity.VALID);
	}

}
