package org.gongkai.mailbox.moderation;

import org.gongkai.mailbox.MailboxProperties;
import org.gongkai.mailbox.rules.FlaggedWords;
import org.gongkai.privacy.PrivacyScanner;

import org.springframework.stereotype.Component;

/**
 * What the portal may show of a writer's text (docs/legal-rules.md, Interaction):
 * personal data masked by the privacy scanner (Personal Information Protection Law arts.
 * 25, 34), and the configured word list that flags abusive letters and comments for a
 * moderator.
 */
@Component
public class Moderation {

	private final PrivacyScanner scanner;

	private final FlaggedWords words;

	public Moderation(PrivacyScanner scanner, MailboxProperties properties) {
		this.scanner = scanner;
		this.words = new FlaggedWords(properties.flaggedWords());
	}

	/** Whether the text holds a word of the list (case-insensitive). */
	public boolean flags(String... texts) {
		return this.words.flags(texts);
	}

	/** The text as the public may read it: every finding of the scanner masked. */
	public String forPublic(String text) {
		return (text != null) ? this.scanner.maskAll(text) : null;
	}

}
