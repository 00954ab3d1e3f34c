package org.gongkai.request.letters;

/**
 * Published inside the transaction that released a letter to the applicant; the
 * applicant's notices react after the commit.
 */
public record LetterReleased(long caseId, long letterId, LetterKind kind) {

}
