package org.gongkai.publication.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.platform.web.TodoCount;
import org.gongkai.platform.web.TodoSource;
import org.gongkai.publication.PublicationSignOff;
import org.gongkai.publication.PublicationStatus;
import org.gongkai.publication.PublicationWorklists;

import org.springframework.stereotype.Component;

/**
 * The start page's publication lines: a reviewer's 待内容审核, a confidentiality reviewer's
 * 待保密审查 (Regulations art. 17), and for a leader the items waiting for their sign-off
 * (where an agency they lead requires it, or while items still wait) and the items
 * approved for a later time, which they may still stop; each links to the list filtered
 * to that state.
 */
@Component
class PublicationTodos implements TodoSource {

	private final PublicationWorklists worklists;

	private final PublicationSignOff signOff;

	PublicationTodos(PublicationWorklists worklists, PublicationSignOff signOff) {
		this.worklists = worklists;
		this.signOff = signOff;
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
		add(todos, me, 31, "supervision-review", Role.VILLAGE_SUPERVISOR, PublicationStatus.IN_SUPERVISION_REVIEW);
		addSignOff(todos, me);
		add(todos, me, 42, "scheduled-publications", Role.LEADER, PublicationStatus.SCHEDULED);
		return todos;
	}

	private void addSignOff(List<TodoCount> todos, StaffPrincipal me) {
		Set<Long> led = me.agenciesWhere(Role.LEADER);
		if (led.isEmpty()) {
			return;
		}
		long waiting = this.worklists.waiting(Role.LEADER, PublicationStatus.IN_LEADER_APPROVAL);
		if (waiting > 0 || this.signOff.requiredInAny(led)) {
			todos.add(TodoCount.of(41, "sign-off", waiting,
					"/admin/publications?status=" + PublicationStatus.IN_LEADER_APPROVAL.name()));
		}
	}

	private void add(List<TodoCount> todos, StaffPrincipal me, int order, String key, Role role,
			PublicationStatus status) {
		if (me.grants().stream().anyMatch((g) -> g.role() == role)) {
			todos.add(TodoCount.of(order, key, this.worklists.waiting(role, status),
					"/admin/publications?status=" + status.name()));
		}
	}

}
