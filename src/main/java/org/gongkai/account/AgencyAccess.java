package org.gongkai.account;

import java.util.HashSet;
import java.util.Set;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.ForbiddenException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Server-side authorisation per agency: who may act for which agency, and which agencies
 * a user may see (a disclosure office sees its agency and every agency below it).
 */
@Service
public class AgencyAccess {

	private final AgencyManagement agencies;

	AgencyAccess(AgencyManagement agencies) {
		this.agencies = agencies;
	}

	/** The signed-in staff member, or {@code null} for the public. */
	public static StaffPrincipal current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
			return principal;
		}
		return null;
	}

	/**
	 * Requires that the signed-in user holds {@code role} for {@code agencyId}.
	 * @throws ForbiddenException otherwise
	 */
	public void require(Role role, long agencyId) {
		StaffPrincipal principal = current();
		if (principal == null || !principal.has(role, agencyId)) {
			throw new ForbiddenException("Role " + role + " for agency " + agencyId + " required");
		}
	}

	/**
	 * The agencies the user may see: those they hold a role for, plus every agency under
	 * a disclosure office they staff.
	 */
	@Transactional(readOnly = true)
	public Set<Long> visibleAgencies(StaffPrincipal principal) {
		Set<Long> visible = new HashSet<>();
		if (principal == null) {
			return visible;
		}
		for (Grant grant : principal.grants()) {
			if (grant.agencyId() == null) {
				continue;
			}
			if (grant.role() == Role.DISCLOSURE_OFFICE) {
				visible.addAll(this.agencies.selfAndDescendants(grant.agencyId()));
			}
			else {
				visible.add(grant.agencyId());
			}
		}
		return visible;
	}

	/**
	 * Requires that the signed-in user may see {@code agencyId}.
	 * @throws ForbiddenException otherwise
	 */
	public void requireVisible(long agencyId) {
		if (!visibleAgencies(current()).contains(agencyId)) {
			throw new ForbiddenException("Agency " + agencyId + " not visible");
		}
	}

}
