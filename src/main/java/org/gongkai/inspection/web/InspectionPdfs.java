package org.gongkai.inspection.web;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.agency.AgencySummary;
import org.gongkai.inspection.AgencyStanding;
import org.gongkai.inspection.InspectionFinding;
import org.gongkai.inspection.InspectionReport;
import org.gongkai.inspection.RectificationView;
import org.gongkai.platform.web.Downloads;
import org.gongkai.rendering.PdfDocuments;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The county's ranking and an agency's report as PDF (A4, set in the installed CJK font
 * by {@link PdfDocuments}): the same columns as the pages, every text escaped and freed
 * of control characters.
 */
@Component
class InspectionPdfs {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final PdfDocuments pdfs;

	private final MessageSource messages;

	InspectionPdfs(PdfDocuments pdfs, MessageSource messages) {
		this.pdfs = pdfs;
		this.messages = messages;
	}

	void ranking(List<AgencyStanding> standings, ZoneId zone, String day, HttpServletResponse response)
			throws IOException {
		String title = m("inspection.index.heading") + "（" + day + "）";
		StringBuilder html = start(title, true);
		html.append("<table><thead><tr><th>#</th>");
		for (String key : List.of("inspection.index.agency", "inspection.index.credit-code",
				"inspection.index.last-run", "inspection.index.vetoes", "inspection.index.findings",
				"inspection.index.open-tasks", "inspection.index.overdue-tasks")) {
			cell(html.append("<th>"), m(key)).append("</th>");
		}
		html.append("</tr></thead><tbody>");
		int rank = 0;
		for (AgencyStanding s : standings) {
			html.append("<tr><td class=\"n\">").append(++rank).append("</td>");
			td(html, s.agency().name());
			td(html, s.agency().creditCode());
			td(html, (s.lastRun() != null) ? MINUTE.format(s.lastRun().atZone(zone)) : m("inspection.index.never"));
			html.append("<td class=\"n\">").append(s.vetoes()).append("</td><td class=\"n\">").append(s.findings());
			html.append("</td><td class=\"n\">").append(s.openTasks()).append("</td><td class=\"n\">");
			html.append(s.overdueTasks()).append("</td></tr>");
		}
		html.append("</tbody></table>");
		send(html, m("inspection.export.file") + ".pdf", "inspection-ranking.pdf", response);
	}

	void report(AgencySummary agency, InspectionReport report, List<RectificationView> tasks, ZoneId zone,
			HttpServletResponse response) throws IOException {
		String title = m("inspection.report.heading", agency.name());
		StringBuilder html = start(title, false);
		if (report == null) {
			p(html, m("inspection.report.none"));
		}
		else {
			p(html, m("inspection.report.ran-at", MINUTE.format(report.ranAt().atZone(zone)),
					m("inspection.trigger." + report.trigger())));
			p(html, m("inspection.report.summary", String.valueOf(report.findings().size()),
					String.valueOf(report.vetoes())));
			if (!report.findings().isEmpty()) {
				html.append("<table><thead><tr><th>#</th>");
				for (String key : List.of("inspection.report.severity", "inspection.report.rule",
						"inspection.report.finding")) {
					cell(html.append("<th>"), m(key)).append("</th>");
				}
				html.append("</tr></thead><tbody>");
				int n = 0;
				for (InspectionFinding f : report.findings()) {
					html.append(f.veto() ? "<tr class=\"veto\">" : "<tr>");
					html.append("<td class=\"n\">").append(++n).append("</td>");
					td(html, m("inspection.severity." + f.severity()));
					td(html, m("inspection.rule." + f.rule()));
					td(html, f.title());
					html.append("</tr>");
				}
				html.append("</tbody></table>");
			}
		}
		cell(html.append("<h2>"), m("inspection.report.tasks")).append("</h2>");
		if (tasks.isEmpty()) {
			p(html, m("inspection.report.no-tasks"));
		}
		else {
			html.append("<table><thead><tr><th>#</th>");
			for (String key : List.of("inspection.report.finding", "inspection.report.owner", "inspection.report.due",
					"inspection.report.state", "inspection.report.note")) {
				cell(html.append("<th>"), m(key)).append("</th>");
			}
			html.append("</tr></thead><tbody>");
			int n = 0;
			for (RectificationView t : tasks) {
				html.append("<tr><td class=\"n\">").append(++n).append("</td>");
				td(html, t.title());
				td(html, t.owner());
				td(html, t.dueOn() + (t.overdue() ? " " + m("inspection.report.overdue") : ""));
				td(html, m("inspection.task.state." + t.state().name()));
				String note = t.closingNote();
				td(html, (note == null) ? ""
						: "inspection:resolved".equals(note) ? m("inspection.task.resolved") : note);
				html.append("</tr>");
			}
			html.append("</tbody></table>");
		}
		send(html, title + ".pdf", "inspection-" + agency.creditCode() + ".pdf", response);
	}

	private StringBuilder start(String title, boolean landscape) {
		StringBuilder html = new StringBuilder(16384);
		html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>");
		cell(html, title).append("</title><style>")
			.append("@page { size: A4")
			.append(landscape ? " landscape" : "")
			.append("; margin: 16mm 14mm; @bottom-center { content: counter(page) \" / \" counter(pages);")
			.append(" font-family: 'GongkaiBody'; font-size: 8pt; } }")
			.append("body { font-family: 'GongkaiBody'; font-size: 10pt; line-height: 1.5; }")
			.append("h1 { font-family: 'GongkaiTitle'; font-size: 16pt; text-align: center; font-weight: normal; }")
			.append("h2 { font-size: 12pt; font-weight: bold; margin: 12pt 0 6pt 0; }")
			.append("p { margin: 0 0 4pt 0; }")
			.append("table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.35;")
			.append(" -fs-table-paginate: paginate; margin-bottom: 8pt; }")
			.append("thead { display: table-header-group; } tr { page-break-inside: avoid; }")
			.append("th, td { border: 0.5pt solid #000000; padding: 2pt 3pt; text-align: left; vertical-align: top; }")
			.append("th { font-weight: bold; background-color: #eeeeee; } td.n { text-align: right; }")
			.append("tr.veto td { font-weight: bold; }")
			.append("</style></head><body><h1>");
		return cell(html, title).append("</h1>");
	}

	private static void td(StringBuilder html, String text) {
		cell(html.append("<td>"), text).append("</td>");
	}

	private static void p(StringBuilder html, String text) {
		cell(html.append("<p>"), text).append("</p>");
	}

	/** Appends {@code text} escaped for XML, without control characters. */
	private static StringBuilder cell(StringBuilder html, String text) {
		if (text == null) {
			return html;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '&' -> html.append("&amp;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#39;");
				default -> {
					if (c >= 0x20 && c != 0x7f && c != 0xfffe && c != 0xffff) {
						html.append(c);
					}
				}
			}
		}
		return html;
	}

	private void send(StringBuilder html, String fileName, String fallback, HttpServletResponse response)
			throws IOException {
		byte[] bytes = this.pdfs.render(html.append("</body></html>").toString());
		response.setContentType("application/pdf");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(fileName, fallback));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	private String m(String key, Object... args) {
		return this.messages.getMessage(key, args, CHINESE);
	}

}
