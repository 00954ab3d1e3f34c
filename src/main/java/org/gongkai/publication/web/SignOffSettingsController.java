package org.gongkai.publication.web;

import org.gongkai.publication.PublicationSignOff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page where an agency's leader, or a disclosure office over it, decides whether its
 * publications need the leader's sign-off (领导签发) before they go public.
 */
@Controller
class SignOffSettingsController {

	private final PublicationSignOff signOff;

	SignOffSettingsController(PublicationSignOff signOff) {
		this.signOff = signOff;
	}

	@GetMapping("/admin/publications/sign-off")
	String settings(Model model) {
		model.addAttribute("agencies", this.signOff.settable());
		return "publication/admin/sign-off";
	}

	@PostMapping("/admin/publications/sign-off")
	String change(@RequestParam long agencyId, @RequestParam boolean required, RedirectAttributes redirect) {
		boolean changed = this.signOff.setRequired(agencyId, required);
		redirect.addFlashAttribute("done", !changed ? "unchanged" : required ? "on" : "off");
		return "redirect:/admin/publications/sign-off";
	}

}
