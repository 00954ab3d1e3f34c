package org.gongkai.mailbox.moderation;

import java.util.Collections;
import java.util.List;

import org.gongkai.mailbox.MailboxProperties;
import org.gongkai.mailbox.rules.FlaggedWords;
import org.gongkai.privacy.Finding;
import org.gongkai.privacy.PrivacyScanner;

import org.springframework.stereotype.Component;

/**
 * What the portal may show of a writer's text (docs/legal-rules.md, Interaction):
 * personal data masked by the privacy scanner (Personal Information Protection Law arts.
 * 25, 34), names in letters and replies too, and the configured word list that flags
 * abusive letters and comments for a moderator.
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

	/**
	 * A letter's or reply's text as the public may read it: every finding of the scanner
	 * masked, and names too, the writer's own and those before 同志, 先生 or 女士.
	 * @param text the text, null gives null
	 * @param writerName the letter's writer, may be null
	 */
	public String forPublic(String text, String writerName) {
		return (text != null) ? this.scanner.maskAll(text, Collections.singletonList(writerName)) : null;
	}

	/**
	 * A letter's subject as the public may read it: as
	 * {@link #forPublic(String, String)}, and probable names of other people masked too
	 * (举报张三, 李四等人).
	 * @param subject the subject, null gives null
	 * @param writerName the letter's writer, may be null
	 */
	public String subjectForPublic(String subject, String writerName) {
		return (subject != null) ? this.scanner.maskShort(subject, Collections.singletonList(writerName)) : null;
	}

	/**
	 * What {@link #subjectForPublic} masks in a subject, for staff to see as a warning.
	 * @param subject the subject, not null
	 * @param writerName the letter's writer, may be null
	 */
	public List<Finding> subjectFindings(String subject, String writerName) {
		return this.scanner.scanShort(subject, Collections.singletonList(writerName));
	}

	/**
	 * What {@link #forPublic(String, String)} masks in a text, found in order: the
	 * writer's name, names before 同志, 先生 or 女士, and other personal data.
	 * @param text the text, not null
	 * @param writerName the letter's writer, may be null
	 */
	public List<Finding> findings(String text, String writerName) {
		return this.scanner.scan(text, Collections.singletonList(writerName));
	}

}
