package org.gongkai.annualreport.web;

import org.gongkai.annualreport.ReportReading;
import org.gongkai.annualreport.AnnualReportView;
import org.gongkai.annualreport.ReportFile;
import org.gongkai.annualreport.ReportFormat;
import org.gongkai.annualreport.ReportLayout;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.web.Downloads;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public annual reports of an agency: the list of published years, each report in the
 * official layout, and its DOCX, PDF and XLSX downloads
 * ({@code /agencies/{code}/annual-reports/2025.pdf}).
 */
@Controller
class AnnualReportController {

	private final ReportReading reports;

	private final ReportLayout layout;

	AnnualReportController(ReportReading reports, ReportLayout layout) {
		this.reports = reports;
		this.layout = layout;
	}

	@GetMapping("/agencies/{creditCode}/annual-reports")
	String list(@PathVariable String creditCode, Model model) {
		model.addAttribute("agency", this.reports.agency(creditCode));
		model.addAttribute("reports", this.reports.publishedReports(creditCode));
		return "annualreport/list";
	}

	@GetMapping("/agencies/{creditCode}/annual-reports/{file}")
	Object report(@PathVariable String creditCode, @PathVariable String file, Model model) {
		int dot = file.indexOf('.');
		if (dot < 0) {
			AnnualReportView report = this.reports.publicReport(creditCode, Years.parse(file));
			model.addAttribute("report", report);
			model.addAttribute("grids", this.layout.grids(report.figures()));
			model.addAttribute("titles", this.layout.sectionTitles());
			model.addAttribute("documentTitle", this.layout.title(report.agency().name(), report.year()));
			model.addAttribute("layout", this.layout);
			model.addAttribute("earlier", this.reports.publishedReports(creditCode));
			return "annualreport/report";
		}
		int year = Years.parse(file.substring(0, dot));
		ReportFormat format = ReportFormat.ofExtension(file.substring(dot + 1))
			.orElseThrow(() -> new NotFoundException("Format " + file));
		ReportFile document = this.reports.file(creditCode, year, format);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					Downloads.attachment(document.fileName(), "annual-report-" + year + "." + format.extension()))
			.header("X-Content-Type-Options", "nosniff")
			.body(document.content());
	}

}
