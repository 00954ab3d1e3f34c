package org.gongkai.annualreport.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.annualreport.ReportReading;
import org.gongkai.annualreport.ReportRollup;
import org.gongkai.annualreport.ReportWriting;
import org.gongkai.annualreport.AnnualReportView;
import org.gongkai.annualreport.Entries;
import org.gongkai.annualreport.Narrative;
import org.gongkai.annualreport.ReportLayout;
import org.gongkai.annualreport.RollupView;
import org.gongkai.annualreport.rules.Table3;
import org.gongkai.agency.AgencySummary;
import org.gongkai.platform.ListPage;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.ListParameters;
import org.gongkai.platform.web.Pager;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office of the annual report: the agencies and years a user may see, each
 * report with its narrative and entries (clerks and leaders of the agency), its tables
 * and checks (publication is {@link AnnualReportPublishingController}); the county
 * disclosure office's roll-up.
 */
@Controller
class AnnualReportAdminController {

	private static final int AGENCIES_PAGE = 30;

	private static final int MAX_AGENCIES_PAGE = 100;

	private final ReportReading reports;

	private final ReportWriting writing;

	private final ReportRollup rollups;

	private final ReportLayout layout;

	AnnualReportAdminController(ReportReading reports, ReportWriting writing, ReportRollup rollups,
			ReportLayout layout) {
		this.reports = reports;
		this.writing = writing;
		this.rollups = rollups;
		this.layout = layout;
	}

	/**
	 * The agencies whose reports the user may see, searched by name or credit code, a
	 * page at a time (a county office sees every agency below it).
	 */
	@GetMapping("/admin/annual-reports")
	String index(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, Model model, HttpServletRequest http) {
		int last = this.reports.currentYear() - 1;
		List<Integer> years = new ArrayList<>();
		for (int y = last + 1; y >= Math.max(ReportReading.FIRST_YEAR, last - 4); y--) {
			years.add(y);
		}
		String text = ListParameters.text(q);
		List<AgencySummary> matching = this.reports.visibleAgencies()
			.stream()
			.filter((a) -> ListPage.contains(text, a.name(), a.creditCode()))
			.toList();
		Page<AgencySummary> rows = ListPage.of(matching, ListParameters.page(page),
				ListParameters.size(size, AGENCIES_PAGE, MAX_AGENCIES_PAGE), MAX_AGENCIES_PAGE);
		model.addAttribute("agencies", rows.getContent());
		model.addAttribute("q", text);
		model.addAttribute("pager", Pager.of(http, rows.getNumber(), rows.getTotalPages(), rows.getTotalElements()));
		model.addAttribute("years", years);
		model.addAttribute("office", office());
		model.addAttribute("lastYear", last);
		return "annualreport/admin/index";
	}

	@GetMapping("/admin/annual-reports/rollup")
	String rollup(@RequestParam(required = false) String year, Model model) {
		int chosen = (year == null || year.isBlank()) ? this.reports.currentYear() - 1 : Years.parse(year);
		RollupView rollup = this.rollups.rollup(chosen);
		model.addAttribute("rollup", rollup);
		model.addAttribute("grids", this.layout.grids(rollup.total()));
		return "annualreport/admin/rollup";
	}

	@GetMapping("/admin/annual-reports/{creditCode}/{year}")
	String report(@PathVariable String creditCode, @PathVariable String year, Model model) {
		return page(creditCode, Years.parse(year), model, null, null, null);
	}

	@PostMapping("/admin/annual-reports/{creditCode}/{year}/narrative")
	String narrative(@PathVariable String creditCode, @PathVariable String year,
			@RequestParam(required = false) String overview, @RequestParam(required = false) String problems,
			@RequestParam(required = false) String otherMatters, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		int y = Years.parse(year);
		Narrative narrative = new Narrative(overview, problems, otherMatters);
		return step(creditCode, y, () -> this.writing.saveNarrative(creditCode, y, narrative),
				"annualreport.admin.narrative.saved", narrative, null, model, redirect, response);
	}

	@PostMapping("/admin/annual-reports/{creditCode}/{year}/entries")
	String entries(@PathVariable String creditCode, @PathVariable String year,
			@RequestParam(required = false) String licensing, @RequestParam(required = false) String penalties,
			@RequestParam(required = false) String enforcement, @RequestParam(required = false) String feesWan,
			@RequestParam(required = false) List<String> prior, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		int y = Years.parse(year);
		EntryForm form = new EntryForm(licensing, penalties, enforcement, feesWan, prior);
		return step(creditCode, y, () -> this.writing.saveEntries(creditCode, y, form.entries()),
				"annualreport.admin.entries.saved", null, form, model, redirect, response);
	}

