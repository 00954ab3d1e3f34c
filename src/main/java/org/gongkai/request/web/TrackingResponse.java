package org.gongkai.request.web;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.request.CaseStatus;
import org.gongkai.request.intake.Tracking;
import org.gongkai.request.letters.ReleasedLetter;

/**
 * The tracking API's answer: the case's progress and the letters released to the
 * applicant (each {@code href} needs {@code ?code=<query code>}); nothing else about the
 * case. {@code correctionDueOn} is set while the office awaits the corrected application.
 */
record TrackingResponse(String trackingNo, CaseStatus status, LocalDate receivedOn, LocalDate due, boolean provisional,
		LocalDate correctionDueOn, List<ReleasedLetter> documents) {

	static TrackingResponse of(Tracking tracking, List<ReleasedLetter> documents) {
		return new TrackingResponse(tracking.trackingNo(), tracking.status(), tracking.receivedOn(), tracking.due(),
				tracking.provisional(), tracking.correctionDueOn(), documents);
	}

}
