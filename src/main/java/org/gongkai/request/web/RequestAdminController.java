package org.gongkai.request.web;

import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.RequestManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's request pages: the cases of every agency the user may see, and a case
 * page where the agency's clerk confirms receipt of an online application.
 */
@Controller
class RequestAdminController {

	private final RequestManagement requests;

	RequestAdminController(RequestManagement requests) {
		this.requests = requests;
	}

	@GetMapping("/admin/requests")
	String list(Model model) {
		model.addAttribute("cases", this.requests.visibleCases());
		return "request/admin/list";
	}

	@GetMapping("/admin/requests/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("details", this.requests.details(id));
		return "request/admin/case";
	}

	@PostMapping("/admin/requests/{id}/confirm")
	String confirm(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.requests.confirm(id);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
		}
		return "redirect:/admin/requests/" + id;
	}

}
