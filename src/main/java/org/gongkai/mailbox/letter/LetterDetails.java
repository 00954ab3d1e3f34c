package org.gongkai.mailbox.letter;

import java.util.List;
import org.gongkai.mailbox.ReplyMode;
import org.gongkai.mailbox.ReplyVisibility;

/**
 * A letter with everything the writer gave, for staff who may see it.
 *
 * @param publicBody the body as the portal would show it (masked, names too)
 * @param publicReply the reply as the portal shows it if public (masked, names too),
 * {@code null} before the reply
 * @param mayAct whether the signed-in user is a clerk of the agency holding it
 * @param clerks the clerks it may be assigned to (empty unless {@code mayAct})
 * @param channelAccount the new-media account a message came to, or {@code null}
 * @param registeredBy the clerk who registered a letter from another channel than the
 * website, or {@code null}
 * @param replyMode how the reply reached the writer, {@code null} before the reply
 */
public record LetterDetails(LetterSummary summary, String mailboxName, String body, String publicBody,
		String writerName, String phone, String email, boolean publicConsent, boolean questionWithheld, int periodDays,
		int extensionDays, String extensionReason, String replyText, String publicReply,
		ReplyVisibility replyVisibility, String repliedBy, Rating rating, String requestTrackingNo,
		String fromRequestNo, List<LetterStepView> steps, boolean mayAct, List<String> clerks, String publicSubject,
		List<String> subjectNames, String channelAccount, String registeredBy, ReplyMode replyMode) {

	public LetterDetails {
		steps = List.copyOf(steps);
		clerks = List.copyOf(clerks);
		subjectNames = List.copyOf(subjectNames);
	}

}
