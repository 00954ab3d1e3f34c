package org.gongkai.inspection;

import java.util.HashSet;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.ForbiddenException;

import org.springframework.stereotype.Component;

/**
 * Who may run and read an agency's inspection and rectify its findings: the agency's
 * clerks and leaders, and the disclosure office over it.
 */
@Component
class InspectionAccess {

	private final AgencyManagement agencies;

	InspectionAccess(AgencyManagement agencies) {
		this.agencies = agencies;
	}

	/** The agencies the signed-in user may inspect. */
	Set<Long> inspectable() {
		StaffPrincipal me = AgencyAccess.current();
		Set<Long> ids = new HashSet<>();
		if (me == null) {
			return ids;
		}
		for (Grant grant : me.grants()) {
			if (grant.agencyId() == null) {
				continue;
			}
			if (grant.role() == Role.CLERK || grant.role() == Role.LEADER) {
				ids.add(grant.agencyId());
			}
			else if (grant.role() == Role.DISCLOSURE_OFFICE) {
				ids.addAll(this.agencies.selfAndDescendants(grant.agencyId()));
			}
		}
		return ids;
	}

	/**
	 * @throws ForbiddenException unless the signed-in user may inspect the agency
	 */
	void require(long agencyId) {
		if (!inspectable().contains(agencyId)) {
			throw new ForbiddenException("Inspection of agency " + agencyId + " not allowed");
		}
	}

	/** Whether the signed-in user oversees agencies as a disclosure office. */
	boolean office() {
		StaffPrincipal me = AgencyAccess.current();
		return me != null && me.grants().stream().anyMatch((g) -> g.role() == Role.DISCLOSURE_OFFICE);
	}

	/** The signed-in user's login name, or {@code system}. */
	static String actor() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : "system";
	}

}
