package org.gongkai.request.web;

import java.util.List;

import org.gongkai.request.ApplicationForm;

/**
 * The application form of the public page and the JSON body of the API: the same fields,
 * validated by the module so the rules live in one place.
 */
record RequestForm(String applicantType, String applicantName, String idType, String idNumber, String phone,
		String email, String address, String description, List<String> formats, String delivery) {

	static RequestForm empty() {
		return new RequestForm("NATURAL_PERSON", "", "", "", "", "", "", "", List.of("EMAIL"), "ONLINE");
	}

	ApplicationForm application() {
		return new ApplicationForm(this.applicantType, this.applicantName, this.idType, this.idNumber, this.phone,
				this.email, this.address, this.description, this.formats, this.delivery);
	}

}
