package org.gongkai.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.AgencyAccess;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.account.StaffSessions;
import org.gongkai.platform.RuleViolationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing one's own password (required first when someone else set it); this session
 * stays signed in, the account's other sessions end and its API tokens are revoked.
 */
@Controller
class PasswordController {

	private final AccountManagement accounts;

	private final StaffSessions sessions;

	PasswordController(AccountManagement accounts, StaffSessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@GetMapping("/admin/account/password")
	String form() {
		return "account/password";
	}

	@PostMapping("/admin/account/password")
	String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String next,
			@RequestParam(defaultValue = "") String repeat, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		if (!next.equals(repeat)) {
			model.addAttribute("errorKey", "account.password.mismatch");
			return "account/password";
		}
		try {
			StaffPrincipal updated = this.accounts.changeOwnPassword(AgencyAccess.current(), current, next);
			this.sessions.replace(updated, request, response);
			redirect.addFlashAttribute("passwordChanged", true);
			return "redirect:/admin";
		}
		catch (RuleViolationException ex) {
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return "account/password";
		}
	}

}
