package org.gongkai.agency.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyFilter;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.platform.web.ListParameters;
import org.gongkai.platform.web.Pager;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
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
 * The system administrator's agency pages (access: SYSTEM_ADMIN, see the security
 * configuration).
 */
@Controller
class AgencyAdminController {

	private static final int PAGE_SIZE = 20;

	private static final Map<String, String> FIELDS = Map.of("parent", "parentId");

	private final AgencyManagement agencies;

	AgencyAdminController(AgencyManagement agencies) {
		this.agencies = agencies;
	}

	/**
	 * The agencies, filtered by level and parent, searched by name and credit code, a
	 * page at a time; hostile parameters are clamped or ignored.
	 */
	@GetMapping("/admin/agencies")
	String list(@RequestParam(required = false) String level, @RequestParam(required = false) String parent,
			@RequestParam(required = false) String q, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, Model model, HttpServletRequest http) {
		AgencyFilter filter = new AgencyFilter(ListParameters.choice(level, AgencyLevel.class),
				ListParameters.id(parent), ListParameters.text(q));
		Page<AgencySummary> rows = this.agencies.page(filter, ListParameters.page(page),
				ListParameters.size(size, PAGE_SIZE, AgencyManagement.MAX_PAGE_SIZE));
		List<AgencySummary> all = this.agencies.all();
		model.addAttribute("agencies", rows.getContent());
		model.addAttribute("filter", filter);
		model.addAttribute("levels", AgencyLevel.values());
		model.addAttribute("parents",
				all.stream()
					.filter((a) -> a.level() == AgencyLevel.COUNTY || a.level() == AgencyLevel.TOWNSHIP)
					.toList());
		model.addAttribute("names", all.stream().collect(Collectors.toMap(AgencySummary::id, AgencySummary::name)));
		model.addAttribute("pager", Pager.of(http, rows.getNumber(), rows.getTotalPages(), rows.getTotalElements()));
		return "agency/list";
	}

	@GetMapping("/admin/agencies/new")
	String newForm(Model model) {
		return form(model, AgencyForm.empty(), null);
	}

	@PostMapping("/admin/agencies/new")
	String create(@ModelAttribute("form") AgencyForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		check(form, result, null);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, null);
		}
		try {
			long id = this.agencies.create(form.data());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/agencies/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex, FIELDS);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, null);
		}
	}

	@GetMapping("/admin/agencies/{id}")
	String edit(@PathVariable long id, Model model) {
		AgencyDetails details = this.agencies.details(id);
		return form(model, AgencyForm.of(details.data()), details);
	}

	@PostMapping("/admin/agencies/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") AgencyForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		AgencyDetails details = this.agencies.details(id);
		check(form, result, id);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, details);
		}
		try {
			this.agencies.update(id, form.data());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/agencies/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex, FIELDS);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, details);
		}
	}

	/** Puts every problem of the form on its field, so all show at once. */
	private void check(AgencyForm form, BindingResult result, Long id) {
		if (!form.parentReadable()) {
			result.rejectValue("parentId", "agency.parent.unreadable");
		}
		if (!form.sortOrderReadable()) {
			result.rejectValue("sortOrder", "agency.sort-order.invalid");
		}
		FormErrors.rejectAll(result, this.agencies.problems(form.data(), id), FIELDS);
	}

	private String form(Model model, AgencyForm form, AgencyDetails existing) {
		if (!model.containsAttribute("form")) {
			// after a failed binding the binding result holds what was typed: keep it
			model.addAttribute("form", form);
		}
		model.addAttribute("existing", existing);
		model.addAttribute("levels", AgencyLevel.values());
		model.addAttribute("parents",
				this.agencies.all()
					.stream()
					.filter((a) -> a.level() == AgencyLevel.COUNTY || a.level() == AgencyLevel.TOWNSHIP)
					.toList());
		return "agency/form";
	}

}
