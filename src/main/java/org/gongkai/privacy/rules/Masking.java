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
	static String mobile(String original, int from, int to) {
		return keepEnds(original, from, to, 3, 4);
	}

	/** ID numbers: the first 2 and last 3 characters, {@code 35*************123}. */
	static String idNumber(String original, int from, int to) {
		return keepEnds(original, from, to, 2, 3);
	}

	/** Bank cards: the first 4 and last 4 digits, separators dropped. */
	static String bankCard(String original, int from, int to) {
		return keepEnds(original, from, to, 4, 4);
	}

	/**
	 * E-mail addresses: the first character of the local part, then the domain,
	 * {@code z***@example.com}.
	 * @param start the first char of the local part
	 * @param at the {@code @}
	 * @param end just after the domain
	 */
	static String email(String original, int start, int at, int end) {
		return original.charAt(start) + "***@" + original.substring(at + 1, end);
	}

	/**
	 * Home addresses: every digit or Chinese numeral of the house number masked char for
	 * char, the units kept: {@code 3栋2单元501室} becomes {@code *栋*单元***室}.
	 */
	static String address(String original, int from, int to) {
		StringBuilder masked = new StringBuilder(to - from);
		for (int i = from; i < to; i++) {
			char c = original.charAt(i);
			masked.append(HomeAddress.isNumeral(FullWidth.fold(c)) ? FullWidth.maskFor(c) : c);
		}
		return masked.toString();
	}

	/** Names: the surname kept, the rest {@code *}; a lone surname becomes {@code *}. */
	static String name(String original, int from, int to) {
		return (to - from == 1) ? "*" : original.charAt(from) + "*".repeat(to - from - 1);
	}

	/**
	 * The letters and digits from {@code from} to {@code to}, separators dropped: the
	 * first {@code head} and the last {@code tail} as typed, the others masked one for
	 * one, a full-width one with {@code ＊} so the mask keeps the original's width.
	 */
	private static String keepEnds(String original, int from, int to, int head, int tail) {
		int count = 0;
		for (int i = from; i < to; i++) {
			if (TextScan.isLetterOrDigit(FullWidth.fold(original.charAt(i)))) {
				count++;
			}
		}
		StringBuilder masked = new StringBuilder(count);
		int n = 0;
		for (int i = from; i < to; i++) {
			char c = original.charAt(i);
			if (TextScan.isLetterOrDigit(FullWidth.fold(c))) {
				masked.append((n < head || n >= count - tail) ? c : FullWidth.maskFor(c));
				n++;
			}
		}
		return masked.toString();
	}

}
