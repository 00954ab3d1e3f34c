package org.gongkai.mailbox.web;

import java.util.Map;
import java.util.Optional;

import org.gongkai.agency.AgencyDetails;
import org.gongkai.mailbox.MailboxProperties;
import org.gongkai.mailbox.consultation.PolicyConsultations;
import org.gongkai.mailbox.letter.AgencyMailboxes;
import org.gongkai.mailbox.survey.SurveyView;
import org.gongkai.mailbox.survey.Surveys;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RateLimits;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.submission.Filed;
import org.gongkai.submission.ReceiptRedirect;
import org.gongkai.submission.SubmissionKey;
import org.gongkai.submission.Submissions;
import org.gongkai.submission.Submitted;

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
 * table). Commenting and voting are rate-limited per client address, filed once per form
 * instance (its idempotency key) and answered with a redirect to a receipt page
 * (Post/Redirect/Get).
 */
@Controller
class InteractionController {

	/** The kinds of submission, each with its own keys. */
	static final String COMMENT = "mailbox.comment";

	static final String VOTE = "mailbox.vote";

	private final AgencyMailboxes mailboxes;

	private final PolicyConsultations consultations;

	private final Surveys surveys;

	private final RateLimits limits;

	private final MailboxProperties properties;

	private final Submissions submissions;

	InteractionController(AgencyMailboxes mailboxes, PolicyConsultations consultations, Surveys surveys,
			RateLimits limits, MailboxProperties properties, Submissions submissions) {
		this.submissions = submissions;
		this.mailboxes = mailboxes;
		this.consultations = consultations;
		this.surveys = surveys;
		this.limits = limits;
		this.properties = properties;
	}

	@GetMapping("/agencies/{creditCode}/consultations")
	String consultations(@PathVariable String creditCode, Model model) {
		AgencyDetails agency = this.mailboxes.agency(creditCode);
		model.addAttribute("agency", agency);
		model.addAttribute("consultations", this.consultations.publicList(agency.summary().id()));
		return "mailbox/consultations";
	}

	@GetMapping("/agencies/{creditCode}/consultations/{id}")
	String consultation(@PathVariable String creditCode, @PathVariable long id, Model model) {
		return consultation(model, this.mailboxes.agency(creditCode), id, Map.of("name", "", "body", ""),
				SubmissionKey.fresh());
	}

	@PostMapping("/agencies/{creditCode}/consultations/{id}/comments")
	String comment(@PathVariable String creditCode, @PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String body,
			@RequestParam(name = SubmissionKey.FIELD, required = false) String rawKey, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		AgencyDetails agency = this.mailboxes.agency(creditCode);
		Map<String, String> entered = Map.of("name", name, "body", body);
		String path = "/agencies/" + creditCode + "/consultations/" + id + "/comments/receipt/";
		SubmissionKey key;
		String payload = creditCode + "\n" + id + "\n" + name + "\n" + body;
		try {
			key = SubmissionKey.of(COMMENT, rawKey);
			Optional<Submitted> earlier = this.submissions.repeat(key, payload);
			if (earlier.isPresent()) {
				return toReceipt(earlier.get(), path, request, response);
			}
		}
		catch (RuleViolationException ex) {
			response.setStatus(ex.status());
			model.addAttribute("errorKey", ex.messageKey());
			return consultation(model, agency, id, entered, SubmissionKey.fresh());
		}
		if (!this.limits.tryAcquire(ClientKeys.comments(request), this.properties.commentsPerMinute())) {
			response.setStatus(429);
			model.addAttribute("errorKey", "error.too-many");
			return consultation(model, agency, id, entered, key.value());
		}
		try {
			Submitted submitted = this.submissions.submit(key, payload, true, () -> {
				this.consultations.comment(agency.summary().id(), id, name, body);
				return new Filed(String.valueOf(id), null);
			});
			return toReceipt(submitted, path, request, response);
		}
		catch (RuleViolationException ex) {
			response.setStatus(400);
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return consultation(model, agency, id, entered, key.value());
		}
	}

	/** The consultation again, saying the comment was received. */
	@GetMapping("/agencies/{creditCode}/consultations/{id}/comments/receipt/{token}")
	String commented(@PathVariable String creditCode, @PathVariable long id, @PathVariable String token, Model model,
			HttpServletResponse response) {
		AgencyDetails agency = this.mailboxes.agency(creditCode);
		this.submissions.receipt(COMMENT, token, null)
			.filter((r) -> r.reference().equals(String.valueOf(id)))
			.orElseThrow(() -> new NotFoundException("Receipt"));
		ReceiptRedirect.noStore(response);
		model.addAttribute("commented", true);
		return consultation(model, agency, id, Map.of("name", "", "body", ""), SubmissionKey.fresh());
	}

