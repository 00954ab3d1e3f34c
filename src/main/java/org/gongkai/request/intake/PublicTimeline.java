package org.gongkai.request.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.request.CaseEvent;
import org.gongkai.request.Channel;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.rules.Outcome;

/**
 * The public timeline of a case: its event log read for the applicant, in plain words.
 * Only what the applicant needs to follow the case shows (received, confirmed, correction
 * asked and received, paused, extended, answered, letters released); the office's
 * internal steps (assignment, proposals, a leader's comments, who did what) do not.
 */
final class PublicTimeline {

	private PublicTimeline() {
	}

	static List<TrackingStep> of(DisclosureRequest request, Channel channel, ZoneId zone) {
		List<TrackingStep> steps = new ArrayList<>();
		if (request.submittedAt() != null && channel == Channel.ONLINE) {
			steps.add(TrackingStep.of("submitted", LocalDate.ofInstant(request.submittedAt(), zone)));
		}
		if (request.receivedOn() != null && channel != Channel.IMPORTED) {
			steps.add(TrackingStep.of((channel == Channel.ONLINE) ? "confirmed" : "received", request.receivedOn()));
		}
		for (CaseEvent event : request.events()) {
			step(event).ifPresent(steps::add);
		}
		return steps;
	}

	private static Optional<TrackingStep> step(CaseEvent e) {
		return switch (e.kind()) {
			case "correction-requested" -> Optional.of(TrackingStep.of(e.kind(), e.on(), detail(e)));
			case "correction-received", "correction-received-online" ->
				Optional.of(TrackingStep.of("correction-received", e.on()));
			case "consultation-sent", "consultation-answered", "extended", "fee-notice", "fee-paid", "fee-waived",
					"due-moved" ->
				Optional.of(TrackingStep.of(e.kind(), e.on()));
			case "letter-released" -> Optional.of(TrackingStep.of(e.kind(), e.on(), detail(e)));
			case "decided" -> Outcome.ofRow(e.detail())
				.filter((o) -> !o.needsLeaderApproval())
				.map((o) -> new TrackingStep("answered", e.on(), List.of(), o));
			case "approved" -> Outcome.ofRow(e.detail()).map((o) -> new TrackingStep("answered", e.on(), List.of(), o));
			case "correction-lapsed", "fee-lapsed" ->
				Optional.of(new TrackingStep(e.kind(), e.on(), List.of(), Outcome.ofRow(e.detail()).orElse(null)));
			default -> Optional.empty();
		};
	}

	private static String detail(CaseEvent event) {
		return (event.detail() != null) ? event.detail() : "";
	}

}
