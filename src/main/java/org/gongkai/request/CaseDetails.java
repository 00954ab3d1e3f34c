package org.gongkai.request;

import java.util.List;

import org.gongkai.request.rules.ClockReading;
import org.gongkai.request.rules.Outcome;

/**
 * A case as its page shows it to staff: everything the applicant gave, and the clock with
 * its explanation.
 *
 * @param confirmable whether the signed-in user may confirm receipt now
 * @param actions the other steps the signed-in user may take now
 * @param outcome the recorded answer (table 三), or {@code null}
 * @param decisionNote the clerk's note on the answer, or {@code null}
 * @param assignee the login name of the clerk handling the case, or {@code null}
 * @param closedOn the day the case was answered, or {@code null}
 * @param events what moved the case and its clock, oldest first
 * @param correctionItems what the correction notice asked to correct, empty if none
 * @param returnComment the leader's comment on the last proposed answer sent back, or
 * {@code null}
 * @param extensionRequest the clerk's extension request pending, or the last one sent
 * back while the case is open and not extended, or {@code null}
 */
public record CaseDetails(CaseSummary summary, String idType, String idNumber, String phone, String email,
		String address, String description, List<InformationFormat> formats, Delivery delivery, ClockReading clock,
		boolean confirmable, CaseActions actions, Outcome outcome, String decisionNote, String assignee,
		java.time.LocalDate closedOn, List<CaseEvent> events, List<CorrectionItem> correctionItems,
		String returnComment, ExtensionRequest extensionRequest) {

	public CaseDetails {
		formats = List.copyOf(formats);
		events = List.copyOf(events);
		correctionItems = List.copyOf(correctionItems);
	}

}
