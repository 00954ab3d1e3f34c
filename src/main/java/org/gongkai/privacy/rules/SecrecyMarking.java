package org.gongkai.privacy.rules;

/**
 * A secrecy marking (GB/T 9704-2012 7.2.2, 密级和保密期限): the level 秘密, 机密 or 绝密, a star
 * ({@code ★}, {@code ☆}, {@code *}, {@code ＊}) and an optional term ({@code 5年},
 * {@code 6个月}, {@code 长期}, {@code 启用前}). The words alone (国家秘密, 商业秘密) are ordinary prose.
 * Plain Java.
 */
final class SecrecyMarking {

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

	private static boolean isLevel(char c) {
		return c == '秘' || c == '机' || c == '绝';
	}

	private static boolean isAnyDigit(char c) {
		return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
	}

}
