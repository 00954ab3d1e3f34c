package org.gongkai.submission;

/**
 * What a submission filed, as its action returns it.
 *
 * @param reference what the submitter may be told and the receipt page shows (a tracking
 * number, an id), at most 60 characters
 * @param secret what is shown once and never stored in plain beyond the receipt's
 * lifetime (a query code), or {@code null}
 */
public record Filed(String reference, String secret) {

}
