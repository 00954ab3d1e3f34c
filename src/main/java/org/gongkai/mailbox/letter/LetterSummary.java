package org.gongkai.mailbox.letter;

import java.time.LocalDate;
import org.gongkai.mailbox.LetterChannel;
import org.gongkai.mailbox.LetterType;

/**
 * A letter as the back office lists it.
 *
 * @param agencyId the agency holding it now
 * @param due the reply deadline (a day in the platform's time zone)
 * @param provisional whether the deadline crosses a year without a holiday notice
 * @param overdue whether it is open past its deadline, or was answered after it
 * @param overThreeMonths whether it is open more than three months after receipt (a
 * single-veto item of the website checks, docs/legal-rules.md, Website checks)
 * @param channel how the letter reached the agency
 */
public record LetterSummary(long id, String trackingNo, LetterType type, String subject, long agencyId,
		String agencyName, LetterStatus status, LocalDate receivedOn, LocalDate due, boolean provisional,
		boolean overdue, boolean overThreeMonths, boolean flagged, String assignee, LocalDate repliedOn,
		LetterChannel channel) {

}
