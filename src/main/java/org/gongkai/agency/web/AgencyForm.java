package org.gongkai.agency.web;

import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyLevel;

/**
 * The agency form; the module validates (so the rules live in one place) and the
 * controller puts violations on the fields.
 */
record AgencyForm(String creditCode, String name, String shortName, AgencyLevel level, Long parentId, String address,
		String postcode, String officeHours, String phone, String fax, String email, String website,
		Integer sortOrder) {

	static AgencyForm empty() {
		return new AgencyForm("", "", "", AgencyLevel.DEPARTMENT, null, "", "", "", "", "", "", "", 0);
	}

	static AgencyForm of(AgencyData data) {
		return new AgencyForm(data.creditCode(), data.name(), data.shortName(), data.level(), data.parentId(),
				data.address(), data.postcode(), data.officeHours(), data.phone(), data.fax(), data.email(),
				data.website(), data.sortOrder());
	}

	AgencyData data() {
		return new AgencyData(this.creditCode, this.name, this.shortName, this.level, this.parentId, this.address,
				this.postcode, this.officeHours, this.phone, this.fax, this.email, this.website,
				(this.sortOrder != null) ? this.sortOrder : 0);
	}

}
