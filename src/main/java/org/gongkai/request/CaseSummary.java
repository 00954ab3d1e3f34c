package org.gongkai.request;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case as the back office lists it.
 *
 * @param receivedOn the receipt date, or {@code null} while awaiting confirmation
 * @param due the answer deadline as of today, or {@code null} while the clock does not
 * run
 */
public record CaseSummary(long id, long agencyId, String trackingNo, ApplicantType applicantType, String applicantName,
		Channel channel, CaseStatus status, Instant submittedAt, LocalDate receivedOn, LocalDate due) {

}
