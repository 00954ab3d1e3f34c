package org.gongkai.assessment.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.agency.AgencySummary;
import org.gongkai.assessment.AssessmentSchemes;
import org.gongkai.assessment.AssessmentState;
import org.gongkai.assessment.AssessmentView;
import org.gongkai.assessment.Assessments;
import org.gongkai.assessment.EvidenceFile;
import org.gongkai.assessment.ItemView;
import org.gongkai.assessment.LineView;
import org.gongkai.assessment.PeriodTable;
import org.gongkai.assessment.SchemeView;
import org.gongkai.assessment.ScoringMethod;
import org.gongkai.assessment.SelfEntry;
import org.gongkai.assessment.rules.Period;
import org.gongkai.assessment.rules.PeriodKind;
import org.gongkai.assessment.rules.RuleCodes;
import org.gongkai.assessment.rules.Scoring;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.Downloads;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.platform.web.ListParameters;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * The assessment's back-office pages: the office's schemes (list, edit, sample), its
 * periods (open, table, score, publish), an agency's assessment (its self-assessment form
 * for its clerks and leaders, the office's scoring), and evidence downloads. The module
 * checks on the server who may do each step.
 */
@Controller
class AssessmentAdminController {

	private static final String BASE = "/admin/assessment";

	private static final Map<String, String> FIELDS = Map.of("veto-title", "vetoTitle", "veto-rule", "vetoRule",
			"max-points", "maxPoints", "per-finding", "perFinding");

	private final AssessmentSchemes schemes;

	private final Assessments assessments;

	private final MessageSource messages;

	private final Clock clock;

	private final ActivityHints hints;

	AssessmentAdminController(AssessmentSchemes schemes, Assessments assessments, MessageSource messages, Clock clock,
			ActivityHints hints) {
		this.hints = hints;
		this.schemes = schemes;
		this.assessments = assessments;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(BASE)
	String index(Model model) {
		List<AgencySummary> offices = this.schemes.offices();
		String owner = offices.isEmpty() ? "" : String.valueOf(offices.get(0).id());
		String year = String.valueOf(LocalDate.now(this.clock).getYear());
		model.addAttribute("schemeForm", new SchemeForm(owner, "", PeriodKind.QUARTER.name(), year));
		model.addAttribute("openForm",
				new OpenForm(owner, Period.containing(PeriodKind.QUARTER, LocalDate.now(this.clock)).code()));
		return fillIndex(model);
	}

	@PostMapping(BASE + "/schemes")
	String create(@ModelAttribute("schemeForm") SchemeForm form, BindingResult result, Model model,
			@RequestParam(required = false) String sample, RedirectAttributes redirect, HttpServletResponse response) {
		long owner = owner(form.owner());
		boolean fromSample = sample != null;
		FormErrors.rejectAll(result, this.schemes.problems(fromSample ? "-" : form.name(), form.kind(), form.year()),
				FIELDS);
		if (!result.hasErrors()) {
			try {
				long id = fromSample ? this.schemes.loadSample(owner, form.kind(), form.year())
						: this.schemes.create(owner, form.name(), form.kind(), form.year());
				redirect.addFlashAttribute("done", message("assessment.done.scheme-created"));
				return "redirect:" + BASE + "/schemes/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex, FIELDS);
			}
		}
		model.addAttribute("openForm", new OpenForm(form.owner(), ""));
		response.setStatus(400);
		return fillIndex(model);
	}

	@PostMapping(BASE + "/periods")
	String open(@ModelAttribute("openForm") OpenForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		long owner = owner(form.owner());
		try {
			int opened = this.assessments.open(owner, form.period());
			Period period = Period.parse(form.period());
			redirect.addFlashAttribute("done", message("assessment.done.opened", opened));
			return "redirect:" + BASE + "/periods/"
					+ this.schemes.offices()
						.stream()
						.filter((a) -> a.id() == owner)
						.findFirst()
						.orElseThrow()
						.creditCode()
					+ "/" + period.code();
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex, FIELDS);
		}
		String year = String.valueOf(LocalDate.now(this.clock).getYear());
		model.addAttribute("schemeForm", new SchemeForm(form.owner(), "", PeriodKind.QUARTER.name(), year));
		response.setStatus(400);
		return fillIndex(model);
	}

