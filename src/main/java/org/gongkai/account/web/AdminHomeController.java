package org.gongkai.account.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.platform.web.TodoCount;
import org.gongkai.platform.web.TodoSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back office's start page: who is signed in, with which roles for which agencies,
 * and the to-do list of their roles, each count linking to the list it counts (the
 * modules that own the work contribute the lines as {@link TodoSource}s).
 */
@Controller
class AdminHomeController {

	private final AgencyManagement agencies;

	private final ObjectProvider<TodoSource> sources;

	AdminHomeController(AgencyManagement agencies, ObjectProvider<TodoSource> sources) {
		this.agencies = agencies;
		this.sources = sources;
	}

	@GetMapping("/admin")
	String home(Model model) {
		StaffPrincipal principal = AgencyAccess.current();
		Map<Long, String> names = this.agencies.all()
			.stream()
			.collect(Collectors.toMap(AgencySummary::id, AgencySummary::name));
		model.addAttribute("me", principal);
		model.addAttribute("agencyNames", names);
		List<TodoCount> todos = this.sources.orderedStream()
			.flatMap((source) -> source.todos().stream())
			.sorted(Comparator.comparingInt(TodoCount::order).thenComparing(TodoCount::href))
			.toList();
		model.addAttribute("todos", todos);
		return "admin/home";
	}

}
