package org.gongkai.request;

import java.time.LocalDate;

import org.gongkai.request.rules.Outcome;

/**
 * Published inside the transaction that closes a case with its table-三 outcome: an answer
 * (approved where needed) or a case deemed abandoned (art. 30, unpaid fee).
 *
 * @param caseId the case
 * @param agencyId its agency
 * @param receivedOn its receipt date
 * @param closedOn its closing date
 * @param outcome the table-三 row it counts in
 */
public record RequestClosed(long caseId, long agencyId, LocalDate receivedOn, LocalDate closedOn, Outcome outcome) {
}
