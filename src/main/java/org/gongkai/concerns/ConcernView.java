package org.gongkai.concerns;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A concern with its clock read at one moment.
 *
 * @param id the concern
 * @param agencyId its agency
 * @param agencyName the agency's name
 * @param creditCode the agency's credit code
 * @param title what it is about
 * @param kind what it is
 * @param source where it was seen
 * @param aroseAt when it arose or was seen
 * @param severity how serious it is
 * @param dueHours the hours the response was given
 * @param dueAt when the response is due
 * @param reminderAt when the reminder falls
 * @param handler who handles it
 * @param publicationId the response item of the 回应关切 column, or {@code null}
 * @param answeredAt when it was answered, or {@code null}
 * @param byPublication whether the response is the item (else another response, when
 * answered)
 * @param responseLink the other response's link, or {@code null}
 * @param responseNote the other response's note, or {@code null}
 * @param state where it stands on its clock
 * @param hoursTaken whole hours from the concern to its response, or {@code null}
 * @param aroseLocal {@code aroseAt} in the platform's zone
 * @param dueLocal {@code dueAt} in the platform's zone
 * @param answeredLocal {@code answeredAt} in the platform's zone, or {@code null}
 */
public record ConcernView(long id, long agencyId, String agencyName, String creditCode, String title, ConcernKind kind,
		String source, Instant aroseAt, ConcernSeverity severity, int dueHours, Instant dueAt, Instant reminderAt,
		String handler, Long publicationId, Instant answeredAt, boolean byPublication, String responseLink,
		String responseNote, ConcernState state, Long hoursTaken, LocalDateTime aroseLocal, LocalDateTime dueLocal,
		LocalDateTime answeredLocal) {

}
