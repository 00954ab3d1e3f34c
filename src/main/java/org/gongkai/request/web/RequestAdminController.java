package org.gongkai.request.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.agency.AgencySummary;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.CorrectionItem;
import org.gongkai.platform.web.ListParameters;
import org.gongkai.platform.web.Pager;
import org.gongkai.request.CaseFilter;
import org.gongkai.request.CaseWorklists;
import org.gongkai.request.Dashboard;
import org.gongkai.request.DashboardView;
import org.gongkai.request.RequestManagement;
import org.gongkai.request.casework.CaseHandling;
import org.gongkai.request.intake.IdentityProofFile;
import org.gongkai.request.intake.RequestIntake;
import org.gongkai.request.rules.ClockFacts.PauseKind;
import org.gongkai.request.rules.Outcome;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's request pages: the cases of every agency the user may see, and a case
 * page where the agency's staff confirm receipt and take the case through correction,
 * consultation, extension and decision. A refused step re-renders the case page with the
 * reason (400) and changes nothing.
 */
@Controller
class RequestAdminController {

	private final RequestManagement requests;

	private final RequestIntake intake;

	private static final int PAGE_SIZE = 20;

	private static final int MAX_PAGE_SIZE = 100;

	private final CaseHandling handling;

	private final CaseWorklists worklists;

	RequestAdminController(RequestManagement requests, RequestIntake intake, CaseHandling handling,
			CaseWorklists worklists) {
		this.worklists = worklists;
		this.requests = requests;
		this.intake = intake;
		this.handling = handling;
	}

	/**
	 * The dashboard: counts per view and the cases of the selected one
	 * ({@code ?view=due-soon|overdue|...}; anything unknown lists all).
	 */
	@GetMapping("/admin/requests")
	String list(@RequestParam(required = false) String view, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String q, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, Model model, HttpServletRequest http) {
		CaseFilter filter = new CaseFilter(DashboardView.of(view), ListParameters.id(agency), ListParameters.text(q),
				ListParameters.date(from), ListParameters.date(to));
		Dashboard dashboard = this.worklists.dashboard(filter, ListParameters.page(page),
				ListParameters.size(size, PAGE_SIZE, MAX_PAGE_SIZE));
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("pager", Pager.of(http, dashboard.page(), dashboard.pages(), dashboard.total()));
		model.addAttribute("filter", filter);
		model.addAttribute("views", DashboardView.values());
		List<AgencySummary> visible = this.worklists.visibleAgencies();
		model.addAttribute("agencies", visible);
		model.addAttribute("names", visible.stream().collect(Collectors.toMap(AgencySummary::id, AgencySummary::name)));
		return "request/admin/list";
	}

	@GetMapping("/admin/requests/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("details", this.requests.details(id));
		model.addAttribute("outcomes", Outcome.values());
		return "request/admin/case";
	}

	/** The applicant's identity proof, for staff who may see the case's agency. */
	@GetMapping("/admin/requests/{id}/identity-proof")
	ResponseEntity<InputStreamResource> identityProof(@PathVariable long id) {
		IdentityProofFile file = this.intake.openIdentityProof(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.proof().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.proof().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentLength(file.proof().size())
			.body(new InputStreamResource(file.content()));
	}

	@PostMapping("/admin/requests/{id}/confirm")
	String confirm(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.intake.confirm(id);
			redirect.addFlashAttribute("done", "confirmed");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
		}
		return "redirect:/admin/requests/" + id;
	}

	/**
	 * The correction notice with its items: the form's rows pair {@code missing} and
	 * {@code suggestion} by position; a refused notice shows the rows again as typed.
	 */
	@PostMapping("/admin/requests/{id}/correction")
	String requestCorrection(@PathVariable long id, @RequestParam(required = false) String periodEndsOn,
			@RequestParam(required = false) List<String> missing,
			@RequestParam(required = false) List<String> suggestion, Model model, HttpServletResponse response) {
		List<CorrectionItem> items = correctionItems(missing, suggestion);
		model.addAttribute("correctionItems", items);
		model.addAttribute("periodEndsOn", periodEndsOn);
		return step(id, "correction-requested", () -> this.handling.requestCorrection(id, date(periodEndsOn), items),
				model, response);
	}

