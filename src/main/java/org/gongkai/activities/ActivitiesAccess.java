package org.gongkai.activities;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who may do what with an agency's activities and organisation, checked on the server:
 * the agency's clerks record and edit; the disclosure office of an agency records for its
 * own agency (the trainings it runs for the agencies under it); everyone who may see the
 * agency (its staff, the offices above it) reads.
 */
@Component
class ActivitiesAccess {

	private final AgencyAccess access;

	private final AgencyManagement agencies;

	ActivitiesAccess(AgencyAccess access, AgencyManagement agencies) {
		this.access = access;
		this.agencies = agencies;
	}

	/** Whether the signed-in user records for the agency. */
	boolean mayRecord(long agencyId) {
		StaffPrincipal me = AgencyAccess.current();
		return me != null && (me.has(Role.CLERK, agencyId) || me.has(Role.DISCLOSURE_OFFICE, agencyId));
	}

	/**
	 * @throws ForbiddenException unless the user records for the agency
	 */
	void requireRecorder(long agencyId) {
		if (!mayRecord(agencyId)) {
			throw new ForbiddenException("Clerk or office of agency " + agencyId + " required");
		}
	}

	/**
	 * @throws ForbiddenException unless the agency is visible to the user
	 */
	void requireVisible(long agencyId) {
		this.access.requireVisible(agencyId);
	}

	/** The agencies the user may see, by id. */
	List<AgencySummary> visible() {
		return this.access.visibleAgencies(AgencyAccess.current())
			.stream()
			.map((id) -> this.agencies.details(id).summary())
			.sorted(Comparator.comparing(AgencySummary::id))
			.toList();
	}

	/** The ids of the agencies the user may see. */
	Set<Long> visibleIds() {
		return this.access.visibleAgencies(AgencyAccess.current());
	}

	/** The id of the agency with this credit code, or {@code null}. */
	Long idOf(String creditCode) {
		return this.agencies.findByCreditCode(creditCode).map((a) -> a.summary().id()).orElse(null);
	}

	/** The agencies under the agency (itself left out). */
	Set<Long> below(long agencyId) {
		Set<Long> all = new java.util.HashSet<>(this.agencies.selfAndDescendants(agencyId));
		all.remove(agencyId);
		return all;
	}

	/** The agency with this credit code. @throws NotFoundException if none */
	AgencyDetails agency(String creditCode) {
		return this.agencies.findByCreditCode((creditCode != null) ? creditCode : "")
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
	}

	AgencySummary summary(long agencyId) {
		return this.agencies.details(agencyId).summary();
	}

	/** The signed-in user's login name, or {@code system}. */
	static String actor() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : "system";
	}

}
