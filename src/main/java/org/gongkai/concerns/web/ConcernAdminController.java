package org.gongkai.concerns.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.concerns.ConcernFilter;
import org.gongkai.concerns.ConcernKind;
import org.gongkai.concerns.ConcernSeverity;
import org.gongkai.concerns.ConcernView;
import org.gongkai.concerns.Concerns;
import org.gongkai.concerns.ConcernsProperties;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.platform.web.ListParameters;

import org.springframework.context.MessageSource;
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
 * The back office's concerns: the list of the agencies the user may see through a filter
 * (overdue, due soon, answered…), the form a clerk registers a concern with, a concern's
 * page with its clock and its response (a draft in the 回应关切 column, or another response
 * recorded with its moment and link). The service checks the role for the concern's
 * agency on every read and step.
 */
@Controller
class ConcernAdminController {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final Concerns concerns;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final ConcernsProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	ConcernAdminController(Concerns concerns, AgencyManagement agencies, AgencyAccess access,
			ConcernsProperties properties, MessageSource messages, Clock clock) {
		this.concerns = concerns;
		this.agencies = agencies;
		this.access = access;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/concerns")
	String list(@RequestParam(required = false) String filter, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
		ConcernFilter chosen = ConcernFilter.of(ListParameters.text(filter));
		Long agencyId = ListParameters.id(agency);
		LocalDate start = ListParameters.date(from);
		LocalDate end = ListParameters.date(to);
		List<ConcernView> rows = this.concerns.list(chosen, agencyId, start, end);
		model.addAttribute("concerns", rows);
		model.addAttribute("filter", chosen);
		model.addAttribute("filters", ConcernFilter.values());
		model.addAttribute("agencyId", agencyId);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("clerkOf", clerkOf());
		return "concerns/admin/list";
	}

	@GetMapping("/admin/concerns/new")
	String newConcern(@RequestParam(required = false) String agency, Model model) {
		AgencySummary target = clerkAgency(agency);
		ConcernForm form = new ConcernForm();
		form.setAroseAt(LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES).toString());
		form.setSeverity(ConcernSeverity.MAJOR.name());
		return form(target, form, model);
	}

	@PostMapping("/admin/concerns/new")
	String register(@RequestParam(required = false) String agency, @ModelAttribute("form") ConcernForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AgencySummary target = clerkAgency(agency);
		List<RuleViolationException> problems = this.concerns.problems(form.input());
		if (problems.isEmpty() && !result.hasErrors()) {
			long id = this.concerns.register(target.id(), form.input());
			redirect.addFlashAttribute("done", message("concerns.done.registered"));
			return "redirect:/admin/concerns/" + id;
		}
		FormErrors.rejectAll(result, problems, Map.of("arose-at", "aroseAt"));
		response.setStatus(400);
		return form(target, form, model);
	}

	@GetMapping("/admin/concerns/{id}")
	String concern(@PathVariable long id, Model model) {
		ConcernView concern = this.concerns.view(id);
		ResponseForm form = new ResponseForm();
		form.setAnsweredAt(LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES).toString());
		return page(concern, form, model);
	}

	@PostMapping("/admin/concerns/{id}/response-draft")
	String draft(@PathVariable long id, RedirectAttributes redirect) {
		long publication = this.concerns.startResponse(id);
		redirect.addFlashAttribute("done", message("concerns.done.drafted"));
		return "redirect:/admin/publications/" + publication + "/edit";
	}

	@PostMapping("/admin/concerns/{id}/response")
	String respond(@PathVariable long id, @ModelAttribute("responseForm") ResponseForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ConcernView concern = this.concerns.view(id);
		if (!this.concerns.mayRespond(concern.agencyId())) {
			throw new ForbiddenException("Clerk of agency " + concern.agencyId() + " required");
		}
		List<RuleViolationException> problems = this.concerns.responseProblems(id, form.input());
		if (problems.isEmpty() && !result.hasErrors()) {
			this.concerns.recordResponse(id, form.input());
			redirect.addFlashAttribute("done", message("concerns.done.answered"));
			return "redirect:/admin/concerns/" + id;
		}
		FormErrors.rejectAll(result, problems, Map.of("answered-at", "answeredAt"));
		response.setStatus(400);
		return page(concern, form, model);
	}

	private String page(ConcernView concern, ResponseForm form, Model model) {
		model.addAttribute("concern", concern);
		model.addAttribute("responseForm", form);
		model.addAttribute("mayRespond", this.concerns.mayRespond(concern.agencyId()));
		return "concerns/admin/concern";
	}

	private String form(AgencySummary agency, ConcernForm form, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("form", form);
		model.addAttribute("kinds", ConcernKind.values());
		model.addAttribute("severities", ConcernSeverity.values());
		model.addAttribute("hours", this.properties.hours());
		return "concerns/admin/form";
	}

	/** The agencies the user registers concerns for (their clerk grants), by id. */
	private List<AgencySummary> clerkOf() {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null) {
			return List.of();
		}
		return me.grants()
			.stream()
			.filter((g) -> g.role() == Role.CLERK && g.agencyId() != null)
			.map((g) -> this.agencies.details(g.agencyId()).summary())
			.distinct()
			.sorted(Comparator.comparing(AgencySummary::id))
			.toList();
	}

	/** The agency named (or the user's only one) if they are its clerk. */
	private AgencySummary clerkAgency(String agency) {
		Long id = ListParameters.id(agency);
		List<AgencySummary> mine = clerkOf();
		if (id == null && mine.size() == 1) {
			return mine.get(0);
		}
		if (id == null) {
			throw new NotFoundException("No agency named");
		}
		this.access.require(Role.CLERK, id);
		return this.agencies.details(id).summary();
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, CHINESE);
	}

}
