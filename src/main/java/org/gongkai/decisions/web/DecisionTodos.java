package org.gongkai.decisions.web;

import java.util.List;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.decisions.DecisionReading;
import org.gongkai.platform.web.TodoCount;
import org.gongkai.platform.web.TodoSource;

import org.springframework.stereotype.Component;

/**
 * The start page's line for a reviewer: catalogues of major decisions, items added later,
 * stages and adjustments of their agencies waiting to be published or returned.
 */
@Component
class DecisionTodos implements TodoSource {

	private final DecisionReading reading;

	DecisionTodos(DecisionReading reading) {
		this.reading = reading;
	}

	@Override
	public List<TodoCount> todos() {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null) {
			return List.of();
		}
		Set<Long> agencies = me.agenciesWhere(Role.REVIEWER);
		if (agencies.isEmpty()) {
			return List.of();
		}
		return List.of(TodoCount.of(50, "decisions-review", this.reading.awaitingReview(agencies), "/admin/decisions"));
	}

}
