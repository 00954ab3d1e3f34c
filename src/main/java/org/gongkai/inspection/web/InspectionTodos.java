package org.gongkai.inspection.web;

import java.util.List;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.inspection.Inspections;
import org.gongkai.inspection.Rectification;
import org.gongkai.platform.web.TodoCount;
import org.gongkai.platform.web.TodoSource;

import org.springframework.stereotype.Component;

/**
 * The start page's inspection lines: the findings the latest runs found new (not in the
 * run before), and the open tasks of the agencies the user may inspect (clerks, leaders,
 * disclosure offices), linking to the inspection pages.
 */
@Component
class InspectionTodos implements TodoSource {

	private final Rectification rectification;

	private final Inspections inspections;

	InspectionTodos(Rectification rectification, Inspections inspections) {
		this.rectification = rectification;
		this.inspections = inspections;
	}

	@Override
	public List<TodoCount> todos() {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null || me.grants()
			.stream()
			.noneMatch(
					(g) -> g.role() == Role.CLERK || g.role() == Role.LEADER || g.role() == Role.DISCLOSURE_OFFICE)) {
			return List.of();
		}
		return List.of(
				TodoCount.of(46, "inspection-new-findings", this.inspections.newFindingsCount(), "/admin/inspection"),
				TodoCount.of(47, "inspection-tasks", this.rectification.openCount(), "/admin/inspection"));
	}

}
