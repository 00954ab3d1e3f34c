package org.gongkai.request.letters;

import java.util.List;

/**
 * A letter laid out as an official document (GB/T 9704): title, document number line,
 * addressee, body paragraphs, issuing agency and date above the seal area. All text is
 * plain; the renderers escape it.
 *
 * @param addressee the addressee line with its colon, or a blank line to fill in by hand
 */
public record LetterContent(String title, String documentNo, String addressee, List<String> paragraphs, String agency,
		String date, String seal) {

	public LetterContent {
		paragraphs = List.copyOf(paragraphs);
	}

	/**
	 * Removes what neither XML 1.0 nor a font can hold: control characters other than tab
	 * and newline, unpaired surrogates, U+FFFE and U+FFFF.
	 */
	public static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			boolean control = Character.isISOControl(c) && c != '\n' && c != '\t';
			boolean surrogate = c >= 0xD800 && c <= 0xDFFF;
			if (!control && !surrogate && c != 0xFFFE && c != 0xFFFF) {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

}
