package org.gongkai.publication.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.gongkai.platform.RuleViolationException;
import org.gongkai.publication.Genre;
import org.gongkai.publication.PublicationDraft;
import org.gongkai.publication.Theme;
import org.gongkai.publication.Validity;

/**
 * A draft as the API receives it: every value as text, so a malformed number, date or
 * code is answered naming its field instead of "unreadable body".
 *
 * @param columnId the id of a catalogue column of the agency (a JSON number or text)
 * @param madeOn the date made, {@code yyyy-MM-dd}
 * @param genre a {@link Genre} name
 * @param validity a {@link Validity} name, or {@code null} for {@code VALID}
 * @param theme a {@link Theme} name, or {@code null} for none
 */
record ApiDraft(String columnId, String title, String summary, String body, String madeOn, String genre,
		String documentNumber, String theme, String validity) {

	/** The field of the body each drafting problem is about, by message key. */
	static final Map<String, String> FIELDS = Map.of("publication.title.invalid", "title",
			"publication.summary.invalid", "summary", "publication.body.invalid", "body",
			"publication.document-number.invalid", "documentNumber", "publication.made-on.invalid", "madeOn",
			"publication.genre.missing", "genre", "publication.validity.missing", "validity",
			"publication.column.invalid", "columnId");

	/**
	 * The draft the module checks, once every value has its type.
	 * @throws InvalidField for a column id that is not a number, a date not in
	 * {@code yyyy-MM-dd}, or a genre, theme or validity that is not one of their names
	 */
	PublicationDraft draft() {
		return new PublicationDraft(column(), this.title, this.summary, this.body, this.documentNumber, date(),
				genreValue(), validityValue(), themeValue());
	}

	private Long column() {
		String text = blankToNull(this.columnId);
		if (text == null) {
			return null;
		}
		if (!text.matches("\\d{1,18}")) {
			throw new InvalidField("columnId",
					new RuleViolationException("publication.column.invalid", "Column id not a number"));
		}
		return Long.valueOf(text);
	}

	private LocalDate date() {
		String text = blankToNull(this.madeOn);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidField("madeOn",
					new RuleViolationException("publication.api.date-format", "Date made not yyyy-MM-dd"));
		}
	}

	private Genre genreValue() {
		String text = blankToNull(this.genre);
		if (text == null) {
			return null;
		}
		try {
			return Genre.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidField("genre", new RuleViolationException("publication.api.genre-unknown", "Unknown genre",
					String.join(", ", names(Genre.values()))));
		}
	}

	private Validity validityValue() {
		String text = blankToNull(this.validity);
		if (text == null) {
			return Validity.VALID;
		}
		try {
			return Validity.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidField("validity", new RuleViolationException("publication.api.validity-unknown",
					"Unknown validity", String.join(", ", names(Validity.values()))));
		}
	}

	private Theme themeValue() {
		String text = blankToNull(this.theme);
		if (text == null) {
			return null;
		}
		try {
			return Theme.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidField("theme", new RuleViolationException("publication.api.theme-unknown", "Unknown theme",
					String.join(", ", names(Theme.values()))));
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String[] names(Enum<?>[] values) {
		String[] names = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			names[i] = values[i].name();
		}
		return names;
	}

}
