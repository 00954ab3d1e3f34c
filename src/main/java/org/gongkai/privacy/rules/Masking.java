package org.gongkai.privacy.rules;

import java.util.List;

import org.gongkai.privacy.Finding;

/**
 * How each kind of finding is published in place of what was found (docs/legal-rules.md,
 * Personal data, the column masked as): enough is kept for a reader to tell two people
 * apart, never enough to use the number. Plain Java.
 */
public final class Masking {

	/** What a secrecy marking becomes. */
	static final String SECRECY_MARK = "[密级标志]";

	private Masking() {
	}

	/**
	 * The text with every finding replaced by its masked form, the rest unchanged; the
	 * same {@code text} when there are no findings.
	 * @param text the scanned text, not null
	 * @param findings its findings, sorted by start and not overlapping
	 */
	public static String apply(String text, List<Finding> findings) {
		if (findings.isEmpty()) {
			return text;
		}
		StringBuilder masked = new StringBuilder(text.length());
		int done = 0;
		for (Finding finding : findings) {
			masked.append(text, done, finding.start()).append(finding.masked());
			done = finding.end();
		}
		return masked.append(text, done, text.length()).toString();
	}

	/**
	 * Mobile numbers: {@code 138****5678}, first 3 and last 4 digits, separators dropped.
	 */
	static String mobile(String text, int from, int to) {
		String digits = digitsIn(text, from, to);
		return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
	}

	/** ID numbers: the first 2 and last 3 characters, {@code 35*************123}. */
	static String idNumber(String text, int from, int to) {
		return text.substring(from, from + 2) + "*".repeat(to - from - 5) + text.substring(to - 3, to);
	}

	/** Bank cards: the first 4 and last 4 digits, separators dropped. */
	static String bankCard(String text, int from, int to) {
		String digits = digitsIn(text, from, to);
		return digits.substring(0, 4) + "*".repeat(digits.length() - 8) + digits.substring(digits.length() - 4);
	}

	/**
	 * E-mail addresses: the first character of the local part, then the domain,
	 * {@code z***@example.com}.
	 * @param start the first char of the local part
	 * @param at the {@code @}
	 * @param end just after the domain
	 */
	static String email(String text, int start, int at, int end) {
		return text.charAt(start) + "***@" + text.substring(at + 1, end);
	}

	private static String digitsIn(String text, int from, int to) {
		StringBuilder digits = new StringBuilder(to - from);
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
		}
		return digits.toString();
	}

}
