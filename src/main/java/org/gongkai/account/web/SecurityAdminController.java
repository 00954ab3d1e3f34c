package org.gongkai.account.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.AgencyAccess;
import org.gongkai.account.UserFilter;
import org.gongkai.account.UserSummary;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.ListParameters;
import org.gongkai.platform.web.Pager;

import org.springframework.data.domain.Page;
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

	private static final int PAGE_SIZE = 30;

	private final AccountManagement accounts;

	SecurityAdminController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	/**
	 * The accounts the security administrator locks, unlocks and resets, filtered by
	 * state, searched by login and display name, a page at a time.
	 */
	@GetMapping("/admin/security")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model,
			HttpServletRequest http) {
		UserFilter filter = new UserFilter(ListParameters.choice(status, UserFilter.Status.class), null, null,
				ListParameters.text(q));
		Page<UserSummary> rows = this.accounts.users(filter, ListParameters.page(page),
				ListParameters.size(size, PAGE_SIZE, AccountManagement.MAX_PAGE_SIZE));
		model.addAttribute("users", rows.getContent());
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", UserFilter.Status.values());
		model.addAttribute("pager", Pager.of(http, rows.getNumber(), rows.getTotalPages(), rows.getTotalElements()));
		return "account/security";
	}

	@PostMapping("/admin/security/users/{id}/lock")
	String lock(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletRequest http) {
		try {
			this.accounts.lock(id, AgencyAccess.current().id());
			redirect.addFlashAttribute("doneKey", "security.locked");
			return "redirect:/admin/security";
		}
		catch (RuleViolationException ex) {
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return list(null, null, null, null, model, http);
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
			RedirectAttributes redirect, HttpServletRequest http) {
		try {
			this.accounts.resetPassword(id, password, true);
			redirect.addFlashAttribute("doneKey", "security.password-reset");
			return "redirect:/admin/security";
		}
		catch (RuleViolationException ex) {
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return list(null, null, null, null, model, http);
		}
	}

	@PostMapping("/admin/security/users/{id}/revoke-tokens")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.revokeTokens(id);
		redirect.addFlashAttribute("doneKey", "security.tokens-revoked");
		return "redirect:/admin/security";
	}

}