	private String toReceipt(Submitted submitted, String path, HttpServletRequest request,
			HttpServletResponse response) {
		return ReceiptRedirect.to(submitted, path + submitted.receiptToken(), this.submissions.receiptLifetime(),
				request, response);
	}

	private String consultation(Model model, AgencyDetails agency, long id, Map<String, String> entered, String key) {
		model.addAttribute(SubmissionKey.FIELD, key);
		model.addAttribute("agency", agency);
		model.addAttribute("consultation", this.consultations.publicView(agency.summary().id(), id));
		model.addAttribute("comments", this.consultations.publicComments(agency.summary().id(), id));
		model.addAttribute("entered", entered);
		return "mailbox/consultation";
	}

	@GetMapping("/agencies/{creditCode}/surveys")
	String surveys(@PathVariable String creditCode, Model model) {
		AgencyDetails agency = this.mailboxes.agency(creditCode);
		model.addAttribute("agency", agency);
		model.addAttribute("surveys", this.surveys.publicList(agency.summary().id()));
		return "mailbox/surveys";
	}

	@GetMapping("/agencies/{creditCode}/surveys/{id}")
	String survey(@PathVariable String creditCode, @PathVariable long id, Model model) {
		return survey(model, this.mailboxes.agency(creditCode), id, SubmissionKey.fresh());
	}

	@PostMapping("/agencies/{creditCode}/surveys/{id}/vote")
	String vote(@PathVariable String creditCode, @PathVariable long id, @RequestParam(required = false) String option,
			@RequestParam(name = SubmissionKey.FIELD, required = false) String rawKey, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		AgencyDetails agency = this.mailboxes.agency(creditCode);
		String path = "/agencies/" + creditCode + "/surveys/" + id + "/vote/receipt/";
		SubmissionKey key;
		String payload = creditCode + "\n" + id + "\n" + option;
		try {
			key = SubmissionKey.of(VOTE, rawKey);
			Optional<Submitted> earlier = this.submissions.repeat(key, payload);
			if (earlier.isPresent()) {
				return toReceipt(earlier.get(), path, request, response);
			}
		}
		catch (RuleViolationException ex) {
			response.setStatus(ex.status());
			model.addAttribute("errorKey", ex.messageKey());
			return survey(model, agency, id, SubmissionKey.fresh());
		}
		if (!this.limits.tryAcquire(ClientKeys.votes(request), this.properties.votesPerMinute())) {
			response.setStatus(429);
			model.addAttribute("errorKey", "error.too-many");
			return survey(model, agency, id, key.value());
		}
		try {
			Long optionId = (option != null && option.matches("\\d{1,18}")) ? Long.valueOf(option) : null;
			Submitted submitted = this.submissions.submit(key, payload, true, () -> {
				this.surveys.vote(agency.summary().id(), id, optionId);
				return new Filed(String.valueOf(id), null);
			});
			return toReceipt(submitted, path, request, response);
		}
		catch (RuleViolationException ex) {
			response.setStatus(400);
			model.addAttribute("errorKey", ex.messageKey());
			return survey(model, agency, id, key.value());
		}
	}

	/** The survey again with its results, saying the vote was counted. */
	@GetMapping("/agencies/{creditCode}/surveys/{id}/vote/receipt/{token}")
	String voted(@PathVariable String creditCode, @PathVariable long id, @PathVariable String token, Model model,
			HttpServletResponse response) {
		AgencyDetails agency = this.mailboxes.agency(creditCode);
		this.submissions.receipt(VOTE, token, null)
			.filter((r) -> r.reference().equals(String.valueOf(id)))
			.orElseThrow(() -> new NotFoundException("Receipt"));
		ReceiptRedirect.noStore(response);
		model.addAttribute("voted", true);
		return survey(model, agency, id, SubmissionKey.fresh());
	}

	private String survey(Model model, AgencyDetails agency, long id, String key) {
		model.addAttribute(SubmissionKey.FIELD, key);
		SurveyView survey = this.surveys.publicView(agency.summary().id(), id);
		model.addAttribute("agency", agency);
		model.addAttribute("survey", survey);
		model.addAttribute("bars", Bar.of(survey.results(), SurveyView.Result::label, SurveyView.Result::votes));
		return "mailbox/survey";
	}

}
