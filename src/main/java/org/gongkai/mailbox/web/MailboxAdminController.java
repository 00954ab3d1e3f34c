package org.gongkai.mailbox.web;

import java.util.List;
import java.util.Map;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.mailbox.LetterChannel;
import org.gongkai.mailbox.LetterReceipt;
import org.gongkai.mailbox.LetterType;
import org.gongkai.mailbox.RegisteredLetterForm;
import org.gongkai.mailbox.ReplyMode;
import org.gongkai.mailbox.ReplyVisibility;
import org.gongkai.mailbox.letter.AgencyMailboxes;
import org.gongkai.mailbox.letter.LetterDashboard;
import org.gongkai.mailbox.letter.LetterDetails;
import org.gongkai.mailbox.letter.LetterHandling;
import org.gongkai.mailbox.letter.LetterIntake;
import org.gongkai.mailbox.letter.LetterList;
import org.gongkai.mailbox.letter.LetterWorklists;
import org.gongkai.mailbox.letter.MailboxView;
import org.gongkai.mailbox.letter.RegisteredLetter;
import org.gongkai.mailbox.letter.ReplyFigures;
import org.gongkai.mailbox.letter.ReplyStatistics;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.platform.web.ListParameters;
import org.gongkai.platform.web.Pager;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.ApplicationForm;
import org.gongkai.request.Delivery;
import org.gongkai.request.InformationFormat;
import org.gongkai.request.Receipt;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
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
 * The back office's letter pages: the lists (open, mine, due soon, overdue, unanswered
 * for three months, flagged, answered), a letter page where the holding agency's clerks
 * assign, forward, extend, reply, moderate or turn the letter into a request case, the
 * take-over of a request that is really a complaint, the mailboxes of an agency, and the
 * reply statistics. A refused step re-renders the letter page with the reason (400).
 */
@Controller
class MailboxAdminController {

	private final LetterWorklists worklists;

	private final LetterHandling handling;

	private final LetterIntake intake;

	private final AgencyMailboxes mailboxes;

	private final ReplyStatistics statistics;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final java.time.Clock clock;

	private static final int PAGE_SIZE = 20;

	private static final int MAX_PAGE_SIZE = 100;

	/** Reply violations whose key segment is not a reply form field. */
	private static final Map<String, String> REPLY_FIELDS = Map.of("reply", "text");

	MailboxAdminController(LetterWorklists worklists, LetterHandling handling, LetterIntake intake,
			AgencyMailboxes mailboxes, ReplyStatistics statistics, AgencyManagement agencies, AgencyAccess access,
			java.time.Clock clock) {
		this.access = access;
		this.clock = clock;
		this.worklists = worklists;
		this.handling = handling;
		this.intake = intake;
		this.mailboxes = mailboxes;
		this.statistics = statistics;
		this.agencies = agencies;
	}

	/**
	 * The letters of one list, searched by number or subject and filtered by agency and
	 * receipt date, one page at a time; hostile parameters are clamped or ignored.
	 */
	@GetMapping("/admin/mailbox")
	String list(@RequestParam(required = false) String list, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String q, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model,
			HttpServletRequest http) {
		LetterFilter filter = new LetterFilter(ListParameters.id(agency), ListParameters.text(q),
				ListParameters.date(from), ListParameters.date(to), LetterChannel.of(channel).orElse(null));
		LetterDashboard dashboard = this.worklists.dashboard(LetterList.of(list), filter::matches);
		int pageSize = ListParameters.size(size, PAGE_SIZE, MAX_PAGE_SIZE);
		int pages = Math.max(1, (dashboard.rows().size() + pageSize - 1) / pageSize);
		int shown = Math.min(ListParameters.page(page), pages - 1);
		int start = shown * pageSize;
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("rows",
				dashboard.rows().subList(start, Math.min(start + pageSize, dashboard.rows().size())));
		model.addAttribute("pager", Pager.of(http, shown, pages, dashboard.rows().size()));
		model.addAttribute("filter", filter);
		model.addAttribute("lists", LetterList.values());
		model.addAttribute("channels", LetterChannel.values());
		model.addAttribute("reminders", this.worklists.reminders());
		java.util.Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		model.addAttribute("myAgencies", this.agencies.all().stream().filter((a) -> visible.contains(a.id())).toList());
		return "mailbox/admin/list";
	}

