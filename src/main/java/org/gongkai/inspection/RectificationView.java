package org.gongkai.inspection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A rectification task as pages and other modules see it.
 *
 * @param id the task id
 * @param agencyId the agency that fixes it
 * @param rule the finding's rule code
 * @param objectType what the finding is about
 * @param objectId the object's id
 * @param title the finding's title
 * @param url where it is fixed
 * @param owner who fixes it (a name as entered)
 * @param dueOn the deadline (the platform's time zone)
 * @param state open or closed
 * @param closingNote how it was closed, or {@code null}
 * @param closedAt when it was closed, or {@code null}
 * @param overdue open past its deadline (derived on the day it was read)
 */
public record RectificationView(long id, long agencyId, String rule, String objectType, String objectId, String title,
		String url, String owner, LocalDate dueOn, TaskState state, String closingNote, Instant closedAt,
		boolean overdue) {

}
