package org.gongkai.publication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.gongkai.privacy.Finding;
import org.gongkai.privacy.PrivacyScanner;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The body of a publication as stored: sanitised HTML (paragraphs, line breaks, headings
 * h2 to h4, bold, italic, underline, lists, simple tables, and links to http, https and
 * mailto with {@code rel=nofollow noopener}; nothing else survives: no script, style,
 * event handler, image, frame or other URL scheme). Bodies stored before rich text came
 * are plain text and still render as before: one escaped paragraph per block between
 * blank lines.
 *
 * <p>
 * The privacy scanner reads the text a reader sees (tags left out, character references
 * decoded, link targets included), so an ID number split by a tag or a mail address
 * written as {@code &#64;} is still found; its findings are mapped back to positions in
 * the stored HTML, and masking replaces those characters there, keeping any tags inside.
 */
final class BodyHtml {

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "h2", "h3", "h4", "strong", "em", "u", "ul", "ol", "li", "table", "thead", "tbody",
				"tr", "th", "td", "a")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.requireRelsOnLinks("nofollow", "noopener")
		.allowAttributes("colspan", "rowspan")
		.matching(Pattern.compile("[1-9][0-9]?"))
		.onElements("td", "th")
		.toFactory();

	static final Pattern TAG = Pattern.compile("<(?:/?[a-zA-Z]|!)");

	/** Tags after which the reader sees a break: text on either side does not run on. */
	private static final Set<String> BLOCKS = Set.of("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "table", "thead",
			"tbody", "tr", "th", "td");

	private static final Pattern HREF = Pattern.compile("\\shref=\"([^\"]*)\"");

	private BodyHtml() {
	}

	/**
	 * What a clerk typed, as it is stored: text without tags becomes paragraphs (a blank
	 * line starts a new one, a single line break stays one), escaped; text with tags is
	 * sanitised.
	 */
	static String fromInput(String input) {
		String text = input.replace("\r\n", "\n").replace('\r', '\n').strip();
		if (!TAG.matcher(text).find()) {
			StringBuilder html = new StringBuilder();
			for (String paragraph : text.split("\\n\\s*\\n")) {
				String p = paragraph.strip();
				if (!p.isEmpty()) {
					html.append("<p>").append(escape(p).replace("\n", "<br>")).append("</p>");
				}
			}
			text = html.toString();
		}
		return sanitise(text);
	}

	/** HTML with everything outside the allowed set removed. */
	static String sanitise(String html) {
		return POLICY.sanitize(html);
	}

	/** A plain-text body (stored before rich text) as the HTML it has always shown as. */
	static String fromPlainText(String text) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : paragraphs(text)) {
			html.append("<p>").append(escape(paragraph)).append("</p>");
		}
		return html.toString();
	}

	static List<String> paragraphs(String text) {
		return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter((p) -> !p.isEmpty()).toList();
	}

	/** The text a reader sees of stored HTML, blocks on lines of their own. */
	static String visibleText(String html) {
		return new Projection(html, false).text.toString().strip();
	}

	/** Whether the stored HTML shows any text at all. */
	static boolean blank(String html) {
		return visibleText(html).isBlank();
	}

	/** The scanner's findings in the visible text, as positions in the stored HTML. */
	static List<Finding> scan(PrivacyScanner scanner, String html) {
		Projection projection = new Projection(html, true);
		List<Finding> out = new ArrayList<>();
		for (Finding f : scanner.scan(projection.text.toString())) {
			int start = projection.from.get(f.start());
			int end = projection.to.get(f.end() - 1);
			out.add(new Finding(f.type(), start, end, f.masked()));
		}
		return out;
	}

	/**
	 * What replaces {@code [start, end)} of the stored HTML when a finding there is
	 * masked: the masked text, escaped, followed by the tags that were inside, so the
	 * markup stays balanced.
	 */
	static String replacement(String html, int start, int end, String masked) {
		StringBuilder out = new StringBuilder(escape(masked));
		int i = start;
		while (i < end) {
			if (html.charAt(i) == '<') {
				int close = html.indexOf('>', i);
				out.append(html, i, close + 1);
				i = close + 1;
			}
			else {
				i++;
			}
		}
		return out.toString();
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&#34;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * The visible text of sanitised HTML with, for each of its chars, the range of the
	 * stored HTML it comes from. Relies on the sanitiser's output: tags closed by the
	 * first {@code >}, attribute values in double quotes with {@code <}, {@code >} and
	 * quotes escaped.
	 */
	private static final class Projection {

		final StringBuilder text = new StringBuilder();

		final IntList from = new IntList();

		final IntList to = new IntList();

		private final boolean links;

		Projection(String html, boolean links) {
			this.links = links;
			int i = 0;
			int n = html.length();
			while (i < n) {
				char c = html.charAt(i);
				if (c == '<') {
					int close = html.indexOf('>', i);
					if (close < 0) {
						close = n - 1;
					}
					tag(html, i, close + 1);
					i = close + 1;
				}
				else if (c == '&') {
					i = reference(html, i, n, i);
				}
				else {
					add(c, i, i + 1);
					i++;
				}
			}
		}

		private void tag(String html, int start, int end) {
			String tag = html.substring(start, end);
			String name = tag.replaceAll("^</?\\s*([a-zA-Z0-9]*).*$", "$1").toLowerCase(java.util.Locale.ROOT);
			if (BLOCKS.contains(name)) {
				add('\n', start, start);
			}
			var href = HREF.matcher(tag);
			if (this.links && href.find()) {
				// a link's target is published too: scan it, between breaks
				int valueStart = start + href.start(1);
				int valueEnd = start + href.end(1);
				add('\n', valueStart, valueStart);
				int i = valueStart;
				while (i < valueEnd) {
					if (html.charAt(i) == '&') {
						i = reference(html, i, valueEnd, i);
					}
					else {
						add(html.charAt(i), i, i + 1);
						i++;
					}
				}
				add('\n', valueEnd, valueEnd);
			}
		}

		/** Decodes the character reference at {@code i}; returns the index after it. */
		private int reference(String html, int i, int limit, int at) {
			int semicolon = html.indexOf(';', i);
			if (semicolon < 0 || semicolon >= limit || semicolon - i > 10) {
				add('&', at, at + 1);
				return i + 1;
			}
			String name = html.substring(i + 1, semicolon);
			String decoded = switch (name) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				case "nbsp" -> "\u00a0";
				default -> numeric(name);
			};
			if (decoded == null) {
				add('&', at, at + 1);
				return i + 1;
			}
			for (int k = 0; k < decoded.length(); k++) {
				add(decoded.charAt(k), i, semicolon + 1);
			}
			return semicolon + 1;
		}

		private static String numeric(String name) {
			try {
				if (name.startsWith("#x") || name.startsWith("#X")) {
					return Character.toString(Integer.parseInt(name.substring(2), 16));
				}
				if (name.startsWith("#")) {
					return Character.toString(Integer.parseInt(name.substring(1)));
				}
			}
			catch (IllegalArgumentException ex) {
				// not a reference: the ampersand stands for itself
			}
			return null;
		}

		private void add(char c, int start, int end) {
			this.text.append(c);
			this.from.add(start);
			this.to.add(end);
		}

	}

	private static final class IntList {

		private int[] values = new int[256];

		private int size;

		void add(int value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		int get(int index) {
			return this.values[index];
		}

	}

}
