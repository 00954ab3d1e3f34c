package org.gongkai.agency.web;

import java.util.Arrays;

import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyLevel;

/**
 * The agency form as typed: every field text, so that no value fails to bind and a form
 * with errors re-renders with exactly what was typed. The module validates (so the rules
 * live in one place) and the controller puts violations on the fields.
 */
record AgencyForm(String creditCode, String name, String shortName, String level, String parentId, String address,
		String postcode, String officeHours, String phone, String fax, String email, String website, String sortOrder) {

	static AgencyForm empty() {
		return new AgencyForm("", "", "", AgencyLevel.DEPARTMENT.name(), "", "", "", "", "", "", "", "", "0");
	}

	static AgencyForm of(AgencyData data) {
		return new AgencyForm(data.creditCode(), data.name(), data.shortName(),
				(data.level() != null) ? data.level().name() : "",
				(data.parentId() != null) ? data.parentId().toString() : "", data.address(), data.postcode(),
				data.officeHours(), data.phone(), data.fax(), data.email(), data.website(),
				String.valueOf(data.sortOrder()));
	}

	/** Whether the parent is none or an id. */
	boolean parentReadable() {
		return blank(this.parentId) || this.parentId.strip().matches("\\d{1,18}");
	}

	/** Whether the sort order is empty (0) or a whole number of up to six digits. */
	boolean sortOrderReadable() {
		return blank(this.sortOrder) || this.sortOrder.strip().matches("-?\\d{1,6}");
	}

	/** The data to check and save; an unreadable level, parent or sort order is none. */
	AgencyData data() {
		AgencyLevel chosen = Arrays.stream(AgencyLevel.values())
			.filter((l) -> l.name().equals(this.level))
			.findFirst()
			.orElse(null);
		Long parent = (!blank(this.parentId) && parentReadable()) ? Long.valueOf(this.parentId.strip()) : null;
		int order = (!blank(this.sortOrder) && sortOrderReadable()) ? Integer.parseInt(this.sortOrder.strip()) : 0;
		return new AgencyData(this.creditCode, this.name, this.shortName, chosen, parent, this.address, this.postcode,
				this.officeHours, this.phone, this.fax, this.email, this.website, order);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
