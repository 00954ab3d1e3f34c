package org.gongkai.request.letters;

/**
 * Published inside the transaction that issued a letter of a case (the step it belongs to
 * was taken); the applicant's notices react after the commit.
 */
public record LetterIssued(long caseId, long letterId, LetterKind kind) {

}
