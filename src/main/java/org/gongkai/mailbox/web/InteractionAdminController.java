package org.gongkai.mailbox.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.gongkai.account.AgencyAccess;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.mailbox.consultation.ConsultationFilter;
import org.gongkai.mailbox.consultation.ConsultationView;
import org.gongkai.mailbox.consultation.PolicyConsultations;
import org.gongkai.mailbox.survey.SurveyView;
import org.gongkai.mailbox.survey.Surveys;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.ListParameters;
import org.gongkai.platform.web.Pager;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back office's consultations on drafts (create, moderate comments, publish the use
 * of comments; those past their period without it are flagged) and surveys (create, read
 * results).
 */
@Controller
class InteractionAdminController {

	private static final int PAGE_SIZE = 20;

	private final PolicyConsultations consultations;

	private final Surveys surveys;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	InteractionAdminController(PolicyConsultations consultations, Surveys surveys, AgencyManagement agencies,
			AgencyAccess access) {
		this.consultations = consultations;
		this.surveys = surveys;
		this.agencies = agencies;
		this.access = access;
	}

	/**
	 * The consultations of the agencies the user may see, filtered by stage, agency and
	 * opening day, searched by title, a page at a time; hostile parameters are clamped or
	 * ignored.
	 */
	@GetMapping("/admin/mailbox/consultations")
	String consultations(@RequestParam(required = false) String stage, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String q, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, Model model, HttpServletRequest http) {
		ConsultationFilter filter = new ConsultationFilter(ListParameters.choice(stage, ConsultationFilter.Stage.class),
				ListParameters.id(agency), ListParameters.text(q), ListParameters.date(from), ListParameters.date(to));
		Page<ConsultationView> rows = this.consultations.adminPage(filter, ListParameters.page(page),
				ListParameters.size(size, PAGE_SIZE, PolicyConsultations.MAX_PAGE_SIZE));
		model.addAttribute("pager", Pager.of(http, rows.getNumber(), rows.getTotalPages(), rows.getTotalElements()));
		return consultations(model, filter, rows);
	}

	private String consultations(Model model, ConsultationFilter filter, Page<ConsultationView> rows) {
		model.addAttribute("consultations", rows.getContent());
		model.addAttribute("filter", filter);
		model.addAttribute("stages", ConsultationFilter.Stage.values());
		model.addAttribute("agencies", myAgencies());
		return "mailbox/admin/consultations";
	}

	@PostMapping("/admin/mailbox/consultations")
	String create(@RequestParam(required = false) String agencyId, @RequestParam(required = false) String title,
			@RequestParam(required = false) String draft, @RequestParam(required = false) String opensOn,
			@RequestParam(required = false) String closesOn, Model model, HttpServletResponse response) {
		try {
			long id = this.consultations.create(agency(agencyId), title, draft, date(opensOn), date(closesOn));
			return "redirect:/admin/mailbox/consultations/" + id + "?saved";
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			// the first page, its links without the refused form's fields
			ConsultationFilter none = new ConsultationFilter(null, null, "", null, null);
			Page<ConsultationView> rows = this.consultations.adminPage(none, 0, PAGE_SIZE);
			String list = "/admin/mailbox/consultations?page=";
			model.addAttribute("pager",
					new Pager(0, Math.max(rows.getTotalPages(), 1), rows.getTotalElements(), null,
							(rows.getTotalPages() > 1) ? list + 1 : null, list + 0,
							list + Math.max(rows.getTotalPages() - 1, 0)));
			return consultations(model, none, rows);
		}
	}

	@GetMapping("/admin/mailbox/consultations/{id}")
	String consultation(@PathVariable long id, Model model) {
		model.addAttribute("consultation", this.consultations.adminView(id));
		model.addAttribute("comments", this.consultations.adminComments(id));
		return "mailbox/admin/consultation";
	}

	@PostMapping("/admin/mailbox/consultations/{id}/comments/{commentId}")
	String moderate(@PathVariable long id, @PathVariable long commentId,
			@RequestParam(defaultValue = "false") boolean publish) {
		this.consultations.moderate(commentId, publish);
		return "redirect:/admin/mailbox/consultations/" + id + "?saved";
	}

	@PostMapping("/admin/mailbox/consultations/{id}/summary")
	String summary(@PathVariable long id, @RequestParam(required = false) String summary, Model model,
			HttpServletResponse response) {
		try {
			this.consultations.publishSummary(id, summary);
			return "redirect:/admin/mailbox/consultations/" + id + "?saved";
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return consultation(id, model);
		}
	}

	/**
	 * The surveys of the agencies the user may see, filtered by agency, searched by
	 * title, a page at a time.
	 */
	@GetMapping("/admin/mailbox/surveys")
	String surveys(@RequestParam(required = false) String agency, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model,
			HttpServletRequest http) {
		Long agencyId = ListParameters.id(agency);
		String text = ListParameters.text(q);
		Page<SurveyView> rows = this.surveys.adminPage(agencyId, text, ListParameters.page(page),
				ListParameters.size(size, PAGE_SIZE, Surveys.MAX_PAGE_SIZE));
		model.addAttribute("surveys", rows.getContent());
		model.addAttribute("agency", agencyId);
		model.addAttribute("q", text);
		model.addAttribute("pager", Pager.of(http, rows.getNumber(), rows.getTotalPages(), rows.getTotalElements()));
		model.addAttribute("agencies", myAgencies());
		return "mailbox/admin/surveys";
	}

	@PostMapping("/admin/mailbox/surveys")
	String createSurvey(@RequestParam(required = false) String agencyId, @RequestParam(required = false) String title,
			@RequestParam(required = false) String question, @RequestParam(required = false) String answers,
			@RequestParam(required = false) String opensOn, @RequestParam(required = false) String closesOn,
			Model model, HttpServletRequest http, HttpServletResponse response) {
		try {
			this.surveys.create(agency(agencyId), title, question,
					(answers != null) ? Arrays.asList(answers.split("\\R")) : null, date(opensOn), date(closesOn));
			return "redirect:/admin/mailbox/surveys?saved";
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return surveys(null, null, null, null, model, http);
		}
	}

	private java.util.List<AgencySummary> myAgencies() {
		java.util.Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		return this.agencies.all().stream().filter((a) -> visible.contains(a.id())).toList();
	}

	private static long agency(String value) {
		Long id = MailboxAdminController.number(value);
		if (id == null) {
			throw new RuleViolationException("mailbox.agency.invalid", "No agency");
		}
		return id;
	}

	static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
