package org.gongkai.privacy.rules;

/**
 * The shape of an e-mail address as the scanner reads it around its {@code @}: a local
 * part of at most 64 chars (RFC 5321 4.5.3.1.1) of letters, digits and {@code ._%+-},
 * starting with a letter or digit; a domain of at most 253 chars, labels of at most 63
 * letters, digits and inner hyphens joined by dots, ending in a top-level domain of at
 * least two letters. Addresses on government domains ({@code .gov.cn}) are an office's
 * contact, published on purpose, and not personal data. Plain Java.
 */
final class EmailAddress {

	static final int MAX_LOCAL_PART = 64;

	static final int MAX_DOMAIN = 253;

	static final int MAX_LABEL = 63;

	private EmailAddress() {
	}

	/**
	 * Where the local part before the {@code @} at {@code at} starts, or -1 if there is
	 * none or it is too long.
	 */
	static int localPartStart(String text, int at) {
		int start = at;
		while (start > 0 && at - start <= MAX_LOCAL_PART && isLocalPartChar(text.charAt(start - 1))) {
			start--;
		}
		if (at - start > MAX_LOCAL_PART) {
			return -1;
		}
		while (start < at && !TextScan.isLetterOrDigit(text.charAt(start))) {
			start++;
		}
		return (start == at) ? -1 : start;
	}

	/**
	 * Where the domain after the {@code @} at {@code at} ends, or -1 if what follows is
	 * not a domain. A full stop or hyphen after the address belongs to the sentence.
	 */
	static int domainEnd(String text, int at) {
		int end = at + 1;
		while (end < text.length() && isDomainChar(text.charAt(end))) {
			if (end - at > MAX_DOMAIN) {
				return -1;
			}
			end++;
		}
		while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
			end--;
		}
		return isDomain(text, at + 1, end) ? end : -1;
	}

	/**
	 * Labels of letters, digits and inner hyphens joined by dots, ending in a TLD of
	 * letters.
	 */
	private static boolean isDomain(String text, int from, int to) {
		int labels = 0;
		int labelStart = from;
		for (int i = from; i <= to; i++) {
			if (i < to && text.charAt(i) != '.') {
				continue;
			}
			int labelLength = i - labelStart;
			if (labelLength == 0 || labelLength > MAX_LABEL || text.charAt(labelStart) == '-'
					|| text.charAt(i - 1) == '-') {
				return false;
			}
			labels++;
			labelStart = i + 1;
		}
		if (labels < 2) {
			return false;
		}
		int tld = to;
		while (tld > from && TextScan.isLetter(text.charAt(tld - 1))) {
			tld--;
		}
		return to - tld >= 2 && text.charAt(tld - 1) == '.';
	}

	/**
	 * Whether the domain between {@code from} and {@code to} (exclusive) is
	 * {@code gov.cn} or ends in {@code .gov.cn}.
	 */
	static boolean isGovernmentDomain(String text, int from, int to) {
		return (to - from == 6 && text.regionMatches(true, from, "gov.cn", 0, 6))
				|| (to - from > 7 && text.regionMatches(true, to - 7, ".gov.cn", 0, 7));
	}

	private static boolean isLocalPartChar(char c) {
		return TextScan.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
	}

	private static boolean isDomainChar(char c) {
		return TextScan.isLetterOrDigit(c) || c == '.' || c == '-';
	}

}
