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

}
