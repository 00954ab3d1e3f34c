package org.gongkai.request.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.request.AppealKind;
import org.gongkai.request.AppealResult;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.Delivery;
import org.gongkai.request.InformationFormat;
import org.gongkai.request.Receipt;
import org.gongkai.request.RequestAssignment;
import org.gongkai.request.RequestManagement;
import org.gongkai.request.notices.NoticeRetries;
import org.gongkai.request.appeals.RequestAppeals;
import org.gongkai.request.fees.FeeBasis;
import org.gongkai.request.fees.RequestFees;
import org.gongkai.request.intake.RequestIntake;
import org.gongkai.request.intake.ValidApplication;
import org.gongkai.request.rules.Outcome;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static org.gongkai.request.web.RequestAdminController.date;

/**
 * The back office's case work beyond the answer: fee notices, payments and waivers
 * (国办函〔2020〕109号), assignment to a clerk, reconsiderations and lawsuits (their list is
 * {@link AppealListController}), and the intake form for applications received offline
 * (arts. 29, 31). A refused step re-renders the page with the reason (400) and changes
 * nothing.
 */
@Controller
class CaseWorkAdminController {

	/** Violations whose key segment is not an intake form field. */
	private static final Map<String, String> FIELDS = Map.of("contact", "phone");

	private final RequestManagement requests;

	private final RequestIntake intake;

	private final RequestFees fees;

	private final RequestAppeals appeals;

	private final RequestAssignment assignment;

	private final AgencyManagement agencies;

	private final Clock clock;

	private final NoticeRetries notices;

	CaseWorkAdminController(RequestManagement requests, RequestIntake intake, RequestFees fees, RequestAppeals appeals,
			RequestAssignment assignment, AgencyManagement agencies, Clock clock, NoticeRetries notices) {
		this.notices = notices;
		this.requests = requests;
		this.intake = intake;
		this.fees = fees;
		this.appeals = appeals;
		this.assignment = assignment;
		this.agencies = agencies;
		this.clock = clock;
	}

	@PostMapping("/admin/requests/{id}/fee")
	String issueFee(@PathVariable long id, @RequestParam(required = false) String basis,
			@RequestParam(required = false) String pages, @RequestParam(required = false) String notifiedOn,
			Model model, HttpServletResponse response) {
		FeeBasis chosen = Arrays.stream(FeeBasis.values())
			.filter((b) -> b.name().equals(basis))
			.findFirst()
			.orElse(null);
		return step(id, () -> this.fees.issue(id, chosen, number(pages), date(notifiedOn)), model, response);
	}

	@PostMapping("/admin/requests/{id}/fee-payment")
	String pay(@PathVariable long id, @RequestParam(required = false) String paidOn,
			@RequestParam(required = false) String amount, Model model, HttpServletResponse response) {
		return step(id, () -> this.fees.recordPayment(id, date(paidOn), money(amount)), model, response);
	}

	@PostMapping("/admin/requests/{id}/fee-waiver")
	String waive(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response) {
		return step(id, () -> this.fees.waive(id, reason), model, response);
	}

	/**
	 * Sends again a notice to the applicant that the automatic attempts gave up on; a
	 * refusal of the mail server this time is said on the page (and logged on the case).
	 */
	@PostMapping("/admin/requests/{id}/notices/{noticeId}/resend")
	String resendNotice(@PathVariable long id, @PathVariable long noticeId, Model model, HttpServletResponse response) {
		return step(id, () -> {
			if (!this.notices.resend(id, noticeId)) {
				throw new RuleViolationException("request.notice.resend.failed", "Mail server refused again");
			}
		}, model, response);
	}

	@PostMapping("/admin/requests/{id}/assignment")
	String assign(@PathVariable long id, @RequestParam(required = false) String assignee, Model model,
			HttpServletResponse response) {
		return step(id, () -> this.assignment.assign(id, assignee), model, response);
	}

	@PostMapping("/admin/requests/{id}/appeals")
	String recordAppeal(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String followsId, @RequestParam(required = false) String filedOn,
			@RequestParam(required = false) String body, @RequestParam(required = false) String decidedOn,
			@RequestParam(required = false) String result, Model model, HttpServletResponse response) {
		AppealKind appealKind = Arrays.stream(AppealKind.values())
			.filter((k) -> k.name().equals(kind))
			.findFirst()
			.orElse(null);
		Long follows = (followsId != null && followsId.matches("\\d{1,18}")) ? Long.valueOf(followsId) : null;
		return step(id, () -> this.appeals.record(id, appealKind, follows, date(filedOn), body, date(decidedOn),
				result(result)), model, response);
	}

