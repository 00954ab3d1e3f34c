package org.gongkai.privacy.rules;

/**
 * A secrecy marking (GB/T 9704-2012 7.2.2, 密级和保密期限): the level 秘密, 机密 or 绝密, a star
 * ({@code ★}, {@code ☆}, {@code *}, {@code ＊}) and an optional term ({@code 5年},
 * {@code 6个月}, {@code 长期}, {@code 启用前}). The words alone (国家秘密, 商业秘密) are ordinary prose,
 * except in a marking position: 内部, 秘密, 机密, 绝密 or 内部资料 standing alone (possibly in
 * brackets, 【内部】) at the start of a line, followed by a blank or the line's end, as a
 * document's header marks it; 「内部管理制度」 and 「保守秘密」 are prose. Plain Java.
 */
final class SecrecyMarking {

	/**
	 * Words that mark a document when they stand alone at a line's start; longer first.
	 */
	private static final String[] BARE_WORDS = { "内部资料", "内部", "秘密", "机密", "绝密" };

	private SecrecyMarking() {
	}

	/** Whether the star at {@code star} ends a level: 秘密, 机密 or 绝密 right before it. */
	static boolean followsLevel(String text, int star) {
		return star >= 2 && text.charAt(star - 1) == '密' && isLevel(text.charAt(star - 2));
	}

	/**
	 * After the star of a marking, at {@code from}: the end of its term ({@code 5年},
	 * {@code 6个月} with up to three digits, ASCII or full-width; {@code 长期}, {@code 启用前}),
	 * or {@code from} if there is none.
	 */
	static int termEnd(String text, int from) {
		int p = from;
		while (p < text.length() && p - from < 3 && isAnyDigit(text.charAt(p))) {
			p++;
		}
		if (p > from) {
			if (text.startsWith("年", p)) {
				return p + 1;
			}
			return text.startsWith("个月", p) ? p + 2 : from;
		}
		if (text.startsWith("长期", from)) {
			return from + 2;
		}
		return text.startsWith("启用前", from) ? from + 3 : from;
	}

	/**
	 * At {@code from}, the first non-blank char of a line (text folded by
	 * {@link FullWidth}): the end of a bare marking word there, its brackets included, or
	 * -1 if there is none.
	 */
	static int bareWordEnd(String text, int from) {
		int length = text.length();
		char close = (from < length) ? closing(text.charAt(from)) : 0;
		int p = (close != 0) ? from + 1 : from;
		int end = -1;
		for (String word : BARE_WORDS) {
			if (text.startsWith(word, p)) {
				end = p + word.length();
				break;
			}
		}
		if (end < 0) {
			return -1;
		}
		if (close != 0) {
			if (end == length || text.charAt(end) != close) {
				return -1;
			}
			end++;
		}
		if (end == length) {
			return end;
		}
		char next = text.charAt(end);
		return (next == ' ' || next == '\t' || next == '\n' || next == '\r') ? end : -1;
	}

	/** The bracket closing {@code open}, or 0 if it opens none. */
	private static char closing(char open) {
		return switch (open) {
			case '【' -> '】';
			case '[' -> ']';
			case '〔' -> '〕';
			case '(' -> ')';
			default -> 0;
		};
	}

	private static boolean isLevel(char c) {
		return c == '秘' || c == '机' || c == '绝';
	}

	private static boolean isAnyDigit(char c) {
		// full-width digits arrive folded to ASCII (FullWidth)
		return c >= '0' && c <= '9';
	}

}
