package org.gongkai.mailbox.letter;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.mailbox.LetterType;
import org.gongkai.mailbox.ReplyVisibility;

/**
 * What the holder of a tracking number and its query code sees: the status, the agency
 * now handling the letter and the forwards that brought it there, the deadline, and the
 * reply, public or private.
 *
 * @param requestTrackingNo the request case the letter became, or {@code null}
 * @param ratable whether the writer may still rate the reply
 */
public record LetterTracking(String trackingNo, LetterType type, String subject, LetterStatus status, String agencyName,
		LocalDate receivedOn, LocalDate due, boolean provisional, List<LetterStepView> steps, String replyText,
		ReplyVisibility visibility, LocalDate repliedOn, Rating rating, String requestTrackingNo, boolean ratable) {

	public LetterTracking {
		steps = List.copyOf(steps);
	}

}
