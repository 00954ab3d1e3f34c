package org.gongkai.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Highlighting of search hits: every occurrence of the query's words (as the index
 * segments them) is wrapped in {@code <em>} in text that is otherwise HTML-escaped. The
 * words are found by plain comparison instead of re-running the Chinese analyser over
 * every hit's text, which costs milliseconds per page of text (more than the search
 * itself). Latin letters match regardless of case; a stemmed Latin word marks the part of
 * the text it shares.
 */
final class Snippets {

	static final String MARK = "<em>";

	static final String END_MARK = "</em>";

	/** Characters of context shown before the first match in a snippet. */
	private static final int LEAD = 30;

	private Snippets() {
	}

	/**
	 * The whole text, escaped, with every occurrence of a term marked; {@code null} gives
	 * the empty string.
	 */
	static String mark(String text, List<String> terms) {
		if (text == null) {
			return "";
		}
		List<String> longestFirst = usable(terms);
		StringBuilder out = new StringBuilder(text.length() + 16);
		int plainFrom = 0;
		int i = 0;
		while (i < text.length()) {
			String term = termAt(text, i, longestFirst);
			if (term == null) {
				i++;
				continue;
			}
			out.append(escape(text.substring(plainFrom, i)))
				.append(MARK)
				.append(escape(text.substring(i, i + term.length())))
				.append(END_MARK);
			i += term.length();
			plainFrom = i;
		}
		return out.append(escape(text.substring(plainFrom))).toString();
	}

	/**
	 * A window of about {@code length} characters of the text around its first match
	 * (from the start if nothing matches), escaped and marked, with an ellipsis where the
	 * text was cut; {@code null} if the text is empty.
	 */
	static String snippet(String text, List<String> terms, int length) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String flat = text.strip().replaceAll("\\s+", " ");
		int first = firstMatch(flat, usable(terms));
		int start = (first < 0) ? 0 : Math.max(0, first - LEAD);
		int end = Math.min(flat.length(), start + length);
		if (end - start < length) {
			start = Math.max(0, end - length);
		}
		String window = flat.substring(start, end);
		return ((start > 0) ? "…" : "") + mark(window, terms) + ((end < flat.length()) ? "…" : "");
	}

	/** Whether the text contains one of the terms. */
	static boolean matches(String text, List<String> terms) {
		return text != null && firstMatch(text, usable(terms)) >= 0;
	}

	private static int firstMatch(String text, List<String> terms) {
		for (int i = 0; i < text.length(); i++) {
			if (termAt(text, i, terms) != null) {
				return i;
			}
		}
		return -1;
	}

	private static String termAt(String text, int at, List<String> longestFirst) {
		for (String term : longestFirst) {
			if (text.regionMatches(true, at, term, 0, term.length())) {
				return term;
			}
		}
		return null;
	}

	private static List<String> usable(List<String> terms) {
		List<String> out = new ArrayList<>();
		for (String term : terms) {
			String t = term.strip().toLowerCase(Locale.ROOT);
			if (!t.isEmpty() && !out.contains(t)) {
				out.add(t);
			}
		}
		out.sort(Comparator.comparingInt(String::length).reversed());
		return out;
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