	@GetMapping("/admin/mailbox/letters/{id}")
	String show(@PathVariable long id, Model model) {
		LetterDetails details = this.handling.details(id);
		model.addAttribute("details", details);
		model.addAttribute("agencies", this.agencies.all());
		model.addAttribute("visibilities", ReplyVisibility.values());
		model.addAttribute("replyModes", ReplyMode.values());
		if (!model.containsAttribute("replyForm")) {
			model.addAttribute("replyForm", ReplyForm.empty());
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form",
					new ApplicationForm(ApplicantType.NATURAL_PERSON.name(), details.writerName(), "", "",
							details.phone(), details.email(), "", details.body(),
							List.of(InformationFormat.EMAIL.name()),
							(details.email() != null) ? Delivery.ONLINE.name() : Delivery.POST.name()));
		}
		model.addAttribute("applicantTypes", ApplicantType.values());
		model.addAttribute("formats", InformationFormat.values());
		model.addAttribute("deliveries", Delivery.values());
		return "mailbox/admin/letter";
	}

	@PostMapping("/admin/mailbox/letters/{id}/assign")
	String assign(@PathVariable long id, @RequestParam(required = false) String assignee, Model model,
			HttpServletResponse response) {
		return step(id, "assigned", () -> this.handling.assign(id, assignee), model, response);
	}

	@PostMapping("/admin/mailbox/letters/{id}/forward")
	String forward(@PathVariable long id, @RequestParam(required = false) String agencyId,
			@RequestParam(required = false) String note, Model model, HttpServletResponse response) {
		return step(id, "forwarded", () -> this.handling.forward(id, number(agencyId), note), model, response);
	}

	@PostMapping("/admin/mailbox/letters/{id}/extension")
	String extend(@PathVariable long id, @RequestParam(required = false) String days,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
		Long n = number(days);
		return step(id, "extended",
				() -> this.handling.extend(id, (n != null && n < 10_000) ? n.intValue() : null, reason), model,
				response);
	}

	/**
	 * A private reply goes out at once. A public reply first shows its preview (what the
	 * portal will show, with a warning for the writer's name and X同志/先生/女士) and goes out
	 * only when sent again with {@code send} and the confirmation ticked.
	 */
	@PostMapping("/admin/mailbox/letters/{id}/reply")
	String reply(@PathVariable long id, @ModelAttribute("replyForm") ReplyForm form, BindingResult result,
			@RequestParam(required = false) String action, @RequestParam(required = false) String confirmed,
			Model model, HttpServletResponse response) {
		ReplyVisibility chosen = java.util.Arrays.stream(ReplyVisibility.values())
			.filter((v) -> v.name().equals(form.visibility()))
			.findFirst()
			.orElse(null);
		String text = form.text();
		try {
			// every problem of the form at once, what was typed kept
			FormErrors.rejectAll(result, this.handling.replyProblems(id, text, chosen), REPLY_FIELDS);
		}
		catch (RuleViolationException ex) {
			return step(id, "replied", () -> {
				throw ex;
			}, model, response);
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(id, model);
		}
		boolean send = "send".equals(action);
		if (chosen == ReplyVisibility.PUBLIC && !(send && "true".equals(confirmed))) {
			try {
				model.addAttribute("preview", this.handling.previewReply(id, text, chosen));
			}
			catch (RuleViolationException ex) {
				return step(id, "replied", () -> {
					throw ex;
				}, model, response);
			}
			if (send) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				model.addAttribute("errorKey", "mailbox.reply.unconfirmed");
			}
			model.addAttribute("details", this.handling.details(id));
			return "mailbox/admin/reply-preview";
		}
		ReplyMode mode = java.util.Arrays.stream(ReplyMode.values())
			.filter((m) -> m.name().equals(form.mode()))
			.findFirst()
			.orElse(ReplyMode.WRITTEN);
		return step(id, "replied", () -> this.handling.reply(id, text, chosen, mode, send && "true".equals(confirmed)),
				model, response);
	}

	@PostMapping("/admin/mailbox/letters/{id}/moderation")
	String moderate(@PathVariable long id, @RequestParam(defaultValue = "false") boolean withhold, Model model,
			HttpServletResponse response) {
		return step(id, withhold ? "withheld" : "shown", () -> this.handling.withholdQuestion(id, withhold), model,
				response);
	}

	@PostMapping("/admin/mailbox/letters/{id}/request")
	String convert(@PathVariable long id, @ModelAttribute("form") ApplicationForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Receipt receipt = this.handling.convertToRequest(id, form);
			redirect.addFlashAttribute("requestReceipt", receipt);
			return "redirect:/admin/mailbox/letters/" + id + "?done=converted";
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return show(id, model);
		}
	}

	/**
	 * Takes over a request that is really a complaint (the request's case page links
	 * here).
	 */
	@PostMapping("/admin/mailbox/from-request")
	String fromRequest(@RequestParam long caseId, Model model, HttpServletResponse response) {
		try {
			LetterReceipt receipt = this.intake.takeOverRequest(caseId);
			model.addAttribute("receipt", receipt);
			model.addAttribute("caseId", caseId);
			return "mailbox/admin/taken-over";
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("caseId", caseId);
			return "mailbox/admin/taken-over";
		}
	}

	@GetMapping("/admin/mailbox/mailboxes")
	String mailboxes(@RequestParam long agencyId, Model model) {
		model.addAttribute("mailboxes", this.mailboxes.mailboxes(agencyId));
		model.addAttribute("agency", this.agencies.details(agencyId));
		return "mailbox/admin/mailboxes";
	}

	@PostMapping("/admin/mailbox/mailboxes")
	String createMailbox(@RequestParam long agencyId, @RequestParam(required = false) String name,
			@RequestParam(required = false) String leaderName, Model model, HttpServletResponse response) {
		try {
			this.mailboxes.createMailbox(agencyId, name, leaderName);
			return "redirect:/admin/mailbox/mailboxes?agencyId=" + agencyId + "&saved";
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errorKey", ex.messageKey());
			return mailboxes(agencyId, model);
		}
	}

	@PostMapping("/admin/mailbox/mailboxes/{id}")
	String updateMailbox(@PathVariable long id, @RequestParam long agencyId,
			@RequestParam(required = false) String name, @RequestParam(required = false) String leaderName,
			@RequestParam(defaultValue = "false") boolean active, Model model, HttpServletResponse response) {
		try {
			this.mailboxes.updateMailbox(id, name, leaderName, active);
			return "redirect:/admin/mailbox/mailboxes?agencyId=" + agencyId + "&saved";
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errorKey", ex.messageKey());
			return mailboxes(agencyId, model);
		}
	}

	@GetMapping("/admin/mailbox/statistics")
	String statistics(Model model) {
		List<ReplyFigures> totals = this.statistics.statistics(false);
		List<ReplyFigures> monthly = this.statistics.statistics(true);
		model.addAttribute("totals", totals);
		model.addAttribute("monthly", monthly);
		model.addAttribute("rateBars",
				Bar.of(totals, ReplyFigures::agencyName, ReplyFigures::replyTenths, ReplyFigures::replyShare));
		model.addAttribute("channels", this.statistics.byChannel());
		model.addAttribute("monthBars",
				Bar.of(monthly, (f) -> f.agencyName() + " " + f.month(), ReplyFigures::received));
		return "mailbox/admin/statistics";
	}

	/**
	 * The register form of a letter that came by another channel than the website (监督电话,
	 * 意见箱, 意见簿, 来访, 政务新媒体), for an agency the user is a clerk of; a new-media account's
	 * page links here with the channel and the account chosen.
	 */
	@GetMapping("/admin/mailbox/register")
	String registerForm(@RequestParam(required = false) String agency, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String account, Model model) {
		long agencyId = clerkAgency(ListParameters.id(agency));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form",
					RegisteredLetterForm.empty(LetterChannel.of(channel)
						.filter(LetterChannel::registeredByStaff)
						.map(LetterChannel::code)
						.orElse(null), account, java.time.LocalDate.now(this.clock)));
		}
		return registerPage(agencyId, model);
	}

	/**
	 * Registers the letter; every problem of the form is shown at once (400) and nothing
	 * is stored then. After it, the letter's page shows its number and query code once.
	 */
	@PostMapping("/admin/mailbox/register")
	String register(@RequestParam(required = false) String agencyId, @ModelAttribute("form") RegisteredLetterForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		long agency = clerkAgency(ListParameters.id(agencyId));
		FormErrors.rejectAll(result, this.intake.registrationProblems(agency, form), Map.of());
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return registerPage(agency, model);
		}
		RegisteredLetter registered = this.intake.register(agency, form);
		redirect.addFlashAttribute("registered", registered);
		return "redirect:/admin/mailbox/letters/" + registered.id() + "?done=registered";
	}

	private String registerPage(long agencyId, Model model) {
		java.util.Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		StaffPrincipal me = AgencyAccess.current();
		model.addAttribute("agencyId", agencyId);
		model.addAttribute("agency", this.agencies.details(agencyId));
		model.addAttribute("clerkAgencies",
				this.agencies.all()
					.stream()
					.filter((a) -> visible.contains(a.id()) && me != null && me.has(Role.CLERK, a.id()))
					.toList());
		model.addAttribute("channels",
				java.util.Arrays.stream(LetterChannel.values()).filter(LetterChannel::registeredByStaff).toList());
		model.addAttribute("accounts", this.intake.channelAccounts(agencyId));
		model.addAttribute("types", LetterType.values());
		model.addAttribute("mailboxes",
				this.mailboxes.mailboxes(agencyId).stream().filter(MailboxView::active).toList());
		return "mailbox/admin/register";
	}

	/**
	 * The agency asked for if the user is its clerk, else the first agency the user is a
	 * clerk of.
	 * @throws ForbiddenException if the user is a clerk nowhere (or not of the agency
	 * asked for)
	 */
	private long clerkAgency(Long wanted) {
		StaffPrincipal me = AgencyAccess.current();
		if (wanted != null) {
			this.access.require(Role.CLERK, wanted);
			return wanted;
		}
		return this.access.visibleAgencies(me)
			.stream()
			.filter((id) -> me != null && me.has(Role.CLERK, id))
			.sorted()
			.findFirst()
			.orElseThrow(() -> new ForbiddenException("Not a clerk"));
	}

	/**
	 * Runs a step and comes back to the letter saying what happened ({@code ?done=...}).
	 */
	private String step(long id, String done, Runnable command, Model model, HttpServletResponse response) {
		try {
			command.run();
			return "redirect:/admin/mailbox/letters/" + id + "?done=" + done;
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return show(id, model);
		}
	}

	static Long number(String value) {
		return (value != null && value.strip().matches("\\d{1,18}")) ? Long.valueOf(value.strip()) : null;
	}

}
