package org.gongkai.mailbox;

import java.time.Instant;

/**
 * A comment on a draft.
 *
 * @param writerName the writer's name for staff, {@code null} on the portal
 * @param body the text; masked on the portal
 */
public record CommentView(long id, String writerName, String body, CommentStatus status, boolean flagged,
		Instant submittedAt) {

	/** The day it was written, in Asia/Shanghai. */
	public java.time.LocalDate submittedOn() {
		return java.time.LocalDate.ofInstant(this.submittedAt, java.time.ZoneId.of("Asia/Shanghai"));
	}

}
