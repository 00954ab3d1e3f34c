package org.gongkai.concerns;

/**
 * A concern as typed; the module validates every field ({@link Concerns#problems}).
 *
 * @param title what the concern is about, 1 to {@value ConcernValidation#MAX_TITLE}
 * characters
 * @param kind a {@link ConcernKind} name
 * @param source where it was seen (网络, 媒体, 来信来电, 上级交办…), free text
 * @param aroseAt when it arose or was seen, {@code yyyy-MM-ddTHH:mm} in the platform's
 * zone, not in the future
 * @param severity a {@link ConcernSeverity} name
 * @param handler who handles it
 */
public record ConcernInput(String title, String kind, String source, String aroseAt, String severity, String handler) {

}
