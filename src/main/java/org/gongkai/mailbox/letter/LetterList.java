package org.gongkai.mailbox.letter;

import java.util.Arrays;
import java.util.Locale;

/** The back office's lists of letters; overdue and due soon are read as of today. */
public enum LetterList {

	OPEN, MINE, DUE_SOON, OVERDUE, OVER_THREE_MONTHS, FLAGGED, REPLIED, ALL;

	/** The URL form, e.g. {@code due-soon}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The list of a slug; anything unknown is {@link #OPEN}. */
	public static LetterList of(String slug) {
		return Arrays.stream(values()).filter((v) -> v.slug().equals(slug)).findFirst().orElse(OPEN);
	}

}
