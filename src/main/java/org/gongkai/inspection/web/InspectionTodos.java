package org.gongkai.inspection.web;

import java.util.List;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.inspection.Rectification;
import org.gongkai.platform.web.TodoCount;
import org.gongkai.platform.web.TodoSource;

import org.springframework.stereotype.Component;

/**
 * The start page's rectification line: the open tasks of the agencies the user may
 * inspect (clerks, leaders, disclosure offices), linking to the inspection pages.
 */
@Component
class InspectionTodos implements TodoSource {

	private final Rectification rectification;

	InspectionTodos(Rectification rectification) {
		this.rectification = rectification;
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
		return List.of(TodoCount.of(47, "inspection-tasks", this.rectification.openCount(), "/admin/inspection"));
	}

}
