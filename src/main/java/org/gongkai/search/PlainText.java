package org.gongkai.search;

import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The text of a body that may be HTML: scripts, styles and comments go whole, other tags
 * become spaces (so words in adjacent blocks stay apart), entities are decoded. Plain
 * text without tags passes unchanged, apart from entities.
 */
final class PlainText {

	private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->");

	private static final Pattern TAG = Pattern.compile("(?s)</?[a-zA-Z][^<>]*>");

	private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f]+");

	private PlainText() {
	}

	static String of(String text, int max) {
		if (text == null) {
			return null;
		}
		String out = HIDDEN.matcher(text).replaceAll(" ");
		out = TAG.matcher(out).replaceAll(" ");
		out = HtmlUtils.htmlUnescape(out);
		out = SPACES.matcher(out).replaceAll(" ").strip();
		return (out.length() > max) ? out.substring(0, max) : out;
	}

}
