package org.gongkai.request.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.gongkai.request.CaseStatus;
import org.gongkai.request.CorrectionItem;
import org.gongkai.request.intake.Tracking;
import org.gongkai.request.intake.TrackingStep;
import org.gongkai.request.letters.ReleasedLetter;

import org.springframework.context.MessageSource;

/**
 * The tracking API's answer: what the tracking page shows, the case's progress, the
 * letters released to the applicant (each {@code href} needs {@code ?code=<query code>})
 * and the timeline in plain words; nothing else about the case. {@code correctionDueOn}
 * is set while the office awaits the corrected application, and {@code correctionItems}
 * then lists what the correction notice asked for (empty otherwise).
 */
record TrackingResponse(String trackingNo, CaseStatus status, LocalDate receivedOn, LocalDate due, boolean provisional,
		LocalDate correctionDueOn, List<ReleasedLetter> documents, List<CorrectionItem> correctionItems,
		List<Step> timeline) {

	static TrackingResponse of(Tracking tracking, List<ReleasedLetter> documents, MessageSource messages) {
		List<CorrectionItem> items = tracking.awaitingCorrection() ? tracking.correctionItems() : List.of();
		List<Step> steps = tracking.timeline().stream().map((s) -> Step.of(s, messages)).toList();
		return new TrackingResponse(tracking.trackingNo(), tracking.status(), tracking.receivedOn(), tracking.due(),
				tracking.provisional(), tracking.correctionDueOn(), documents, items, steps);
	}

	/**
	 * One line of the timeline, as the tracking page writes it.
	 *
	 * @param on the day it happened (Asia/Shanghai)
	 * @param kind what happened, a stable code ({@code submitted}, {@code received},
	 * {@code correction-requested}, {@code answered}, ...)
	 * @param text the line in plain words (Chinese), with the answer's type for
	 * {@code answered}
	 */
	record Step(LocalDate on, String kind, String text) {

		static Step of(TrackingStep step, MessageSource messages) {
			Locale chinese = Locale.SIMPLIFIED_CHINESE;
			String text = messages.getMessage("request.track.step." + step.kind(), step.argumentArray(), chinese);
			if (step.outcome() != null) {
				text += messages.getMessage("request.track.step.outcome",
						new Object[] { messages.getMessage("request.outcome." + step.outcome(), null, chinese) },
						chinese);
			}
			return new Step(step.on(), step.kind(), text);
		}

	}

}
