package org.gongkai.mailbox;

/**
 * A letter as typed by the writer (public form and API alike), not yet validated.
 *
 * @param mailboxId the mailbox written to, {@code null} for the agency's general mailbox
 * @param type a {@link LetterType} name
 * @param subject the subject, at most 100 characters
 * @param body the letter, at most 3000 characters, plain text
 * @param name the writer's name, at most 60 characters (never published)
 * @param phone contact telephone (a phone or an e-mail address is required)
 * @param email contact e-mail address
 * @param publicConsent whether the writer agrees that the letter and its reply are
 * published (masked); {@code null} means no
 */
public record LetterForm(Long mailboxId, String type, String subject, String body, String name, String phone,
		String email, Boolean publicConsent) {

}