	/** The rows of the correction form, paired by position, as typed. */
	private static List<CorrectionItem> correctionItems(List<String> missing, List<String> suggestion) {
		List<String> what = (missing != null) ? missing : List.of();
		List<String> how = (suggestion != null) ? suggestion : List.of();
		List<CorrectionItem> items = new ArrayList<>();
		for (int i = 0; i < Math.max(what.size(), how.size()); i++) {
			items.add(new CorrectionItem((i < what.size()) ? what.get(i) : "", (i < how.size()) ? how.get(i) : ""));
		}
		return items;
	}

	@PostMapping("/admin/requests/{id}/correction-received")
	String receiveCorrection(@PathVariable long id, @RequestParam(required = false) String on, Model model,
			HttpServletResponse response) {
		return step(id, "correction-received", () -> this.handling.receiveCorrection(id, date(on)), model, response);
	}

	@PostMapping("/admin/requests/{id}/consultation")
	String startConsultation(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String sentOn, Model model, HttpServletResponse response) {
		PauseKind pauseKind = Arrays.stream(PauseKind.values())
			.filter((k) -> k.name().equals(kind))
			.findFirst()
			.orElse(null);
		return step(id, "consultation-sent", () -> this.handling.startConsultation(id, pauseKind, date(sentOn)), model,
				response);
	}

	@PostMapping("/admin/requests/{id}/consultation-answered")
	String answerConsultation(@PathVariable long id, @RequestParam(required = false) String answeredOn, Model model,
			HttpServletResponse response) {
		return step(id, "consultation-answered", () -> this.handling.answerConsultation(id, date(answeredOn)), model,
				response);
	}

	/** A leader extends at once: their own proposal, approved (art. 33). */
	@PostMapping("/admin/requests/{id}/extension")
	String extend(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response) {
		model.addAttribute("extensionReason", reason);
		return step(id, "extended", () -> this.handling.extend(id, reason), model, response);
	}

	/** The clerk asks the head of the office to extend, with the reason (art. 33). */
	@PostMapping("/admin/requests/{id}/extension-proposal")
	String proposeExtension(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response) {
		model.addAttribute("extensionReason", reason);
		return step(id, "extension-proposed", () -> this.handling.proposeExtension(id, reason), model, response);
	}

	@PostMapping("/admin/requests/{id}/extension-proposal/approval")
	String approveExtension(@PathVariable long id, Model model, HttpServletResponse response) {
		return step(id, "extension-approved", () -> this.handling.approveExtension(id), model, response);
	}

	/**
	 * The leader sends the extension request back to the clerk, with a required comment.
	 */
	@PostMapping("/admin/requests/{id}/extension-proposal/return")
	String returnExtension(@PathVariable long id, @RequestParam(required = false) String comment, Model model,
			HttpServletResponse response) {
		model.addAttribute("extensionReturnComment", comment);
		return step(id, "extension-returned", () -> this.handling.returnExtension(id, comment), model, response);
	}

	@PostMapping("/admin/requests/{id}/decision")
	String decide(@PathVariable long id, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String note, Model model, HttpServletResponse response) {
		Outcome chosen = Outcome.ofRow(outcome).orElse(null);
		String done = (chosen != null && chosen.needsLeaderApproval()) ? "decided-for-approval" : "decided";
		return step(id, done, () -> this.handling.decide(id, chosen, note), model, response);
	}

	@PostMapping("/admin/requests/{id}/approval")
	String approve(@PathVariable long id, Model model, HttpServletResponse response) {
		return step(id, "approved", () -> this.handling.approveDecision(id), model, response);
	}

	/**
	 * The leader sends the proposed answer back to the clerk, with a required comment.
	 */
	@PostMapping("/admin/requests/{id}/approval/return")
	String sendBack(@PathVariable long id, @RequestParam(required = false) String comment, Model model,
			HttpServletResponse response) {
		model.addAttribute("returnComment", comment);
		return step(id, "decision-returned", () -> this.handling.sendBack(id, comment), model, response);
	}

	private String step(long id, String done, Runnable command, Model model, HttpServletResponse response) {
		try {
			command.run();
			return "redirect:/admin/requests/" + id + "?done=" + done;
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return show(id, model);
		}
	}

	/**
	 * A date from a form field, or {@code null} if missing or malformed (refused later).
	 */
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
