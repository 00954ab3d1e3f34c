package org.gongkai.request.rules;

import java.util.regex.Pattern;

/**
 * Punctuation where a letter's template meets what the applicant wrote (GB/T 15834,
 * docs/legal-rules.md, Letters): the template ends the sentence after 「{{request}}」 with
 * 。, and an applicant's text that ends with its own full stop, question or exclamation
 * mark would give 「。。」 or 「？。」. The mark the applicant wrote stays and the template's
 * full stop goes; a full stop right before a comma, semicolon, colon or enumeration comma
 * goes too (「文件。，」 reads 「文件，」).
 */
public final class LetterPunctuation {

	/** A sentence-ending mark, then (after spaces) a full stop that repeats it. */
	private static final Pattern DOUBLED_END = Pattern.compile("([。．.！!？?])[ \\t\\u3000]*[。．](?![。．.])");

	/** A full stop before a pause mark. */
	private static final Pattern STOP_BEFORE_PAUSE = Pattern.compile("[。．][ \\t\\u3000]*([，,；;：:、])");

	private LetterPunctuation() {
	}

	/**
	 * The text with no doubled sentence end: 「。。」 becomes 「。」, 「？。」 becomes 「？」, 「。，」
	 * becomes 「，」. An ellipsis (……, ...) and other text stay as they are.
	 * @param text a merged paragraph, {@code null} gives {@code null}
	 */
	public static String tidy(String text) {
		if (text == null) {
			return null;
		}
		String once = text;
		String before;
		do {
			before = once;
			once = DOUBLED_END.matcher(once).replaceAll("$1");
		}
		while (!once.equals(before));
		return STOP_BEFORE_PAUSE.matcher(once).replaceAll("$1");
	}

}
