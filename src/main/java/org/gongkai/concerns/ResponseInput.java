package org.gongkai.concerns;

/**
 * A response given outside the 回应关切 column (a press conference, a reply on another
 * platform), as typed.
 *
 * @param answeredAt when it was given, {@code yyyy-MM-ddTHH:mm} in the platform's zone,
 * not before the concern arose nor in the future
 * @param link where it can be read ({@code http://} or {@code https://}), or blank
 * @param note what the response was, 1 to {@value ConcernValidation#MAX_NOTE} characters
 */
public record ResponseInput(String answeredAt, String link, String note) {

}
