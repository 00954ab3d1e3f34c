package org.gongkai.request;

import java.util.List;

/**
 * An application as typed by the applicant or the clerk, not yet validated: enumerated
 * values arrive as their names, so an unknown value is a field error, not a binding
 * failure. {@link RequestManagement} validates every field.
 *
 * @param applicantType an {@link ApplicantType} name
 * @param applicantName the person's or organisation's name
 * @param idType the identity document's type as typed (natural persons only)
 * @param idNumber the document's number, or the credit code of an organisation
 * @param phone contact telephone (a phone or an e-mail address is required)
 * @param email contact e-mail address
 * @param address postal address (required for delivery by post)
 * @param description the information wanted: title, document number, features
 * @param formats {@link InformationFormat} names, at least one
 * @param delivery a {@link Delivery} name
 */
public record ApplicationForm(String applicantType, String applicantName, String idType, String idNumber, String phone,
		String email, String address, String description, List<String> formats, String delivery) {

	public ApplicationForm {
		formats = (formats != null) ? formats.stream().filter(java.util.Objects::nonNull).toList() : List.of();
	}

}