	@PostMapping("/admin/annual-reports/{creditCode}/{year}/entries/import")
	String importEntries(@PathVariable String creditCode, @PathVariable String year,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		int y = Years.parse(year);
		byte[] content = (file != null && file.getSize() <= 64 * 1024) ? file.getBytes() : null;
		return step(creditCode, y, () -> {
			if (content == null) {
				throw new RuleViolationException("annualreport.entries.import.invalid", "No or large file", 1);
			}
			this.writing.importEntries(creditCode, y, content);
		}, "annualreport.admin.entries.imported", null, null, model, redirect, response);
	}

	/**
	 * Runs a step; on success back to the report with {@code notice}, on a rule violation
	 * the page again (422) with the message and what was typed.
	 */
	private String step(String creditCode, int year, Runnable action, String notice, Narrative typed,
			EntryForm typedEntries, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			action.run();
		}
		catch (RuleViolationException ex) {
			response.setStatus(422);
			return page(creditCode, year, model, ex, typed, typedEntries);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/admin/annual-reports/" + creditCode + "/" + year;
	}

	private String page(String creditCode, int year, Model model, RuleViolationException error, Narrative typed,
			EntryForm typedEntries) {
		AnnualReportView report = this.reports.report(creditCode, year);
		model.addAttribute("report", report);
		model.addAttribute("grids", this.layout.grids(report.figures()));
		model.addAttribute("currentGrids", (report.current() != null) ? this.layout.grids(report.current()) : null);
		model.addAttribute("layout", this.layout);
		model.addAttribute("titles", this.layout.sectionTitles());
		model.addAttribute("narrative", (typed != null) ? typed : report.narrative());
		model.addAttribute("entries", (typedEntries != null) ? typedEntries : EntryForm.of(report.entries()));
		model.addAttribute("columns", Table3.COLUMNS);
		if (error != null) {
			model.addAttribute("errorKey", error.messageKey());
			model.addAttribute("errorArguments", error.arguments());
		}
		return "annualreport/admin/report";
	}

	private static boolean office() {
		StaffPrincipal me = AgencyAccess.current();
		return me != null && me.has(Role.DISCLOSURE_OFFICE);
	}

	/** What the entries form holds, as typed. */
	record EntryForm(String licensing, String penalties, String enforcement, String feesWan, List<String> prior) {

		static EntryForm of(Entries entries) {
			List<String> prior = new ArrayList<>();
			for (int c = 0; c < Table3.COLUMNS.size(); c++) {
				prior.add((entries.priorCarryOut() != null) ? Long.toString(entries.priorCarryOut()[c]) : "");
			}
			return new EntryForm(text(entries.licensing()), text(entries.penalties()), text(entries.enforcement()),
					(entries.feesWan() != null) ? entries.feesWan().toPlainString() : "", prior);
		}

		/** Also the prior row with empty cells, so the form always shows seven fields. */
		public String priorCell(int column) {
			return (this.prior != null && column < this.prior.size() && this.prior.get(column) != null)
					? this.prior.get(column) : "";
		}

		Entries entries() {
			long[] carryOut = null;
			boolean any = this.prior != null && this.prior.stream().anyMatch((p) -> p != null && !p.isBlank());
			if (any) {
				if (this.prior.size() != Table3.COLUMNS.size()) {
					throw invalid("priorCarryOut");
				}
				carryOut = new long[this.prior.size()];
				for (int c = 0; c < carryOut.length; c++) {
					Long value = count(this.prior.get(c), "priorCarryOut");
					if (value == null) {
						throw invalid("priorCarryOut");
					}
					carryOut[c] = value;
				}
			}
			return new Entries(count(this.licensing, "licensing"), count(this.penalties, "penalties"),
					count(this.enforcement, "enforcement"), money(this.feesWan), carryOut);
		}

		private static Long count(String text, String field) {
			if (text == null || text.isBlank()) {
				return null;
			}
			String t = text.strip();
			if (!t.matches("\\d{1,10}")) {
				throw invalid(field);
			}
			return Long.valueOf(t);
		}

		private static BigDecimal money(String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			String t = text.strip();
			if (!t.matches("\\d{1,9}(\\.\\d{1,4})?")) {
				throw invalid("feesWan");
			}
			return new BigDecimal(t);
		}

		private static RuleViolationException invalid(String field) {
			return new RuleViolationException("annualreport.entries." + field + ".invalid", "Invalid " + field);
		}

		private static String text(Long value) {
			return (value != null) ? value.toString() : "";
		}

	}

}
