package org.gongkai.mailbox;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mailbox settings ({@code gongkai.mailbox.*}).
 *
 * @param consultationReplyDays working days to answer a consultation (policy,
 * docs/legal-rules.md, Interaction; default 15)
 * @param complaintReplyDays working days to answer a complaint
 * @param reportReplyDays working days to answer a report
 * @param suggestionReplyDays working days to answer a suggestion
 * @param maxExtensionDays the most working days one extension may add
 * @param lettersPerMinute letters one client address may send per minute (form and API)
 * @param lookupsPerMinute tracking look-ups (and ratings) per client address and minute,
 * wrong codes included
 * @param commentsPerMinute comments on drafts per client address and minute
 * @param votesPerMinute survey answers per client address and minute
 * @param flaggedWords words that flag a letter or comment for moderation; a flagged
 * letter's question stays off the portal until staff release it
 * @param lookupsPerNumberPerHour tracking look-ups (and ratings) of one tracking number
 * per hour, from all addresses together, wrong codes included (guessing one letter's
 * query code from many addresses)
 */
@ConfigurationProperties("gongkai.mailbox")
public record MailboxProperties(@DefaultValue("15") int consultationReplyDays,
		@DefaultValue("15") int complaintReplyDays, @DefaultValue("15") int reportReplyDays,
		@DefaultValue("15") int suggestionReplyDays, @DefaultValue("15") int maxExtensionDays,
		@DefaultValue("5") int lettersPerMinute, @DefaultValue("10") int lookupsPerMinute,
		@DefaultValue("5") int commentsPerMinute, @DefaultValue("10") int votesPerMinute, @DefaultValue( {
				"傻逼", "他妈的", "王八蛋", "狗官", "去死", "混蛋", "贱人" }) List<String> flaggedWords,
		@DefaultValue("20") int lookupsPerNumberPerHour){

	/** The reply period of a type in working days. */
	public int replyDays(LetterType type) {
		return switch (type) {
			case CONSULTATION -> this.consultationReplyDays;
			case COMPLAINT -> this.complaintReplyDays;
			case REPORT -> this.reportReplyDays;
			case SUGGESTION -> this.suggestionReplyDays;
		};
	}

}
