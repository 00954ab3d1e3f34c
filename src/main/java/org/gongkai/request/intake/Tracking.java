package org.gongkai.request.intake;

import java.time.LocalDate;

import org.gongkai.request.CaseStatus;

/**
 * What anyone holding the tracking number and query code may learn about a case, and
 * nothing more (no applicant data).
 *
 * @param receivedOn the receipt date, or {@code null} while awaiting confirmation
 * @param due the answer deadline, or {@code null} while the clock does not run
 * @param provisional whether the deadline may still move when a holiday notice appears
 * @param correctionDueOn while the office awaits the corrected application (art. 30), the
 * last day of the period it set; otherwise {@code null}
 */
public record Tracking(String trackingNo, CaseStatus status, LocalDate receivedOn, LocalDate due, boolean provisional,
		LocalDate correctionDueOn) {

	/** Whether the applicant may send the corrected application now. */
	public boolean awaitingCorrection() {
		return this.correctionDueOn != null;
	}

}
