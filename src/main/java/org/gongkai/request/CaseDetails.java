package org.gongkai.request;

import java.util.List;

/**
 * A case as its page shows it to staff: everything the applicant gave, and the clock with
 * its explanation.
 *
 * @param confirmable whether the signed-in user may confirm receipt now
 */
public record CaseDetails(CaseSummary summary, String idType, String idNumber, String phone, String email,
		String address, String description, List<InformationFormat> formats, Delivery delivery, ClockReading clock,
		boolean confirmable) {

	public CaseDetails {
		formats = List.copyOf(formats);
	}

}
