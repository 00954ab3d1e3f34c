package org.gongkai.mailbox.web;

import java.util.Map;

import org.gongkai.agency.AgencyDetails;
import org.gongkai.mailbox.MailboxManagement;
import org.gongkai.mailbox.MailboxProperties;
import org.gongkai.mailbox.PolicyConsultations;
import org.gongkai.mailbox.SurveyView;
import org.gongkai.mailbox.Surveys;
import org.gongkai.platform.RateLimits;
import org.gongkai.platform.RuleViolationException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of consultations on drafts (意见征集: the draft, its period, the published
 * comments, the use of comments) and of surveys (网上调查, with results as a chart and a
 * table). Commenting and voting are rate-limited per client address.
 */
@Controller
class InteractionController {

	private final MailboxManagement mailbox;

	private final PolicyConsultations consultations;

	private final Surveys surveys;

	private final RateLimits limits;

	private final MailboxProperties properties;

	InteractionController(MailboxManagement mailbox, PolicyConsultations consultations, Surveys surveys,
			RateLimits limits, MailboxProperties properties) {
		this.mailbox = mailbox;
		this.consultations = consultations;
		this.surveys = surveys;
		this.limits = limits;
		this.properties = properties;
	}

	@GetMapping("/agencies/{creditCode}/consultations")
	String consultations(@PathVariable String creditCode, Model model) {
		AgencyDetails agency = this.mailbox.agency(creditCode);
		model.addAttribute("agency", agency);
		model.addAttribute("consultations", this.consultations.publicList(agency.summary().id()));
		return "mailbox/consultations";
	}

	@GetMapping("/agencies/{creditCode}/consultations/{id}")
	String consultation(@PathVariable String creditCode, @PathVariable long id, Model model) {
		return consultation(model, this.mailbox.agency(creditCode), id, Map.of("name", "", "body", ""));
	}

	@PostMapping("/agencies/{creditCode}/consultations/{id}/comments")
	String comment(@PathVariable String creditCode, @PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String body, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		AgencyDetails agency = this.mailbox.agency(creditCode);
		if (!this.limits.tryAcquire(ClientKeys.comments(request), this.properties.commentsPerMinute())) {
			response.setStatus(429);
			model.addAttribute("errorKey", "error.too-many");
			return consultation(model, agency, id, Map.of("name", name, "body", body));
		}
		try {
			this.consultations.comment(agency.summary().id(), id, name, body);
			model.addAttribute("commented", true);
			return consultation(model, agency, id, Map.of("name", "", "body", ""));
		}
		catch (RuleViolationException ex) {
			response.setStatus(400);
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return consultation(model, agency, id, Map.of("name", name, "body", body));
		}
	}

	private String consultation(Model model, AgencyDetails agency, long id, Map<String, String> entered) {
		model.addAttribute("agency", agency);
		model.addAttribute("consultation", this.consultations.publicView(agency.summary().id(), id));
		model.addAttribute("comments", this.consultations.publicComments(agency.summary().id(), id));
		model.addAttribute("entered", entered);
		return "mailbox/consultation";
	}

	@GetMapping("/agencies/{creditCode}/surveys")
	String surveys(@PathVariable String creditCode, Model model) {
		AgencyDetails agency = this.mailbox.agency(creditCode);
		model.addAttribute("agency", agency);
		model.addAttribute("surveys", this.surveys.publicList(agency.summary().id()));
		return "mailbox/surveys";
	}

	@GetMapping("/agencies/{creditCode}/surveys/{id}")
	String survey(@PathVariable String creditCode, @PathVariable long id, Model model) {
		return survey(model, this.mailbox.agency(creditCode), id);
	}

	@PostMapping("/agencies/{creditCode}/surveys/{id}/vote")
	String vote(@PathVariable String creditCode, @PathVariable long id, @RequestParam(required = false) String option,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		AgencyDetails agency = this.mailbox.agency(creditCode);
		if (!this.limits.tryAcquire(ClientKeys.votes(request), this.properties.votesPerMinute())) {
			response.setStatus(429);
			model.addAttribute("errorKey", "error.too-many");
			return survey(model, agency, id);
		}
		try {
			Long optionId = (option != null && option.matches("\\d{1,18}")) ? Long.valueOf(option) : null;
			this.surveys.vote(agency.summary().id(), id, optionId);
			model.addAttribute("voted", true);
		}
		catch (RuleViolationException ex) {
			response.setStatus(400);
			model.addAttribute("errorKey", ex.messageKey());
		}
		return survey(model, agency, id);
	}

	private String survey(Model model, AgencyDetails agency, long id) {
		SurveyView survey = this.surveys.publicView(agency.summary().id(), id);
		model.addAttribute("agency", agency);
		model.addAttribute("survey", survey);
		model.addAttribute("bars", Bar.of(survey.results(), SurveyView.Result::label, SurveyView.Result::votes));
		return "mailbox/survey";
	}

}
