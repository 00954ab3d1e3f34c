package org.gongkai.request;

import java.time.LocalDate;

/**
 * A clerk's request to extend the deadline (Regulations art. 33) as the case page shows
 * it: pending the head of the office's decision, or sent back with their comment.
 *
 * @param reason the clerk's reason while pending, {@code null} once sent back
 * @param by the clerk who proposed it (pending) or the leader who sent it back
 * @param on the day it was proposed or sent back
 * @param returnComment the leader's comment once sent back, {@code null} while pending
 */
public record ExtensionRequest(String reason, String by, LocalDate on, String returnComment) {

	/** Whether it waits for the head of the office. */
	public boolean pending() {
		return this.returnComment == null;
	}

}
