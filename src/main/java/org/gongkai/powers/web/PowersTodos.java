package org.gongkai.powers.web;

import java.util.List;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.platform.web.TodoCount;
import org.gongkai.platform.web.TodoSource;
import org.gongkai.powers.PowerLists;

import org.springframework.stereotype.Component;

/**
 * The start page's line for a reviewer: power lists of their agencies submitted and
 * waiting to be published or returned.
 */
@Component
class PowersTodos implements TodoSource {

	private final PowerLists lists;

	PowersTodos(PowerLists lists) {
		this.lists = lists;
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
		return List.of(TodoCount.of(49, "powers-review", this.lists.inReview(agencies), "/admin/powers"));
	}

}
