package org.gongkai.publication.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.privacy.FindingType;
import org.gongkai.publication.Genre;
import org.gongkai.publication.PublicationItem;
import org.gongkai.publication.PublicationManagement;
import org.gongkai.publication.TextField;
import org.gongkai.publication.Validity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office of proactive disclosure: the list of one's agencies' items, the draft
 * form, and the item page with the scanner's findings and the review actions of one's
 * roles. The module checks every role again.
 */
@Controller
class PublicationAdminController {

	private static final Map<String, String> FIELDS = Map.of("column", "columnId");

	private final PublicationManagement publications;

	private final AgencyManagement agencies;

	private final CatalogManagement catalog;

	private final AgencyAccess access;

	private final Clock clock;

	PublicationAdminController(PublicationManagement publications, AgencyManagement agencies, CatalogManagement catalog,
			AgencyAccess access, Clock clock) {
		this.publications = publications;
		this.agencies = agencies;
		this.catalog = catalog;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/admin/publications")
	String list(Model model) {
		StaffPrincipal me = AgencyAccess.current();
		Set<Long> visible = this.access.visibleAgencies(me);
		List<AgencySummary> mine = this.agencies.all().stream().filter((a) -> visible.contains(a.id())).toList();
		model.addAttribute("agencies", mine);
		model.addAttribute("names",
				this.agencies.all()
					.stream()
					.collect(java.util.stream.Collectors.toMap(AgencySummary::id, AgencySummary::name)));
		model.addAttribute("draftable", mine.stream().filter((a) -> me != null && me.has(Role.CLERK, a.id())).toList());
		model.addAttribute("items", this.publications.staffList());
		return "publication/admin/list";
	}

	@GetMapping("/admin/publications/new")
	String newForm(@RequestParam long agencyId, Model model) {
		this.access.require(Role.CLERK, agencyId);
		return form(model, agencyId, null, PublicationForm.empty(LocalDate.now(this.clock)));
	}

	@PostMapping("/admin/publications/new")
	String create(@RequestParam long agencyId, @ModelAttribute("form") PublicationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.access.require(Role.CLERK, agencyId);
		if (result.hasErrors()) {
			return form(model, agencyId, null, form);
		}
		try {
			long id = this.publications.draft(agencyId, form.draft());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/publications/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex, FIELDS);
			return form(model, agencyId, null, form);
		}
	}

	@GetMapping("/admin/publications/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		PublicationItem item = this.publications.find(id);
		return form(model, item.agencyId(), item, PublicationForm.of(this.publications.draftOf(id)));
	}

	@PostMapping("/admin/publications/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") PublicationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PublicationItem item = this.publications.find(id);
		this.access.require(Role.CLERK, item.agencyId());
		if (result.hasErrors()) {
			return form(model, item.agencyId(), item, form);
		}
		try {
			this.publications.update(id, form.draft());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/publications/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex, FIELDS);
			return form(model, item.agencyId(), item, form);
		}
	}

	@GetMapping("/admin/publications/{id}")
	String item(@PathVariable long id, Model model) {
		PublicationItem item = this.publications.find(id);
		StaffPrincipal me = AgencyAccess.current();
		model.addAttribute("item", item);
		model.addAttribute("clerk", me.has(Role.CLERK, item.agencyId()));
		model.addAttribute("reviewer", me.has(Role.REVIEWER, item.agencyId()));
		model.addAttribute("confidentiality", me.has(Role.CONFIDENTIALITY_REVIEWER, item.agencyId()));
		model.addAttribute("leader", me.has(Role.LEADER, item.agencyId()));
		return "publication/admin/item";
	}

	@PostMapping("/admin/publications/{id}/submit")
	String submit(@PathVariable long id, RedirectAttributes redirect) {
		return done(id, redirect, () -> this.publications.submit(id));
	}

	@PostMapping("/admin/publications/{id}/content-review")
	String contentReview(@PathVariable long id, @RequestParam boolean approve,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		return done(id, redirect, () -> this.publications.contentReview(id, approve, comment));
	}

	@PostMapping("/admin/publications/{id}/confidentiality-review")
	String confidentialityReview(@PathVariable long id, @RequestParam boolean approve,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		return done(id, redirect, () -> this.publications.confidentialityReview(id, approve, comment));
	}

	@PostMapping("/admin/publications/{id}/mask")
	String mask(@PathVariable long id, @RequestParam TextField field, @RequestParam int start,
			RedirectAttributes redirect) {
		return done(id, redirect, () -> this.publications.maskFinding(id, field, start));
	}

	@PostMapping("/admin/publications/{id}/mask-all")
	String maskAll(@PathVariable long id, RedirectAttributes redirect) {
		return done(id, redirect, () -> this.publications.maskAll(id));
	}

	@PostMapping("/admin/publications/{id}/justify")
	String justify(@PathVariable long id, @RequestParam TextField field, @RequestParam FindingType type,
			@RequestParam int start, @RequestParam(defaultValue = "") String justification,
			RedirectAttributes redirect) {
		return done(id, redirect, () -> this.publications.justifyFinding(id, field, type, start, justification));
	}

	@PostMapping("/admin/publications/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		return done(id, redirect, () -> this.publications.withdraw(id, reason));
	}

	private String form(Model model, long agencyId, PublicationItem existing, PublicationForm form) {
		if (!model.containsAttribute("form")) {
			// after a failed binding the binding result holds what was typed: keep it
			model.addAttribute("form", form);
		}
		model.addAttribute("existing", existing);
		model.addAttribute("agency", this.agencies.details(agencyId).summary());
		model.addAttribute("columns", this.catalog.publicTree(agencyId));
		model.addAttribute("genres", Genre.values());
		model.addAttribute("validities", Validity.values());
		return "publication/admin/form";
	}

	private String done(long id, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			redirect.addFlashAttribute("errorArguments", ex.arguments());
		}
		return "redirect:/admin/publications/" + id;
	}

}
