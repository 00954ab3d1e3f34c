package org.gongkai.agency;

/**
 * An agency with the contact data of its disclosure office (for the guide, art. 12).
 */
public record AgencyDetails(AgencySummary summary, String address, String postcode, String officeHours, String phone,
		String fax, String email, String website, int sortOrder) {

	/** The data as an edit form starts from. */
	public AgencyData data() {
		return new AgencyData(this.summary.creditCode(), this.summary.name(), this.summary.shortName(),
				this.summary.level(), this.summary.parentId(), this.address, this.postcode, this.officeHours,
				this.phone, this.fax, this.email, this.website, this.sortOrder);
	}

}
