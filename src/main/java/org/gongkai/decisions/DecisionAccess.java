package org.gongkai.decisions;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who may do what with an agency's major decisions, checked on the server for every read
 * and step: the agency's clerks record and submit, its reviewers publish or return, and
 * everyone who may see the agency (its staff, the disclosure office above it) reads.
 */
@Component
class DecisionAccess {

	private final AgencyAccess access;

	private final AgencyManagement agencies;

	DecisionAccess(AgencyAccess access, AgencyManagement agencies) {
		this.access = access;
		this.agencies = agencies;
	}

	void requireClerk(long agencyId) {
		this.access.require(Role.CLERK, agencyId);
	}

	void requireReviewer(long agencyId) {
		this.access.require(Role.REVIEWER, agencyId);
	}

	void requireVisible(long agencyId) {
		this.access.requireVisible(agencyId);
	}

	boolean has(Role role, long agencyId) {
		StaffPrincipal me = AgencyAccess.current();
		return me != null && me.has(role, agencyId);
	}

	AgencyDetails agency(long agencyId) {
		return this.agencies.details(agencyId);
	}

	AgencyDetails agency(String creditCode) {
		return this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
	}

	/** The signed-in user's login name, or {@code system}. */
	static String actor() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : "system";
	}

}
