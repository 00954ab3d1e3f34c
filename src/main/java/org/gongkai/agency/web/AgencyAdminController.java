package org.gongkai.agency.web;

import java.util.Map;

import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The system administrator's agency pages (access: SYSTEM_ADMIN, see the security
 * configuration).
 */
@Controller
class AgencyAdminController {

	private static final Map<String, String> FIELDS = Map.of("parent", "parentId", "text", "address");

	private final AgencyManagement agencies;

	AgencyAdminController(AgencyManagement agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/admin/agencies")
	String list(Model model) {
		model.addAttribute("agencies", this.agencies.all());
		return "agency/list";
	}

	@GetMapping("/admin/agencies/new")
	String newForm(Model model) {
		return form(model, AgencyForm.empty(), null);
	}

	@PostMapping("/admin/agencies/new")
	String create(@ModelAttribute("form") AgencyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		try {
			long id = this.agencies.create(form.data());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/agencies/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex, FIELDS);
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
			RedirectAttributes redirect) {
		AgencyDetails details = this.agencies.details(id);
		if (result.hasErrors()) {
			return form(model, form, details);
		}
		try {
			this.agencies.update(id, form.data());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/agencies/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex, FIELDS);
			return form(model, form, details);
		}
	}

	private String form(Model model, AgencyForm form, AgencyDetails existing) {
		model.addAttribute("form", form);
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
