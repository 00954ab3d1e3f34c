package org.gongkai.mailbox;

import java.time.LocalDate;

/**
 * When a letter was received, when it is due and when it was answered, for the website
 * inspection.
 *
 * @param id the letter id
 * @param trackingNo its tracking number
 * @param receivedOn the day it was received (the platform's time zone)
 * @param dueOn the day the answer is due on the working-day calendar
 * @param repliedOn the day it was answered (replied or converted into a request), or
 * {@code null} while open
 */
public record LetterTiming(long id, String trackingNo, LocalDate receivedOn, LocalDate dueOn, LocalDate repliedOn) {

	/** Whether it still waits for an answer. */
	public boolean open() {
		return this.repliedOn == null;
	}

}
