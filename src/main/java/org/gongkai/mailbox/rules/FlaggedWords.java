package org.gongkai.mailbox.rules;

import java.util.List;
import java.util.Locale;

/**
 * The word list that flags abusive letters and comments for a moderator
 * (docs/legal-rules.md, Interaction; policy, {@code gongkai.mailbox.flagged-words}): a
 * text is flagged when it holds a word of the list, ignoring case; blank entries and
 * surrounding spaces in the list are ignored.
 */
public final class FlaggedWords {

	private final List<String> words;

	/** The list as configured, blank entries included. */
	public FlaggedWords(List<String> words) {
		this.words = words.stream()
			.map(String::strip)
			.filter((w) -> !w.isEmpty())
			.map((w) -> w.toLowerCase(Locale.ROOT))
			.toList();
	}

	/**
	 * Whether any of the texts holds a word of the list; {@code null} texts are skipped.
	 */
	public boolean flags(String... texts) {
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

}
