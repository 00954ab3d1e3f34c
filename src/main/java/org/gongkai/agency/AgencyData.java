package org.gongkai.agency;

/**
 * What an administrator enters for an agency. Contact fields may be empty; the guide
 * shows what is there.
 */
public record AgencyData(String creditCode, String name, String shortName, AgencyLevel level, Long parentId,
		String address, String postcode, String officeHours, String phone, String fax, String email, String website,
		int sortOrder) {

}
