package org.gongkai.fiscal.web;

import java.util.List;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.fiscal.FiscalCompleteness;
import org.gongkai.platform.web.TodoCount;
import org.gongkai.platform.web.TodoSource;

import org.springframework.stereotype.Component;

/**
 * The start page's line for a reviewer: budget disclosures and special funds of their
 * agencies waiting to be published or returned.
 */
@Component
class FiscalTodos implements TodoSource {

	private final FiscalCompleteness completeness;

	FiscalTodos(FiscalCompleteness completeness) {
		this.completeness = completeness;
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
		return List.of(TodoCount.of(48, "fiscal-review", this.completeness.inReview(agencies), "/admin/fiscal"));
	}

}
