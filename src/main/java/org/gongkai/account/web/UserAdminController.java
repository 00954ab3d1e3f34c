package org.gongkai.account.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.AdministratorAppointments;
import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Grant;
import org.gongkai.account.NewUser;
import org.gongkai.account.Role;
import org.gongkai.account.UserFilter;
import org.gongkai.account.UserSummary;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
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
 * The system administrator's account pages: list, create, change name, status and roles.
 * An administrator-role account is asked for here and created once the security and the
 * audit administrator confirm ({@link AppointmentController}). Passwords and locks are
 * the security administrator's (see {@link SecurityAdminController}).
 */
@Controller
class UserAdminController {

	private static final int PAGE_SIZE = 20;

	private final AccountManagement accounts;

	private final AgencyManagement agencies;

	private final AdministratorAppointments appointments;

	UserAdminController(AccountManagement accounts, AgencyManagement agencies, AdministratorAppointments appointments) {
		this.accounts = accounts;
		this.agencies = agencies;
		this.appointments = appointments;
	}

	/**
	 * Every account, filtered by state, role and agency, searched by login and display
	 * name, a page at a time; hostile parameters are clamped or ignored.
	 */
	@GetMapping("/admin/users")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String role,
			@RequestParam(required = false) String agency, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model,
			HttpServletRequest http) {
		UserFilter filter = new UserFilter(ListParameters.choice(status, UserFilter.Status.class),
				ListParameters.choice(role, Role.class), ListParameters.id(agency), ListParameters.text(q));
		Page<UserSummary> rows = this.accounts.users(filter, ListParameters.page(page),
				ListParameters.size(size, PAGE_SIZE, AccountManagement.MAX_PAGE_SIZE));
		model.addAttribute("users", rows.getContent());
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", UserFilter.Status.values());
		model.addAttribute("roles", Role.values());
		model.addAttribute("agencies", this.agencies.all());
		model.addAttribute("agencyNames", agencyNames());
		model.addAttribute("pager", Pager.of(http, rows.getNumber(), rows.getTotalPages(), rows.getTotalElements()));
		return "account/users";
	}

	@GetMapping("/admin/users/new")
	String newForm(Model model) {
		return newUserPage(model, "", "", null, null);
	}

	@PostMapping("/admin/users/new")
	String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String password, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Long agencyId, Model model, RedirectAttributes redirect) {
		try {
			Grant grant = new Grant(role, (role != null && role.isAdministrator()) ? null : agencyId);
			NewUser user = new NewUser(username, displayName, password, List.of(grant));
			if (role != null && role.isAdministrator()) {
				this.appointments.request(user, AgencyAccess.current().id());
				redirect.addFlashAttribute("doneKey", "appointments.requested");
				return "redirect:" + AppointmentController.PAGE;
			}
			long id = this.accounts.createUser(user, true);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/users/" + id;
		}
		catch (RuleViolationException ex) {
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return newUserPage(model, username, displayName, role, agencyId);
		}
	}

	@GetMapping("/admin/users/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("user", this.accounts.user(id));
		model.addAttribute("agencyNames", agencyNames());
		model.addAttribute("agencies", this.agencies.all());
		model.addAttribute("roles", Role.values());
		return "account/user-edit";
	}

	@PostMapping("/admin/users/{id}")
	String update(@PathVariable long id, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "false") boolean enabled, Model model, RedirectAttributes redirect) {
		UserSummary user = this.accounts.user(id);
		return apply(id, displayName, enabled, user.grants(), model, redirect);
	}

	@PostMapping("/admin/users/{id}/grants")
	String addGrant(@PathVariable long id, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Long agencyId, Model model, RedirectAttributes redirect) {
		UserSummary user = this.accounts.user(id);
		List<Grant> grants = new ArrayList<>(user.grants());
		grants.add(new Grant(role, (role != null && role.isAdministrator()) ? null : agencyId));
		return apply(id, user.displayName(), user.enabled(), grants, model, redirect);
	}

	@PostMapping("/admin/users/{id}/grants/remove")
	String removeGrant(@PathVariable long id, @RequestParam int index, Model model, RedirectAttributes redirect) {
		UserSummary user = this.accounts.user(id);
		List<Grant> grants = new ArrayList<>(user.grants());
		if (index >= 0 && index < grants.size()) {
			grants.remove(index);
		}
		return apply(id, user.displayName(), user.enabled(), grants, model, redirect);
	}

	private String apply(long id, String displayName, boolean enabled, List<Grant> grants, Model model,
			RedirectAttributes redirect) {
		try {
			this.accounts.updateUser(id, displayName, enabled, grants, AgencyAccess.current().id());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/users/" + id;
		}
		catch (RuleViolationException ex) {
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return edit(id, model);
		}
	}

	private String newUserPage(Model model, String username, String displayName, Role role, Long agencyId) {
		model.addAttribute("username", username);
		model.addAttribute("displayName", displayName);
		model.addAttribute("role", role);
		model.addAttribute("agencyId", agencyId);
		model.addAttribute("roles", Role.values());
		model.addAttribute("agencies", this.agencies.all());
		return "account/user-new";
	}

	private Map<Long, String> agencyNames() {
		return this.agencies.all().stream().collect(Collectors.toMap(AgencySummary::id, AgencySummary::name));
	}

}
