package org.gongkai.platform;

import java.util.regex.Pattern;

/**
 * Free text as the platform stores it: control characters other than line breaks and tabs
 * removed (NUL above all, which PostgreSQL refuses in text columns and which no user
 * types), Windows line breaks made plain, surrounding blanks stripped.
 */
public final class Text {

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

	private Text() {
	}

	/** The cleaned text, never {@code null} ({@code null} gives the empty string). */
	public static String clean(String value) {
		return (value != null) ? CONTROL.matcher(value.replace("\r\n", "\n")).replaceAll("").strip() : "";
	}

	/**
	 * The text for an XML 1.0 document (XHTML rendered to PDF): control characters other
	 * than line breaks and tabs, lone surrogates and U+FFFE/U+FFFF removed, then
	 * {@code < > & " '} escaped; never {@code null}.
	 */
	public static String xml(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(value.length() + 16);
		value.codePoints().forEach((c) -> {
			if ((Character.isISOControl(c) && c != '\n' && c != '\t') || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE
					|| c == 0xFFFF) {
				return;
			}
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

}
