package org.gongkai.assessment;

import java.util.LinkedHashSet;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.ForbiddenException;

import org.springframework.stereotype.Component;

/**
 * Who may do what in the assessment: a disclosure office manages the schemes and scores
 * of its own agency (the owner) and reads the assessments of every agency below it; an
 * agency's clerks and leaders enter its self-assessment and read its assessment.
 */
@Component
class AssessmentAccess {

	private final AgencyManagement agencies;

	AssessmentAccess(AgencyManagement agencies) {
		this.agencies = agencies;
	}

	/** The agencies whose disclosure office the signed-in user works in. */
	Set<Long> offices() {
		Set<Long> ids = new LinkedHashSet<>();
		StaffPrincipal me = AgencyAccess.current();
		if (me != null) {
			for (Grant grant : me.grants()) {
				if (grant.role() == Role.DISCLOSURE_OFFICE && grant.agencyId() != null) {
					ids.add(grant.agencyId());
				}
			}
		}
		return ids;
	}

	/** The agencies whose clerk or leader the signed-in user is. */
	Set<Long> staffOf() {
		Set<Long> ids = new LinkedHashSet<>();
		StaffPrincipal me = AgencyAccess.current();
		if (me != null) {
			for (Grant grant : me.grants()) {
				if ((grant.role() == Role.CLERK || grant.role() == Role.LEADER) && grant.agencyId() != null) {
					ids.add(grant.agencyId());
				}
			}
		}
		return ids;
	}

	/** The agencies whose assessments the signed-in user may read. */
	Set<Long> readable() {
		Set<Long> ids = new LinkedHashSet<>(staffOf());
		for (long office : offices()) {
			ids.addAll(this.agencies.selfAndDescendants(office));
		}
		return ids;
	}

	/**
	 * @throws ForbiddenException unless the user works in the owner's disclosure office
	 */
	void requireOffice(long owner) {
		if (!offices().contains(owner)) {
			throw new ForbiddenException("Assessment office of agency " + owner + " not allowed");
		}
	}

	/**
	 * @throws ForbiddenException unless the user is a clerk or leader of the agency
	 */
	void requireStaff(long agencyId) {
		if (!staffOf().contains(agencyId)) {
			throw new ForbiddenException("Self-assessment of agency " + agencyId + " not allowed");
		}
	}

	/**
	 * @throws ForbiddenException unless the user may read the agency's assessments
	 */
	void requireReader(long agencyId) {
		if (!readable().contains(agencyId)) {
			throw new ForbiddenException("Assessment of agency " + agencyId + " not allowed");
		}
	}

	/** The signed-in user's login name, or {@code system}. */
	static String actor() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : "system";
	}

}
