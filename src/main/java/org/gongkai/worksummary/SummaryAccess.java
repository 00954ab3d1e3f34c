package org.gongkai.worksummary;

import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.ForbiddenException;

import org.springframework.stereotype.Component;

/**
 * Who may do what with a work summary: anyone who may see the agency reads it (its staff,
 * the disclosure office over it); its clerks draft, edit and refresh it; its leader or
 * the disclosure office over it finalises it.
 */
@Component
class SummaryAccess {

	private final AgencyAccess access;

	private final AgencyManagement agencies;

	SummaryAccess(AgencyAccess access, AgencyManagement agencies) {
		this.access = access;
		this.agencies = agencies;
	}

	Set<Long> readable() {
		return this.access.visibleAgencies(AgencyAccess.current());
	}

	void requireReader(long agencyId) {
		this.access.requireVisible(agencyId);
	}

	boolean mayEdit(long agencyId) {
		StaffPrincipal me = AgencyAccess.current();
		return me != null && me.has(Role.CLERK, agencyId);
	}

	void requireEditor(long agencyId) {
		if (!mayEdit(agencyId)) {
			throw new ForbiddenException("Work summary of agency " + agencyId + " needs its clerk");
		}
	}

	boolean mayFinalise(long agencyId) {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null) {
			return false;
		}
		if (me.has(Role.LEADER, agencyId)) {
			return true;
		}
		for (Grant grant : me.grants()) {
			if (grant.role() == Role.DISCLOSURE_OFFICE && grant.agencyId() != null
					&& this.agencies.selfAndDescendants(grant.agencyId()).contains(agencyId)) {
				return true;
			}
		}
		return false;
	}

	void requireFinaliser(long agencyId) {
		if (!mayFinalise(agencyId)) {
			throw new ForbiddenException("Work summary of agency " + agencyId + " needs its leader or office");
		}
	}

	static String actor() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : "system";
	}

}
