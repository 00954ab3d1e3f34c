package org.gongkai.mailbox.letter;

/**
 * A letter staff registered: its id for the back office, and the tracking number and
 * query code to pass on to the writer (shown once).
 */
public record RegisteredLetter(long id, String trackingNo, String queryCode) {

}
