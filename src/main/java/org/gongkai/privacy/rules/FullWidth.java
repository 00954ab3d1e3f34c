package org.gongkai.privacy.rules;

/**
 * The NFKC folding of the forms people type numbers in on Chinese keyboards: the
 * full-width block U+FF01–U+FF5E ({@code １３９}, {@code Ｘ}, {@code －}, {@code ＠}) becomes
 * ASCII, the ideographic space U+3000 a space, and the hyphens U+2010/U+2011 an ASCII
 * hyphen. Each of these is one char for one char, so a position in the folded text is the
 * same position in the original and findings need no offset map; the rest of NFKC (which
 * may change lengths: {@code ㎡}, {@code ①}) does not make digits anyone types in a
 * number, and is left out. Plain Java.
 */
final class FullWidth {

	private static final char FIRST_WIDE = '\uFF01';

	private static final char LAST_WIDE = '\uFF5E';

	/** Full-width form of a char minus the char. */
	private static final int WIDE_OFFSET = 0xFEE0;

	/** What a masked full-width (or CJK) char becomes. */
	static final char WIDE_MASK = '＊';

	private FullWidth() {
	}

	/** The char {@code c} folded; most chars are returned as they are. */
	static char fold(char c) {
		if (c < '\u2010') {
			return c;
		}
		if (c >= FIRST_WIDE && c <= LAST_WIDE) {
			return (char) (c - WIDE_OFFSET);
		}
		if (c == '\u3000') {
			return ' ';
		}
		return (c == '\u2010' || c == '\u2011') ? '-' : c;
	}

	/**
	 * The {@code text} with every char {@linkplain #fold(char) folded}, of the same
	 * length; the same instance when nothing changes.
	 */
	static String fold(String text) {
		int length = text.length();
		int i = 0;
		while (i < length && fold(text.charAt(i)) == text.charAt(i)) {
			i++;
		}
		if (i == length) {
			return text;
		}
		char[] folded = text.toCharArray();
		for (; i < length; i++) {
			folded[i] = fold(folded[i]);
		}
		return new String(folded);
	}

	/** Whether {@code c} is in the full-width block (it takes two columns on screen). */
	static boolean isWide(char c) {
		return c >= FIRST_WIDE && c <= LAST_WIDE;
	}

	/**
	 * The mask char for {@code c}: {@code ＊} for a wide or CJK char, {@code *} otherwise.
	 */
	static char maskFor(char c) {
		return (isWide(c) || c >= '\u3000') ? WIDE_MASK : '*';
	}

}