	private String fillIndex(Model model) {
		model.addAttribute("offices", this.schemes.offices());
		model.addAttribute("schemes", this.schemes.schemes());
		model.addAttribute("periods", this.assessments.periods());
		model.addAttribute("own", this.assessments.own());
		model.addAttribute("kinds", PeriodKind.values());
		return "assessment/index";
	}

	@GetMapping(BASE + "/schemes/{id}")
	String scheme(@PathVariable long id, Model model) {
		model.addAttribute("itemForm", ItemForm.empty());
		model.addAttribute("vetoForm", VetoForm.empty());
		model.addAttribute("nameForm", new SchemeForm("", this.schemes.scheme(id).name(), "", ""));
		return fillScheme(id, model);
	}

	@PostMapping(BASE + "/schemes/{id}/name")
	String rename(@PathVariable long id, @ModelAttribute("nameForm") SchemeForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.schemes.rename(id, form.name());
			redirect.addFlashAttribute("done", message("app.saved"));
			return "redirect:" + BASE + "/schemes/" + id;
		}
		catch (RuleViolationException ex) {
			locked(ex);
			FormErrors.reject(result, ex, FIELDS);
		}
		model.addAttribute("itemForm", ItemForm.empty());
		model.addAttribute("vetoForm", VetoForm.empty());
		response.setStatus(400);
		return fillScheme(id, model);
	}

	@PostMapping(BASE + "/schemes/{id}/items")
	String addItem(@PathVariable long id, @ModelAttribute("itemForm") ItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		FormErrors.rejectAll(result, this.schemes.problems(form.input()), FIELDS);
		if (!result.hasErrors()) {
			try {
				this.schemes.addItem(id, form.input());
				redirect.addFlashAttribute("done", message("assessment.done.item-added"));
				return "redirect:" + BASE + "/schemes/" + id;
			}
			catch (RuleViolationException ex) {
				locked(ex);
				FormErrors.reject(result, ex, FIELDS);
			}
		}
		model.addAttribute("vetoForm", VetoForm.empty());
		model.addAttribute("nameForm", new SchemeForm("", this.schemes.scheme(id).name(), "", ""));
		response.setStatus(400);
		return fillScheme(id, model);
	}

	@GetMapping(BASE + "/schemes/{id}/items/{itemId}")
	String item(@PathVariable long id, @PathVariable long itemId, Model model) {
		SchemeView scheme = this.schemes.scheme(id);
		ItemView item = item(scheme, itemId);
		model.addAttribute("itemForm", ItemForm.of(item));
		return fillItem(scheme, item, model);
	}

	@PostMapping(BASE + "/schemes/{id}/items/{itemId}")
	String changeItem(@PathVariable long id, @PathVariable long itemId, @ModelAttribute("itemForm") ItemForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		SchemeView scheme = this.schemes.scheme(id);
		ItemView item = item(scheme, itemId);
		FormErrors.rejectAll(result, this.schemes.problems(form.input()), FIELDS);
		if (!result.hasErrors()) {
			try {
				this.schemes.changeItem(id, itemId, form.input());
				redirect.addFlashAttribute("done", message("app.saved"));
				return "redirect:" + BASE + "/schemes/" + id;
			}
			catch (RuleViolationException ex) {
				locked(ex);
				FormErrors.reject(result, ex, FIELDS);
			}
		}
		response.setStatus(400);
		return fillItem(scheme, item, model);
	}

	@PostMapping(BASE + "/schemes/{id}/items/{itemId}/remove")
	String removeItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
		this.schemes.removeItem(id, itemId);
		redirect.addFlashAttribute("done", message("assessment.done.item-removed"));
		return "redirect:" + BASE + "/schemes/" + id;
	}

	@PostMapping(BASE + "/schemes/{id}/vetoes")
	String addVeto(@PathVariable long id, @ModelAttribute("vetoForm") VetoForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		FormErrors.rejectAll(result, this.schemes.vetoProblems(form.vetoTitle(), form.vetoRule(), form.ceiling()),
				FIELDS);
		if (!result.hasErrors()) {
			try {
				this.schemes.addVeto(id, form.vetoTitle(), form.vetoRule(), form.ceiling());
				redirect.addFlashAttribute("done", message("assessment.done.veto-added"));
				return "redirect:" + BASE + "/schemes/" + id;
			}
			catch (RuleViolationException ex) {
				locked(ex);
				FormErrors.reject(result, ex, FIELDS);
			}
		}
		model.addAttribute("itemForm", ItemForm.empty());
		model.addAttribute("nameForm", new SchemeForm("", this.schemes.scheme(id).name(), "", ""));
		response.setStatus(400);
		return fillScheme(id, model);
	}

	@PostMapping(BASE + "/schemes/{id}/vetoes/{vetoId}/remove")
	String removeVeto(@PathVariable long id, @PathVariable long vetoId, RedirectAttributes redirect) {
		this.schemes.removeVeto(id, vetoId);
		redirect.addFlashAttribute("done", message("assessment.done.veto-removed"));
		return "redirect:" + BASE + "/schemes/" + id;
	}

	private String fillScheme(long id, Model model) {
		model.addAttribute("scheme", this.schemes.scheme(id));
		model.addAttribute("ruleCodes", RuleCodes.ALL);
		model.addAttribute("methods", ScoringMethod.values());
		return "assessment/scheme";
	}

	private String fillItem(SchemeView scheme, ItemView item, Model model) {
		model.addAttribute("scheme", scheme);
		model.addAttribute("item", item);
		model.addAttribute("ruleCodes", RuleCodes.ALL);
		model.addAttribute("methods", ScoringMethod.values());
		return "assessment/item";
	}

	@GetMapping(BASE + "/periods/{ownerCode}/{period}")
	String period(@PathVariable String ownerCode, @PathVariable String period, Model model) {
		PeriodTable table = this.assessments.table(ownerCode, period);
		model.addAttribute("table", table);
		return "assessment/period";
	}

	@PostMapping(BASE + "/periods/{ownerCode}/{period}/score")
	String scoreAll(@PathVariable String ownerCode, @PathVariable String period, RedirectAttributes redirect) {
		PeriodTable table = this.assessments.table(ownerCode, period);
		int scored = 0;
		for (PeriodTable.Row row : table.rows()) {
			if (row.state() != AssessmentState.FINAL) {
				this.assessments.score(row.agency().creditCode(), table.period());
				scored++;
			}
		}
		redirect.addFlashAttribute("done", message("assessment.done.scored-all", scored));
		return "redirect:" + BASE + "/periods/" + table.owner().creditCode() + "/" + table.period();
	}

	@PostMapping(BASE + "/periods/{ownerCode}/{period}/publish")
	String publish(@PathVariable String ownerCode, @PathVariable String period, RedirectAttributes redirect) {
		this.assessments.publish(ownerCode, period);
		redirect.addFlashAttribute("done", message("assessment.done.published"));
		return "redirect:" + BASE + "/periods/" + ownerCode.strip() + "/" + Period.parse(period).code();
	}

	@GetMapping(BASE + "/{creditCode}/{period}")
	String detail(@PathVariable String creditCode, @PathVariable String period, Model model) {
		return fillDetail(this.assessments.assessment(creditCode, period), Map.of(), Map.of(), model);
	}

	@PostMapping(BASE + "/{creditCode}/{period}/self")
	String self(@PathVariable String creditCode, @PathVariable String period,
			@RequestParam(required = false) String submit, HttpServletRequest request, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		AssessmentView view = this.assessments.assessment(creditCode, period);
		if (!this.assessments.selfAssessor(view.agency().id())) {
			throw new ForbiddenException("Self-assessment of " + creditCode);
		}
		Map<Long, SelfEntry> entries = entries(view, request);
		boolean submitting = submit != null;
		Map<String, RuleViolationException> problems = this.assessments.problems(view, entries, submitting, false);
		if (problems.isEmpty()) {
			try {
				this.assessments.saveSelf(creditCode, period, entries, submitting);
				redirect.addFlashAttribute("done",
						message(submitting ? "assessment.done.self-submitted" : "assessment.done.self-saved"));
				return "redirect:" + detailPath(view);
			}
			catch (RuleViolationException ex) {
				problems = Map.of("form", ex);
			}
		}
		response.setStatus(400);
		model.addAttribute("formPrefix", "self-");
		return fillDetail(view, problems, typed(request), model);
	}

	@PostMapping(BASE + "/{creditCode}/{period}/adjust")
	String adjust(@PathVariable String creditCode, @PathVariable String period, HttpServletRequest request, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		AssessmentView view = this.assessments.assessment(creditCode, period);
		if (!this.assessments.office(view.ownerAgencyId())) {
			throw new ForbiddenException("Scoring of " + creditCode);
		}
		Map<Long, SelfEntry> entries = entries(view, request);
		Map<String, RuleViolationException> problems = this.assessments.problems(view, entries, false, true);
		if (problems.isEmpty()) {
			try {
				this.assessments.adjust(creditCode, period, entries);
				redirect.addFlashAttribute("done", message("app.saved"));
				return "redirect:" + detailPath(view);
			}
			catch (RuleViolationException ex) {
				problems = Map.of("form", ex);
			}
		}
		response.setStatus(400);
		return fillDetail(view, problems, typed(request), model);
	}

	@PostMapping(BASE + "/{creditCode}/{period}/score")
	String score(@PathVariable String creditCode, @PathVariable String period, RedirectAttributes redirect) {
		AssessmentView view = this.assessments.score(creditCode, period);
		redirect.addFlashAttribute("done", message("assessment.done.scored"));
		return "redirect:" + detailPath(view);
	}

	@PostMapping(BASE + "/{creditCode}/{period}/vetoes/{vetoId}")
	String veto(@PathVariable String creditCode, @PathVariable String period, @PathVariable long vetoId,
			@RequestParam(required = false) String applies, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		AssessmentView view = this.assessments.assessment(creditCode, period);
		try {
			this.assessments.veto(creditCode, period, vetoId, "true".equals(applies), reason);
		}
		catch (RuleViolationException ex) {
			response.setStatus(400);
			Map<String, String> typed = new HashMap<>();
			typed.put("veto-" + vetoId, (reason != null) ? reason : "");
			return fillDetail(view, Map.of("veto-" + vetoId, ex), typed, model);
		}
		redirect.addFlashAttribute("done", message("app.saved"));
		return "redirect:" + detailPath(view);
	}

	@PostMapping(BASE + "/{creditCode}/{period}/finalise")
	String finalise(@PathVariable String creditCode, @PathVariable String period, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			AssessmentView view = this.assessments.finalise(creditCode, period);
			redirect.addFlashAttribute("done", message("assessment.done.finalised", view.totalText()));
			return "redirect:" + detailPath(view);
		}
		catch (RuleViolationException ex) {
			response.setStatus(400);
			return fillDetail(this.assessments.assessment(creditCode, period), Map.of("form", ex), Map.of(), model);
		}
	}

	@GetMapping(BASE + "/evidence/{lineId}")
	void evidence(@PathVariable String lineId, HttpServletResponse response) throws IOException {
		Long id = ListParameters.id(lineId);
		if (id == null) {
			throw new NotFoundException("Evidence " + lineId);
		}
		Assessments.Evidence file = this.assessments.evidence(id);
		try (InputStream in = file.content()) {
			response.setContentType(file.mediaType());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(file.fileName(), "evidence"));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setHeader("X-Content-Type-Options", "nosniff");
			in.transferTo(response.getOutputStream());
		}
	}

	private String fillDetail(AssessmentView view, Map<String, RuleViolationException> problems,
			Map<String, String> typed, Model model) {
		boolean office = this.assessments.office(view.ownerAgencyId());
		model.addAttribute("a", view);
		model.addAttribute("canSelf",
				view.state() == AssessmentState.SELF_ASSESSMENT && this.assessments.selfAssessor(view.agency().id()));
		model.addAttribute("canScore", office && view.state() != AssessmentState.FINAL);
		model.addAttribute("office", office);
		Map<String, String> errors = new LinkedHashMap<>();
		problems.forEach((field, ex) -> errors.put(field,
				this.messages.getMessage(ex.messageKey(), ex.arguments(), Locale.SIMPLIFIED_CHINESE)));
		model.addAttribute("errors", errors);
		Map<String, String> values = new HashMap<>();
		for (LineView line : view.lines()) {
			long id = line.item().id();
			values.put("self-points-" + id, (line.selfPoints() != null) ? Scoring.text(line.selfPoints()) : "");
			values.put("self-note-" + id, (line.selfNote() != null) ? line.selfNote() : "");
			values.put("points-" + id, (line.points() != null) ? Scoring.text(line.points()) : "");
			values.put("note-" + id, (line.reason() != null && !line.item().computed()) ? line.reason() : "");
		}
		values.putAll(typed);
		model.addAttribute("values", values);
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("hints", this.hints.of(view));
		if (!model.containsAttribute("formPrefix")) {
			model.addAttribute("formPrefix", "");
		}
		return "assessment/detail";
	}

	/**
	 * The entries of a self-assessment or scoring form: {@code points-<item>},
	 * {@code note-<item>} and the file {@code evidence-<item>} of each manual item.
	 */
	private static Map<Long, SelfEntry> entries(AssessmentView view, HttpServletRequest request) {
		Map<Long, SelfEntry> out = new HashMap<>();
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		for (LineView line : view.lines()) {
			long id = line.item().id();
			if (line.item().computed()) {
				continue;
			}
			String points = request.getParameter("points-" + id);
			String note = request.getParameter("note-" + id);
			MultipartFile file = (multipart != null) ? multipart.getFile("evidence-" + id) : null;
			EvidenceFile evidence = null;
			if (file != null && !file.isEmpty()) {
				try {
					evidence = new EvidenceFile(file.getInputStream(), file.getOriginalFilename());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			if (points != null || note != null || evidence != null) {
				out.put(id, new SelfEntry(points, note, evidence));
			}
		}
		return out;
	}

	/** What was typed, to show again on a refused form (field ids as on the page). */
	private static Map<String, String> typed(HttpServletRequest request) {
		Map<String, String> out = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if ((name.startsWith("points-") || name.startsWith("note-")) && values.length > 0) {
				out.put(name, values[0]);
				out.put("self-" + name, values[0]);
			}
		});
		return out;
	}

	private static String detailPath(AssessmentView view) {
		return BASE + "/" + view.agency().creditCode() + "/" + view.period();
	}

	private static ItemView item(SchemeView scheme, long itemId) {
		return scheme.items()
			.stream()
			.filter((i) -> i.id() == itemId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Item " + itemId));
	}

	private static long owner(String text) {
		Long id = ListParameters.id(text);
		if (id == null) {
			throw new ForbiddenException("No office " + text);
		}
		return id;
	}

	/** A scheme that is read only is not a form error: the error page says so. */
	private static void locked(RuleViolationException ex) {
		if ("assessment.scheme.locked".equals(ex.messageKey())) {
			throw ex;
		}
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

}
