package org.gongkai.mailbox.rules;

import java.util.regex.Pattern;

import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;

/**
 * What the public writes (letters, comments) and staff enter (titles, questions, answers)
 * is plain text (docs/legal-rules.md, Interaction): control characters other than line
 * breaks and tabs, and anything that looks like an HTML or XML tag, are refused, not
 * silently dropped; Windows line breaks become {@code \n} and surrounding spaces go. Each
 * violation names its field in the message key ({@code mailbox.<field>.<problem>}).
 */
public final class PlainText {

	private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!?]");

	private PlainText() {
	}

	/**
	 * Required text of at most {@code max} characters.
	 * @throws RuleViolationException {@code mailbox.<field>.invalid} (argument: the most
	 * characters) when empty or too long, {@code .control} or {@code .markup}
	 */
	public static String required(String value, String field, int max) {
		String cleaned = plain(value, field);
		if (cleaned.isEmpty() || cleaned.length() > max) {
			throw new RuleViolationException("mailbox." + field + ".invalid", "Bad " + field, max);
		}
		return cleaned;
	}

	/**
	 * Optional text: {@code null} when missing or blank, else as {@link #required}.
	 */
	public static String optional(String value, String field, int max) {
		if (value == null || Text.clean(value).isEmpty()) {
			return null;
		}
		return required(value, field, max);
	}

	/**
	 * The text stripped, empty when missing.
	 * @throws RuleViolationException {@code mailbox.<field>.control} or
	 * {@code mailbox.<field>.markup}
	 */
	public static String plain(String value, String field) {
		String raw = (value != null) ? value.replace("\r\n", "\n") : "";
		if (!Text.clean(raw).equals(raw.strip())) {
			throw new RuleViolationException("mailbox." + field + ".control", "Control characters in " + field);
		}
		if (hasMarkup(raw)) {
			throw new RuleViolationException("mailbox." + field + ".markup", "Markup in " + field);
		}
		return raw.strip();
	}

	/** Whether the text holds something that looks like an HTML or XML tag. */
	public static boolean hasMarkup(String text) {
		return text != null && MARKUP.matcher(text).find();
	}

}
