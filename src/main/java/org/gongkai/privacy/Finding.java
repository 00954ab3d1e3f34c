package org.gongkai.privacy;

import java.util.Objects;

/**
 * One piece of personal data or one secrecy marking found in a text.
 *
 * @param type what was found
 * @param start index of the first char of the match in the scanned {@link String} (UTF-16
 * index, as {@link String#substring(int, int)} counts)
 * @param end index just after the last char of the match (exclusive), greater than
 * {@code start}
 * @param masked the text to publish in place of the match (never null)
 */
public record Finding(FindingType type, int start, int end, String masked) {

	public Finding {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(masked, "masked");
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("Bad range [" + start + ", " + end + ")");
		}
	}

}
