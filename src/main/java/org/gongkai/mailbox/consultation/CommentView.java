package org.gongkai.mailbox.consultation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A comment on a draft.
 *
 * @param writerName the writer's name for staff, {@code null} on the portal
 * @param body the text; masked on the portal
 * @param submittedOn the day it was written, in the platform's time zone
 */
public record CommentView(long id, String writerName, String body, CommentStatus status, boolean flagged,
		Instant submittedAt, LocalDate submittedOn) {

}
