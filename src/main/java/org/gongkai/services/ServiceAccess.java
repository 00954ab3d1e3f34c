package org.gongkai.services;

import java.util.List;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;

import org.springframework.stereotype.Component;

/**
 * Who may do what with an agency's service guides, checked on the server for every read
 * and step: its clerks draft items and keep the service points, its reviewers publish and
 * withdraw, and everyone who may see the agency reads.
 */
@Component
class ServiceAccess {

	private final AgencyAccess access;

	private final AgencyManagement agencies;

	ServiceAccess(AgencyAccess access, AgencyManagement agencies) {
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

	AgencySummary agency(long agencyId) {
		return this.agencies.details(agencyId).summary();
	}

	/** The villages under the agency (the places a 便民服务站 can serve). */
	List<AgencySummary> villagesOf(long agencyId) {
		return this.agencies.all()
			.stream()
			.filter((a) -> a.level() == AgencyLevel.VILLAGE && a.parentId() != null && a.parentId() == agencyId)
			.toList();
	}

	/** The signed-in user's login name, or {@code system}. */
	static String actor() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : "system";
	}

}
