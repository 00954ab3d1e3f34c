package org.gongkai.publication.web;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.platform.web.TodoCount;
import org.gongkai.platform.web.TodoSource;
import org.gongkai.publication.PublicationStatus;
import org.gongkai.publication.PublicationWorklists;

import org.springframework.stereotype.Component;

/**
 * The start page's publication lines: a reviewer's 待内容审核, a confidentiality reviewer's
 * 待保密审查 (Regulations art. 17), and for a leader the items approved for a later time,
 * which they may still stop; each links to the list filtered to that state.
 */
@Component
class PublicationTodos implements TodoSource {

	private final PublicationWorklists worklists;

	PublicationTodos(PublicationWorklists worklists) {
		this.worklists = worklists;
	}

	@Override
	public List<TodoCount> todos() {
		StaffPrincipal me = AgencyAccess.current();
		List<TodoCount> todos = new ArrayList<>();
		if (me == null) {
			return todos;
		}
		add(todos, me, 20, "content-review", Role.REVIEWER, PublicationStatus.IN_CONTENT_REVIEW);
		add(todos, me, 30, "confidentiality-review", Role.CONFIDENTIALITY_REVIEWER,
				PublicationStatus.IN_CONFIDENTIALITY_REVIEW);
		add(todos, me, 42, "scheduled-publications", Role.LEADER, PublicationStatus.SCHEDULED);
		return todos;
	}

	private void add(List<TodoCount> todos, StaffPrincipal me, int order, String key, Role role,
			PublicationStatus status) {
		if (me.grants().stream().anyMatch((g) -> g.role() == role)) {
			todos.add(TodoCount.of(order, key, this.worklists.waiting(role, status),
					"/admin/publications?status=" + status.name()));
		}
	}

}
