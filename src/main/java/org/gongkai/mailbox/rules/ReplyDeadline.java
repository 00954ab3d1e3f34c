package org.gongkai.mailbox.rules;

import java.time.LocalDate;

/**
 * When a letter's reply is late (docs/legal-rules.md, Interaction). The due date itself
 * is the type's working days after the day of receipt on the working-day calendar
 * (policy, {@code gongkai.mailbox.*-reply-days}); these rules take it as given. All dates
 * are days in the platform's time zone.
 */
public final class ReplyDeadline {

	/**
	 * 国办秘函〔2019〕19号 (website checks): a site leaving a valid message unanswered for more
	 * than three months fails a single-veto item.
	 */
	public static final int UNANSWERED_MONTHS = 3;

	private ReplyDeadline() {
	}

	/**
	 * Whether a letter is late: an open one on a day after its due date, an answered one
	 * answered after it.
	 * @param repliedOn the day of the answer, {@code null} if there is none
	 */
	public static boolean overdue(boolean open, LocalDate due, LocalDate repliedOn, LocalDate today) {
		return open ? today.isAfter(due) : (repliedOn != null && !answeredOnTime(repliedOn, due));
	}

	/** Whether an answer on {@code repliedOn} met the due date (the due date counts). */
	public static boolean answeredOnTime(LocalDate repliedOn, LocalDate due) {
		return !repliedOn.isAfter(due);
	}

	/**
	 * Whether a letter is still open more than {@link #UNANSWERED_MONTHS} months after
	 * its day of receipt.
	 */
	public static boolean unansweredTooLong(boolean open, LocalDate receivedOn, LocalDate today) {
		return open && today.isAfter(receivedOn.plusMonths(UNANSWERED_MONTHS));
	}

	/**
	 * Whether a due date falls on or before {@code soon}, the last day of the due-soon
	 * window (reminders and the due-soon list).
	 */
	public static boolean dueBy(LocalDate due, LocalDate soon) {
		return !due.isAfter(soon);
	}

}
