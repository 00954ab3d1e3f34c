package org.gongkai.account.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back office's start page: who is signed in, with which roles for which agencies,
 * and the areas open to them.
 */
@Controller
class AdminHomeController {

	private final AgencyManagement agencies;

	AdminHomeController(AgencyManagement agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/admin")
	String home(Model model) {
		StaffPrincipal principal = AgencyAccess.current();
		Map<Long, String> names = this.agencies.all()
			.stream()
			.collect(Collectors.toMap(AgencySummary::id, AgencySummary::name));
		model.addAttribute("me", principal);
		model.addAttribute("agencyNames", names);
		return "admin/home";
	}

}
