package org.gongkai.request.web;

import java.util.List;

import org.gongkai.request.ApplicationForm;

/**
 * The staff intake form (Regulations art. 29: the office fills in the form for
 * applications received on paper, by fax, by e-mail or orally): the application, the
 * receiving agency, the channel and the art. 31 receipt date, all as typed.
 */
record IntakeForm(String agencyId, String channel, String receivedOn, String applicantType, String applicantName,
		String idType, String idNumber, String phone, String email, String address, String description,
		List<String> formats, String delivery) {

	static IntakeForm empty(String agencyId, String today) {
		return new IntakeForm(agencyId, "WALK_IN", today, "NATURAL_PERSON", "", "", "", "", "", "", "",
				List.of("PAPER"), "PICK_UP");
	}

	ApplicationForm application() {
		return new ApplicationForm(this.applicantType, this.applicantName, this.idType, this.idNumber, this.phone,
				this.email, this.address, this.description, this.formats, this.delivery);
	}

}
