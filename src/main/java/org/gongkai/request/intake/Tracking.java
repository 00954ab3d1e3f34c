package org.gongkai.request.intake;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.request.CaseStatus;
import org.gongkai.request.CorrectionItem;
import org.gongkai.request.rules.AppealPeriods;
import org.gongkai.request.rules.Outcome;

/**
 * What anyone holding the tracking number and query code may learn about a case: its
 * progress, what was asked for, and what the applicant can do next; no applicant data and
 * nothing of the office's internal work (who handled it, notes, proposals).
 *
 * @param receivedOn the receipt date, or {@code null} while awaiting confirmation
 * @param due the answer deadline, or {@code null} while the clock does not run
 * @param provisional whether the deadline may still move when a holiday notice appears
 * @param correctionDueOn while the office awaits the corrected application (art. 30), the
 * last day of the period it set; otherwise {@code null}
 * @param description what the applicant asked for (as corrected, if it was)
 * @param correctionItems what the correction notice asked to correct, empty if none
 * @param timeline what happened to the case, in plain words, oldest first
 * @param outcome the answer, once the case is closed, else {@code null}
 * @param closedOn the day of the answer, or {@code null}
 * @param answerReceivedOn the day the applicant received the answer as the office
 * recorded its delivery, or {@code null} if none is recorded
 * @param remedies the last days for reconsideration and lawsuit, counted from
 * {@code answerReceivedOn} or else from {@code closedOn}; {@code null} while open
 */
public record Tracking(String trackingNo, CaseStatus status, LocalDate receivedOn, LocalDate due, boolean provisional,
		LocalDate correctionDueOn, String description, List<CorrectionItem> correctionItems,
		List<TrackingStep> timeline, Outcome outcome, LocalDate closedOn, LocalDate answerReceivedOn,
		AppealPeriods.Deadlines remedies) {

	public Tracking {
		correctionItems = List.copyOf(correctionItems);
		timeline = List.copyOf(timeline);
	}

	/** Whether the applicant may send the corrected application now. */
	public boolean awaitingCorrection() {
		return this.correctionDueOn != null;
	}

	/**
	 * The state the tracking page explains: {@code AWAITING_CORRECTION} while a
	 * correction may be sent, else the case's status.
	 */
	public String state() {
		return awaitingCorrection() ? "AWAITING_CORRECTION" : this.status.name();
	}

}
