package org.gongkai.mailbox;

/**
 * A letter that did not come through the website, as staff typed it into the register
 * form (every value as text, so a re-rendered form keeps what was typed).
 *
 * @param channel a {@link LetterChannel} code or name, not the website
 * @param accountId for {@link LetterChannel#NEW_MEDIA}: the id of the agency's new-media
 * account (see {@link ChannelAccounts}) the message was sent to
 * @param receivedOn the day it was received, {@code yyyy-MM-dd}: not in the future, not
 * more than a year back
 * @param mailboxId the mailbox it belongs to, blank for the agency's general mailbox
 * @param type a {@link LetterType} name
 * @param subject the subject, at most 100 characters
 * @param body what the writer said, at most 3000 characters
 * @param name the writer's name, optional
 * @param phone contact telephone, optional
 * @param email contact e-mail, optional
 */
public record RegisteredLetterForm(String channel, String accountId, String receivedOn, String mailboxId, String type,
		String subject, String body, String name, String phone, String email) {

	/**
	 * An empty form for a channel (a telephone message by default), received on
	 * {@code today} unless staff change it.
	 */
	public static RegisteredLetterForm empty(String channel, String accountId, java.time.LocalDate today) {
		return new RegisteredLetterForm((channel != null) ? channel : LetterChannel.PHONE.code(), accountId,
				today.toString(), "", LetterType.CONSULTATION.name(), "", "", "", "", "");
	}

}
