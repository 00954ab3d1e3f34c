package org.gongkai.request;

import java.time.LocalDate;

/**
 * Published inside the transaction that imports an office's register (台账) as cases: the
 * report of every year from {@code earliestReceivedOn} on may have changed.
 *
 * @param agencyId the agency the cases belong to
 * @param uploadId the register upload
 * @param cases how many cases were created
 * @param earliestReceivedOn the earliest receipt date among them, {@code null} if none
 */
public record RegisterImported(long agencyId, long uploadId, int cases, LocalDate earliestReceivedOn) {
}