	@PostMapping("/admin/requests/{id}/appeals/{appealId}")
	String decideAppeal(@PathVariable long id, @PathVariable long appealId,
			@RequestParam(required = false) String decidedOn, @RequestParam(required = false) String result,
			Model model, HttpServletResponse response) {
		return step(id, () -> this.appeals.decide(appealId, date(decidedOn), result(result)), model, response);
	}

	@GetMapping("/admin/requests/new")
	String intakeForm(Model model) {
		Map<Long, String> mine = clerkAgencies();
		String first = mine.keySet().stream().findFirst().map(String::valueOf).orElse("");
		return intake(model, mine, IntakeForm.empty(first, LocalDate.now(this.clock).toString()));
	}

	@PostMapping("/admin/requests/new")
	String register(@ModelAttribute("form") IntakeForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		Map<Long, String> mine = clerkAgencies();
		Long agencyId = (form.agencyId() != null && form.agencyId().strip().matches("\\d{1,18}"))
				? Long.valueOf(form.agencyId().strip()) : null;
		if (agencyId == null || !mine.containsKey(agencyId)) {
			result.rejectValue("agencyId", "request.intake.agency.invalid");
		}
		Channel channel = Arrays.stream(Channel.values())
			.filter((c) -> c != Channel.ONLINE && c.name().equals(form.channel()))
			.findFirst()
			.orElse(null);
		if (channel == null) {
			result.rejectValue("channel", "request.channel.invalid");
		}
		LocalDate receivedOn = date(form.receivedOn());
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return intake(model, mine, form);
		}
		try {
			Receipt receipt = this.intake.registerWalkIn(agencyId, form.application(), channel, receivedOn);
			response.setHeader("Cache-Control", "no-store");
			model.addAttribute("receipt", receipt);
			model.addAttribute("agencyName", mine.get(agencyId));
			model.addAttribute("channel", channel);
			return "request/admin/intake-receipt";
		}
		catch (RuleViolationException ex) {
			// every problem of the application at once, as on the public form
			List<RuleViolationException> problems = ValidApplication.problems(form.application());
			for (RuleViolationException problem : problems) {
				FormErrors.reject(result, problem, FIELDS);
			}
			if (problems.stream().noneMatch((p) -> p.messageKey().equals(ex.messageKey()))) {
				FormErrors.reject(result, ex, FIELDS);
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return intake(model, mine, form);
		}
	}

	/** The agencies the user is a clerk of, by name. */
	private Map<Long, String> clerkAgencies() {
		StaffPrincipal me = AgencyAccess.current();
		Map<Long, String> mine = new LinkedHashMap<>();
		if (me != null) {
			for (Grant grant : me.grants()) {
				if (grant.role() == Role.CLERK && grant.agencyId() != null) {
					mine.put(grant.agencyId(), this.agencies.details(grant.agencyId()).summary().name());
				}
			}
		}
		if (mine.isEmpty()) {
			throw new ForbiddenException("Intake needs the clerk role");
		}
		return mine;
	}

	private String intake(Model model, Map<Long, String> agencies, IntakeForm form) {
		model.addAttribute("form", form);
		model.addAttribute("agencies", agencies);
		model.addAttribute("channels",
				Arrays.stream(Channel.values()).filter((c) -> c != Channel.ONLINE && c != Channel.MAILBOX).toList());
		model.addAttribute("applicantTypes", ApplicantType.values());
		model.addAttribute("formats", InformationFormat.values());
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "request/admin/intake";
	}

	private String step(long id, Runnable command, Model model, HttpServletResponse response) {
		try {
			command.run();
			return "redirect:/admin/requests/" + id + "?saved";
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			model.addAttribute("details", this.requests.details(id));
			model.addAttribute("outcomes", Outcome.values());
			return "request/admin/case";
		}
	}

	private static AppealResult result(String value) {
		return Arrays.stream(AppealResult.values()).filter((r) -> r.name().equals(value)).findFirst().orElse(null);
	}

	/** A whole number from a form field, or {@code null} (refused later). */
	private static Integer number(String value) {
		if (value == null || !value.strip().matches("\\d{1,9}")) {
			return null;
		}
		return Integer.valueOf(value.strip());
	}

	/** Yuan with at most two decimals, or {@code null} (refused later). */
	private static BigDecimal money(String value) {
		if (value == null || !value.strip().matches("\\d{1,10}(\\.\\d{1,2})?")) {
			return null;
		}
		return new BigDecimal(value.strip());
	}

}
