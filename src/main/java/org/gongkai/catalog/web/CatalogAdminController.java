package org.gongkai.catalog.web;

import java.util.List;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.platform.RuleViolationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue pages of the back office: pick an agency one may see, then rename, add,
 * hide, show and order its columns (changes need a clerk, leader or the disclosure office
 * above).
 */
@Controller
class CatalogAdminController {

	private final CatalogManagement catalog;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	CatalogAdminController(CatalogManagement catalog, AgencyManagement agencies, AgencyAccess access) {
		this.catalog = catalog;
		this.agencies = agencies;
		this.access = access;
	}

	@GetMapping("/admin/catalog")
	String agencies(Model model) {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		List<AgencySummary> mine = this.agencies.all().stream().filter((a) -> visible.contains(a.id())).toList();
		model.addAttribute("agencies", mine);
		return "catalog/agencies";
	}

	@GetMapping("/admin/catalog/{agencyId}")
	String tree(@PathVariable long agencyId, Model model) {
		model.addAttribute("agency", this.agencies.details(agencyId).summary());
		model.addAttribute("columns", this.catalog.tree(agencyId));
		model.addAttribute("editable", this.catalog.mayEdit(agencyId));
		model.addAttribute("kinds", ColumnKind.values());
		return "catalog/tree";
	}

	@PostMapping("/admin/catalog/{agencyId}/columns")
	String add(@PathVariable long agencyId, @RequestParam(required = false) Long parentId,
			@RequestParam(defaultValue = "") String name, @RequestParam(required = false) ColumnKind kind,
			RedirectAttributes redirect) {
		return done(agencyId, redirect, () -> this.catalog.add(agencyId, parentId, name, kind));
	}

	@PostMapping("/admin/catalog/columns/{id}/rename")
	String rename(@PathVariable long id, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		return done(this.catalog.agencyOf(id), redirect, () -> this.catalog.rename(id, name));
	}

	@PostMapping("/admin/catalog/columns/{id}/visibility")
	String visibility(@PathVariable long id, @RequestParam boolean hidden, RedirectAttributes redirect) {
		return done(this.catalog.agencyOf(id), redirect, () -> this.catalog.setHidden(id, hidden));
	}

	@PostMapping("/admin/catalog/columns/{id}/move")
	String move(@PathVariable long id, @RequestParam int direction, RedirectAttributes redirect) {
		return done(this.catalog.agencyOf(id), redirect, () -> this.catalog.move(id, direction));
	}

	private String done(long agencyId, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			redirect.addFlashAttribute("errorArguments", ex.arguments());
		}
		return "redirect:/admin/catalog/" + agencyId;
	}

}
