package org.gongkai.village.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.Downloads;
import org.gongkai.platform.web.FormErrors;
import org.gongkai.platform.web.ListParameters;
import org.gongkai.village.BoardPrint;
import org.gongkai.village.VillageAffairs;
import org.gongkai.village.VillageColumn;
import org.gongkai.village.VillagePage;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

import jakarta.servlet.http.HttpServletResponse;

/**
 * The village pages of the back office: the township's view of its villages
 * ({@code /admin/villages}), one village's columns and periods, the form that drafts a
 * posting with its period, and the board print (公开栏) as PDF. Who sees what is
 * {@link VillageAffairs}'s check on the server.
 */
@Controller
class VillageController {

	/** Violations whose key segment is not a form field. */
	private static final Map<String, String> FIELDS = Map.of("column", "columnId", "made-on", "madeOn");

	private final VillageAffairs villages;

	private final Clock clock;

	VillageController(VillageAffairs villages, Clock clock) {
		this.villages = villages;
		this.clock = clock;
	}

	@GetMapping("/admin/villages")
	String overview(@RequestParam(required = false) String year, Model model) {
		int today = LocalDate.now(this.clock).getYear();
		String text = ListParameters.text(year);
		int shown = (text != null && text.matches("\\d{4}")) ? Integer.parseInt(text) : today;
		model.addAttribute("overview", this.villages.overview(shown));
		model.addAttribute("years", List.of(today, today - 1));
		return "village/overview";
	}

	@GetMapping("/admin/villages/{creditCode}")
	String village(@PathVariable String creditCode, Model model) {
		VillagePage page = this.villages.village(creditCode);
		model.addAttribute("page", page);
		return "village/village";
	}

	@GetMapping("/admin/villages/{creditCode}/postings/new")
	String newPosting(@PathVariable String creditCode, @RequestParam(required = false) String column,
			@RequestParam(required = false) String period, Model model) {
		VillagePage page = clerkPage(creditCode);
		String key = (period != null && period.length() <= 7) ? period : null;
		return form(model, page, PostingForm.empty(ListParameters.id(column), key, LocalDate.now(this.clock)));
	}

	@PostMapping("/admin/villages/{creditCode}/postings/new")
	String draft(@PathVariable String creditCode, @ModelAttribute("form") PostingForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		VillagePage page = clerkPage(creditCode);
		FormErrors.rejectAll(result, this.villages.problems(page.village().id(), form.period(), form.draft()), FIELDS);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, page, form);
		}
		try {
			long id = this.villages.draft(creditCode, form.period(), form.draft());
			redirect.addFlashAttribute("done", "drafted");
			return "redirect:/admin/publications/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex, FIELDS);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, page, form);
		}
	}

	@GetMapping("/admin/villages/postings/{id}/board.pdf")
	ResponseEntity<byte[]> board(@PathVariable long id) {
		BoardPrint print = this.villages.boardPrint(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(print.fileName(), "board-" + id + ".pdf"))
			.body(print.pdf());
	}

	/** The village's page for one of its clerks. */
	private VillagePage clerkPage(String creditCode) {
		VillagePage page = this.villages.village(creditCode);
		if (!page.clerk()) {
			throw new org.gongkai.platform.ForbiddenException("Clerk of the village required");
		}
		return page;
	}

	private String form(Model model, VillagePage page, PostingForm form) {
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		model.addAttribute("columns",
				page.columns()
					.stream()
					.filter((c) -> c.code() != null && c.code().startsWith("vl-") && !"vl-finance".equals(c.code()))
					.toList());
		model.addAttribute("periodic",
				page.columns().stream().filter(VillageColumn::periodic).map(VillageColumn::id).toList());
		model.addAttribute("periods", this.villages.periods());
		return "village/posting-form";
	}

}
