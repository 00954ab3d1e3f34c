package org.gongkai.request.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.request.CaseWorklists;
import org.gongkai.request.DashboardView;
import org.gongkai.platform.web.TodoCount;
import org.gongkai.platform.web.TodoSource;

import org.springframework.stereotype.Component;

/**
 * The start page's case lines: a clerk's cases to confirm, awaiting correction, due soon
 * and overdue; a leader's answers to approve and the extensions the clerks ask for
 * (Regulations art. 33); a disclosure office's agencies with overdue cases. Each links to
 * the case list filtered to them.
 */
@Component
class RequestTodos implements TodoSource {

	private final CaseWorklists worklists;

	private final AgencyManagement agencies;

	RequestTodos(CaseWorklists worklists, AgencyManagement agencies) {
		this.worklists = worklists;
		this.agencies = agencies;
	}

	@Override
	public List<TodoCount> todos() {
		StaffPrincipal me = AgencyAccess.current();
		List<TodoCount> todos = new ArrayList<>();
		if (me == null) {
			return todos;
		}
		if (holds(me, Role.CLERK)) {
			Map<DashboardView, Long> counts = this.worklists.counts(Role.CLERK);
			todos.add(line(10, "awaiting-confirmation", counts, DashboardView.AWAITING_CONFIRMATION));
			todos.add(line(11, "awaiting-correction", counts, DashboardView.AWAITING_CORRECTION));
			todos.add(line(12, "due-soon", counts, DashboardView.DUE_SOON));
			todos.add(line(13, "overdue", counts, DashboardView.OVERDUE));
		}
		if (holds(me, Role.LEADER)) {
			Map<DashboardView, Long> counts = this.worklists.counts(Role.LEADER);
			todos.add(line(40, "decisions", counts, DashboardView.AWAITING_APPROVAL));
			todos.add(line(41, "extensions", counts, DashboardView.EXTENSION_PROPOSED));
		}
		if (holds(me, Role.DISCLOSURE_OFFICE)) {
			Map<Long, String> names = new HashMap<>();
			for (AgencySummary agency : this.agencies.all()) {
				names.put(agency.id(), agency.name());
			}
			Map<Long, Long> behind = this.worklists.overdueByAgency();
			if (behind.isEmpty()) {
				todos.add(TodoCount.of(60, "behind-schedule-none", 0, "/admin/requests?view=overdue"));
			}
			behind.forEach((agencyId, count) -> todos.add(new TodoCount(60, "behind-schedule", names.get(agencyId),
					count, "/admin/requests?view=overdue&agency=" + agencyId)));
		}
		return todos;
	}

	private static TodoCount line(int order, String key, Map<DashboardView, Long> counts, DashboardView view) {
		return TodoCount.of(order, key, counts.getOrDefault(view, 0L), "/admin/requests?view=" + view.slug());
	}

	private static boolean holds(StaffPrincipal me, Role role) {
		return me.grants().stream().anyMatch((g) -> g.role() == role);
	}

}
