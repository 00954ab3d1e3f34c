package org.gongkai.concerns;

import java.time.Instant;

/**
 * A concern's clock for the website inspection.
 *
 * @param id the concern
 * @param title what it is about
 * @param aroseAt when it arose or was seen
 * @param dueAt when its response was due
 * @param answeredAt when it was answered, or {@code null} while open
 */
public record ConcernTiming(long id, String title, Instant aroseAt, Instant dueAt, Instant answeredAt) {

}
