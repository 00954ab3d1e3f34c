package org.gongkai.fiscal;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who may do what with an agency's fiscal disclosure, checked on the server for every
 * read and step: the agency's clerks draft and submit, its reviewers publish or return,
 * and everyone who may see the agency (its staff, the disclosure office above it) reads.
 */
@Component
class FiscalAccess {

	private final AgencyAccess access;

	private final AgencyManagement agencies;

	FiscalAccess(AgencyAccess access, AgencyManagement agencies) {
		this.access = access;
		this.agencies = agencies;
	}

	/**
	 * @throws org.gongkai.platform.ForbiddenException unless a clerk of the agency
	 */
	void requireClerk(long agencyId) {
		this.access.require(Role.CLERK, agencyId);
	}

	/**
	 * @throws org.gongkai.platform.ForbiddenException unless a reviewer of the agency
	 */
	void requireReviewer(long agencyId) {
		this.access.require(Role.REVIEWER, agencyId);
	}

	/**
	 * @throws org.gongkai.platform.ForbiddenException unless the agency is visible
	 */
	void requireVisible(long agencyId) {
		this.access.requireVisible(agencyId);
	}

	/** The agency with this credit code. @throws NotFoundException if none */
	AgencyDetails agency(String creditCode) {
		return this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
	}

	AgencyDetails agency(long agencyId) {
		return this.agencies.details(agencyId);
	}

	/**
	 * Whether the agency is a finance department, which alone discloses the government's
	 * budget, adjustments, final accounts and execution (Budget Law art. 14): its name
	 * holds 财政.
	 */
	boolean financeDepartment(long agencyId) {
		return this.agencies.details(agencyId).summary().name().contains("\u8d22\u653f");
	}

	/** The signed-in user's login name, or {@code system}. */
	static String actor() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : "system";
	}

}
