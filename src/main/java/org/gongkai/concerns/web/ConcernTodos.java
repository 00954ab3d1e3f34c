package org.gongkai.concerns.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.concerns.Concerns;
import org.gongkai.platform.web.TodoCount;
import org.gongkai.platform.web.TodoSource;

import org.springframework.stereotype.Component;

/**
 * The start page's lines for a clerk: concerns of their agencies past the reminder mark
 * and concerns past due, still unanswered.
 */
@Component
class ConcernTodos implements TodoSource {

	private final Concerns concerns;

	ConcernTodos(Concerns concerns) {
		this.concerns = concerns;
	}

	@Override
	public List<TodoCount> todos() {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null) {
			return List.of();
		}
		Set<Long> agencies = me.agenciesWhere(Role.CLERK);
		if (agencies.isEmpty()) {
			return List.of();
		}
		long[] waiting = this.concerns.waiting(agencies);
		List<TodoCount> out = new ArrayList<>();
		out.add(TodoCount.of(14, "concerns-overdue", waiting[1], "/admin/concerns?filter=overdue"));
		out.add(TodoCount.of(15, "concerns-due-soon", waiting[0], "/admin/concerns?filter=due-soon"));
		return out;
	}

}
