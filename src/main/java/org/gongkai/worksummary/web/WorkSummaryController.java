package org.gongkai.worksummary.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.Downloads;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.platform.web.ListParameters;
import org.gongkai.worksummary.FigureChange;
import org.gongkai.worksummary.SummaryFile;
import org.gongkai.worksummary.SummaryView;
import org.gongkai.worksummary.WorkSummaries;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
 * The work summaries' back-office pages: the period's table of the agencies the user may
 * see (the county's side-by-side view for a disclosure office) with its XLSX export and
 * the draft buttons of a clerk's agencies; a summary with its figures (each linking to
 * the records it counts), its narrative form, refresh, finalising and its DOCX and PDF.
 * The module checks on the server who may do each step.
 */
@Controller
class WorkSummaryController {

	private static final String BASE = "/admin/work-summaries";

	private static final Map<String, String> FIELDS = Map.of();

	private final WorkSummaries summaries;

	private final MessageSource messages;

	private final Clock clock;

	WorkSummaryController(WorkSummaries summaries, MessageSource messages, Clock clock) {
		this.summaries = summaries;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(BASE)
	String index(@RequestParam(required = false) String period, Model model) {
		String code = (period == null || period.isBlank()) ? String.valueOf(LocalDate.now(this.clock).getYear())
				: period;
		model.addAttribute("table", this.summaries.table(code));
		model.addAttribute("draftable", this.summaries.draftable());
		return "worksummary/index";
	}

	@GetMapping(BASE + "/table.xlsx")
	ResponseEntity<byte[]> tableXlsx(@RequestParam(required = false) String period) {
		return download(this.summaries.tableXlsx(period), "work-summaries.xlsx");
	}

	@PostMapping(BASE)
	String draft(@RequestParam(required = false) String agency, @RequestParam(required = false) String period,
			RedirectAttributes redirect) {
		Long agencyId = ListParameters.id(agency);
		if (agencyId == null) {
			throw new org.gongkai.platform.NotFoundException("No agency " + agency);
		}
		long id = this.summaries.draft(agencyId, period);
		redirect.addFlashAttribute("done", message("worksummary.done.drafted"));
		return "redirect:" + BASE + "/" + id;
	}

	@GetMapping(BASE + "/{id}")
	String show(@PathVariable long id, Model model) {
		SummaryView view = this.summaries.view(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NarrativeForm(view.work(), view.problems(), view.plans()));
		}
		model.addAttribute("summary", view);
		return "worksummary/summary";
	}

	@PostMapping(BASE + "/{id}/narrative")
	String save(@PathVariable long id, @ModelAttribute("form") NarrativeForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		FormErrors.rejectAll(result, this.summaries.problems(form.work(), form.problems(), form.plans()), FIELDS);
		if (!result.hasErrors()) {
			try {
				this.summaries.edit(id, form.work(), form.problems(), form.plans());
				redirect.addFlashAttribute("done", message("worksummary.done.saved"));
				return "redirect:" + BASE + "/" + id;
			}
			catch (RuleViolationException ex) {
				if (!"worksummary.final".equals(ex.messageKey())) {
					throw ex;
				}
				FormErrors.reject(result, ex, FIELDS);
			}
		}
		model.addAttribute("summary", this.summaries.view(id));
		response.setStatus(400);
		return "worksummary/summary";
	}

	@PostMapping(BASE + "/{id}/refresh")
	String refresh(@PathVariable long id, @RequestParam(required = false) String rewrite, RedirectAttributes redirect) {
		List<FigureChange> changes = this.summaries.refresh(id, "true".equals(rewrite));
		redirect.addFlashAttribute("changes", changes);
		redirect.addFlashAttribute("refreshed", true);
		return "redirect:" + BASE + "/" + id;
	}

	@PostMapping(BASE + "/{id}/finalise")
	String finalise(@PathVariable long id, RedirectAttributes redirect) {
		this.summaries.finalise(id);
		redirect.addFlashAttribute("done", message("worksummary.done.finalised"));
		return "redirect:" + BASE + "/" + id;
	}

	@GetMapping(BASE + "/{id}/summary.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		return download(this.summaries.file(id, "docx"), "work-summary-" + id + ".docx");
	}

	@GetMapping(BASE + "/{id}/summary.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return download(this.summaries.file(id, "pdf"), "work-summary-" + id + ".pdf");
	}

	private static ResponseEntity<byte[]> download(SummaryFile file, String ascii) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, file.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(file.fileName(), ascii))
			.body(file.content());
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.CHINA);
	}

}
