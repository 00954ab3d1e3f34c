package org.gongkai.account.web;

import org.gongkai.account.AccountManagement;
import org.gongkai.account.AgencyAccess;
import org.gongkai.platform.RuleViolationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The security administrator's pages: account states, deliberate locking and unlocking,
 * password resets, token revocation.
 */
@Controller
class SecurityAdminController {

	private final AccountManagement accounts;

	SecurityAdminController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/security")
	String list(Model model) {
		model.addAttribute("users", this.accounts.users());
		return "account/security";
	}

	@PostMapping("/admin/security/users/{id}/lock")
	String lock(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			this.accounts.lock(id, AgencyAccess.current().id());
			redirect.addFlashAttribute("doneKey", "security.locked");
			return "redirect:/admin/security";
		}
		catch (RuleViolationException ex) {
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return list(model);
		}
	}

	@PostMapping("/admin/security/users/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.unlock(id);
		redirect.addFlashAttribute("doneKey", "security.unlocked");
		return "redirect:/admin/security";
	}

	@PostMapping("/admin/security/users/{id}/password")
	String reset(@PathVariable long id, @RequestParam(defaultValue = "") String password, Model model,
			RedirectAttributes redirect) {
		try {
			this.accounts.resetPassword(id, password, true);
			redirect.addFlashAttribute("doneKey", "security.password-reset");
			return "redirect:/admin/security";
		}
		catch (RuleViolationException ex) {
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return list(model);
		}
	}

	@PostMapping("/admin/security/users/{id}/revoke-tokens")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.revokeTokens(id);
		redirect.addFlashAttribute("doneKey", "security.tokens-revoked");
		return "redirect:/admin/security";
	}

}
