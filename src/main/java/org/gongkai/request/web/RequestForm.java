package org.gongkai.request.web;

import java.util.List;

import org.gongkai.request.ApplicationForm;

/**
 * The application form of the public page and the JSON body of the API: the same fields,
 * validated by the module so the rules live in one place.
 */
record RequestForm(String applicantType, String applicantName, String idType, String idNumber, String phone,
		String email, String address, String description, List<String> formats, String delivery) {

	/**
	 * A new application: nothing is chosen for the applicant that their other answers
	 * could make invalid (网上获取 without an e-mail address, 邮寄 without an address), so the
	 * form or delivery is always the applicant's own choice.
	 */
	static RequestForm empty() {
		return new RequestForm("NATURAL_PERSON", "", "", "", "", "", "", "", List.of(), null);
	}

	ApplicationForm application() {
		return new ApplicationForm(this.applicantType, this.applicantName, this.idType, this.idNumber, this.phone,
				this.email, this.address, this.description, this.formats, this.delivery);
	}

}
