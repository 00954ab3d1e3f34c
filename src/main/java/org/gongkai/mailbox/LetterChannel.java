package org.gongkai.mailbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a letter reached the agency (docs/legal-rules.md, Interaction). Whatever the
 * channel, a letter gets a tracking number and the same reply deadline from its day of
 * receipt, replies and statistics: only {@link #WEBSITE} letters are written by the
 * public on the site; staff register the others with the day they were received.
 */
public enum LetterChannel {

	/** 网站: written on the mailbox page or through the API. */
	WEBSITE,

	/** 监督电话: taken on the supervision telephone. */
	PHONE,

	/** 意见箱: found in the suggestion box. */
	SUGGESTION_BOX,

	/** 意见簿: written in the comment book. */
	COMMENT_BOOK,

	/** 来访: brought in person. */
	VISIT,

	/** 政务新媒体: a message to one of the agency's new-media accounts. */
	NEW_MEDIA;

	/**
	 * The code in URLs and figure keys ({@code suggestion-box}).
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Whether staff register letters of this channel (every channel but the website). */
	public boolean registeredByStaff() {
		return this != WEBSITE;
	}

	/** The channel of a code or a name, ignoring case; empty for anything else. */
	public static Optional<LetterChannel> of(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		return Arrays.stream(values()).filter((c) -> c.name().equals(wanted)).findFirst();
	}

}
