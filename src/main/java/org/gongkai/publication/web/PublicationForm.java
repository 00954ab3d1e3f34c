package org.gongkai.publication.web;

import java.time.LocalDate;

import org.gongkai.publication.Genre;
import org.gongkai.publication.PublicationDraft;
import org.gongkai.publication.Theme;
import org.gongkai.publication.Validity;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The publication form; the module validates, the controller puts violations on the
 * fields.
 */
record PublicationForm(Long columnId, String title, String summary, String body, String documentNumber,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate madeOn, Genre genre, Validity validity, Theme theme) {

	static PublicationForm empty(LocalDate today) {
		return new PublicationForm(null, "", "", "", "", today, Genre.NOTICE, Validity.VALID, null);
	}

	static PublicationForm of(PublicationDraft draft) {
		return new PublicationForm(draft.columnId(), draft.title(), draft.summary(), draft.body(),
				draft.documentNumber(), draft.madeOn(), draft.genre(), draft.validity(), draft.theme());
	}

	PublicationDraft draft() {
		return new PublicationDraft(this.columnId, this.title, this.summary, this.body, this.documentNumber,
				this.madeOn, this.genre, this.validity, this.theme);
	}

}
