package org.gongkai.mailbox;

/**
 * What a writer gets once the letter is stored: the tracking number and the query code.
 * The code is shown this once; only its hash is kept.
 */
public record LetterReceipt(String trackingNo, String queryCode) {

}
