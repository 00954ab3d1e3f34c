package org.gongkai.agency;

/**
 * Where an agency stands in the county hierarchy.
 */
public enum AgencyLevel {

	/** A county (district) people's government: the root. */
	COUNTY,

	/** A department of the county government (县直部门). */
	DEPARTMENT,

	/** A township or sub-district (乡镇/街道). */
	TOWNSHIP,

	/** A village or residents' committee (村/社区), under a township. */
	VILLAGE;

	/** The level the parent must have, or {@code null} for the root. */
	AgencyLevel requiredParent() {
		return switch (this) {
			case COUNTY -> null;
			case DEPARTMENT, TOWNSHIP -> COUNTY;
			case VILLAGE -> TOWNSHIP;
		};
	}

}
