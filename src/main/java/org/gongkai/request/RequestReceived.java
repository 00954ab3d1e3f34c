package org.gongkai.request;

import java.time.LocalDate;

/**
 * Published inside the transaction that gives a case its receipt date (Regulations art.
 * 31): a walk-in registration or the confirmation of an online or fax application.
 * Listeners (the annual report) react after commit.
 *
 * @param caseId the case
 * @param agencyId its agency
 * @param receivedOn the receipt date (the platform's time zone)
 */
public record RequestReceived(long caseId, long agencyId, LocalDate receivedOn) {
}
