package org.gongkai.mailbox;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.gongkai.privacy.PrivacyScanner;

import org.springframework.stereotype.Component;

/**
 * What the portal may show of a writer's text (docs/legal-rules.md, Interaction):
 * personal data masked by the privacy scanner (Personal Information Protection Law arts.
 * 25, 34), and the configured word list that flags abusive letters and comments for a
 * moderator.
 */
@Component
class Moderation {

	private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!?]");

	private final PrivacyScanner scanner;

	private final List<String> words;

	Moderation(PrivacyScanner scanner, MailboxProperties properties) {
		this.scanner = scanner;
		this.words = properties.flaggedWords()
			.stream()
			.map(String::strip)
			.filter((w) -> !w.isEmpty())
			.map((w) -> w.toLowerCase(Locale.ROOT))
			.toList();
	}

	/** Whether the text holds a word of the list (case-insensitive). */
	boolean flags(String... texts) {
		for (String text : texts) {
			if (text == null) {
				continue;
			}
			String lower = text.toLowerCase(Locale.ROOT);
			for (String word : this.words) {
				if (lower.contains(word)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The text as the public may read it: every finding of the scanner masked. */
	String forPublic(String text) {
		return (text != null) ? this.scanner.maskAll(text) : null;
	}

	/** Whether the text holds something that looks like an HTML or XML tag. */
	static boolean hasMarkup(String text) {
		return text != null && MARKUP.matcher(text).find();
	}

}
