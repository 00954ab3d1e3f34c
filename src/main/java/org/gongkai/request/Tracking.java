package org.gongkai.request;

import java.time.LocalDate;

/**
 * What anyone holding the tracking number and query code may learn about a case, and
 * nothing more (no applicant data).
 *
 * @param receivedOn the receipt date, or {@code null} while awaiting confirmation
 * @param due the answer deadline, or {@code null} while the clock does not run
 * @param provisional whether the deadline may still move when a holiday notice appears
 */
public record Tracking(String trackingNo, CaseStatus status, LocalDate receivedOn, LocalDate due, boolean provisional) {

}
