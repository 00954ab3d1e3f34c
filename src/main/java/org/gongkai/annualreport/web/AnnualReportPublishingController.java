package org.gongkai.annualreport.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.annualreport.AnnualReportView;
import org.gongkai.annualreport.Check;
import org.gongkai.annualreport.ReportFile;
import org.gongkai.annualreport.ReportFormat;
import org.gongkai.annualreport.ReportLayout;
import org.gongkai.annualreport.ReportPublishing;
import org.gongkai.annualreport.ReportReading;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.web.Downloads;

import org.springframework.http.HttpHeaders;
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
 * Publishing a report in two steps: a page of its own shows the report as it would be
 * published (the text, the tables, the DOCX, PDF and XLSX previews) with what still
 * stands in the way (prompts of the draft, failed checks), and publishes only when the
 * leader ticks the confirmation and sends it (POST with CSRF). Publication freezes the
 * tables and cannot be withdrawn.
 */
@Controller
class AnnualReportPublishingController {

	private final ReportReading reports;

	private final ReportPublishing publishing;

	private final ReportLayout layout;

	AnnualReportPublishingController(ReportReading reports, ReportPublishing publishing, ReportLayout layout) {
		this.reports = reports;
		this.publishing = publishing;
		this.layout = layout;
	}

	@GetMapping("/admin/annual-reports/{creditCode}/{year}/publish")
	String preview(@PathVariable String creditCode, @PathVariable String year, Model model) {
		return page(creditCode, Years.parse(year), model);
	}

	/** The report as it would be published, as a file: what the leader checks. */
	@GetMapping("/admin/annual-reports/{creditCode}/{year}/preview/{format}")
	ResponseEntity<byte[]> previewFile(@PathVariable String creditCode, @PathVariable String year,
			@PathVariable String format) {
		int y = Years.parse(year);
		ReportFormat chosen = ReportFormat.ofExtension(format)
			.orElseThrow(() -> new NotFoundException("Format " + format));
		ReportFile file = this.reports.previewFile(creditCode, y, chosen);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					Downloads.attachment(file.fileName(), "annual-report-" + y + "-preview." + chosen.extension()))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@PostMapping("/admin/annual-reports/{creditCode}/{year}/publish")
	String publish(@PathVariable String creditCode, @PathVariable String year,
			@RequestParam(required = false) String confirmed, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		int y = Years.parse(year);
		try {
			if (!"true".equals(confirmed)) {
				throw new RuleViolationException("annualreport.publish.unconfirmed", "Not confirmed");
			}
			this.publishing.publish(creditCode, y);
		}
		catch (RuleViolationException ex) {
			response.setStatus(422);
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return page(creditCode, y, model);
		}
		redirect.addFlashAttribute("notice", "annualreport.admin.published");
		return "redirect:/admin/annual-reports/" + creditCode + "/" + y;
	}

	private String page(String creditCode, int year, Model model) {
		AnnualReportView report = this.reports.report(creditCode, year).asItWouldBePublished();
		List<Check> failed = report.checks().stream().filter((c) -> !c.ok()).toList();
		model.addAttribute("report", report);
		model.addAttribute("grids", this.layout.grids(report.figures()));
		model.addAttribute("titles", this.layout.sectionTitles());
		model.addAttribute("documentTitle", this.layout.title(report.agency().name(), report.year()));
		model.addAttribute("prompts", this.publishing.promptsLeft(report.narrative()));
		model.addAttribute("failedChecks", failed);
		return "annualreport/admin/publish";
	}

}
