package org.gongkai.village;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.gongkai.account.Role;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.publication.PublicationItem;
import org.gongkai.publication.ReviewStep;
import org.gongkai.rendering.PdfDocuments;
import org.gongkai.village.rules.Period;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays out a village item for its board (公开栏) as an A4 PDF: the village's name, the
 * column, the title, the period it covers, the body with its tables, the posting date,
 * the supervision committee's record, and the places where its members and the
 * committee's director sign (Organic Law of Villagers' Committees art. 30, 32;
 * docs/legal-rules.md, Village affairs). Every word comes from
 * {@code messages/village.properties}.
 */
@Component
class BoardSheet {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final Pattern TAG = Pattern.compile("<(?:/?[a-zA-Z]|!)");

	/** Places for the supervision committee's members to sign. */
	static final int SUPERVISOR_LINES = 3;

	private final PdfDocuments pdfs;

	private final MessageSource messages;

	private final AgencyManagement agencies;

	private final ZoneId zone;

	BoardSheet(PdfDocuments pdfs, MessageSource messages, AgencyManagement agencies, java.time.Clock clock) {
		this.pdfs = pdfs;
		this.messages = messages;
		this.agencies = agencies;
		this.zone = clock.getZone();
	}

	BoardPrint print(AgencySummary village, String column, PublicationItem item, Period period) {
		String name = msg("village.board.file", village.shortName(), item.title()).replaceAll("[\\\\/:*?\"<>|]", "_");
		try {
			return new BoardPrint(name + ".pdf", this.pdfs.render(xhtml(village, column, item, period, true)));
		}
		catch (RuntimeException ex) {
			// a body the XML parser cannot take: print its paragraphs as text
			return new BoardPrint(name + ".pdf", this.pdfs.render(xhtml(village, column, item, period, false)));
		}
	}

	String xhtml(AgencySummary village, String column, PublicationItem item, Period period, boolean html) {
		StringBuilder out = new StringBuilder(8192);
		out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>")
			.append(escape(item.title()))
			.append("</title><style>")
			.append("@page { size: A4; margin: 18mm 16mm; }")
			.append("body { font-family: 'GongkaiBody'; font-size: 12pt; line-height: 1.6; }")
			.append("h1 { font-family: 'GongkaiTitle'; font-size: 22pt; text-align: center; margin: 0 0 4pt 0;")
			.append(" font-weight: normal; }")
			.append("p.village { text-align: center; font-size: 14pt; margin: 0 0 10pt 0; }")
			.append("h2 { font-size: 16pt; text-align: center; font-weight: bold; margin: 8pt 0; }")
			.append("table.meta { width: 100%; border-collapse: collapse; margin-bottom: 8pt; font-size: 11pt; }")
			.append("table.meta td { padding: 2pt 4pt; border-bottom: 0.5pt solid #000000; }")
			.append("div.body p { text-indent: 2em; margin: 0 0 4pt 0; }")
			.append("div.body table { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 10.5pt; }")
			.append("div.body th, div.body td { border: 0.5pt solid #000000; padding: 3pt; }")
			.append("p.record { margin: 10pt 0 4pt 0; }")
			.append("table.sign { width: 100%; border-collapse: collapse; margin-top: 8pt; page-break-inside: avoid; }")
			.append("table.sign th, table.sign td { border: 0.5pt solid #000000; padding: 6pt; vertical-align: top; }")
			.append("table.sign th { width: 50%; text-align: left; font-weight: bold; }")
			.append("td.line { height: 22pt; }")
			.append("p.note { font-size: 10pt; margin-top: 10pt; }")
			.append("</style></head><body>");
		out.append("<h1>").append(escape(msg("village.board.heading"))).append("</h1>");
		out.append("<p class=\"village\">").append(escape(village.name())).append("</p>");
		out.append("<table class=\"meta\"><tr><td>")
			.append(escape(msg("village.board.column", column)))
			.append("</td><td>")
			.append(escape((period != null) ? msg("village.board.period", periodLabel(period))
					: msg("village.board.no-period")))
			.append("</td></tr><tr><td>")
			.append(escape(msg("village.board.posted-on",
					(item.publishedOn() != null) ? date(item.publishedOn()) : msg("village.board.date-blank"))))
			.append("</td><td>")
			.append(escape(msg("village.board.index-number", (item.indexNumber() != null) ? item.indexNumber() : "—")))
			.append("</td></tr></table>");
		out.append("<h2>").append(escape(item.title())).append("</h2>");
		out.append("<div class=\"body\">");
		if (html) {
			out.append(xml(item.bodyHtml()));
		}
		else {
			for (String paragraph : item.paragraphs()) {
				out.append("<p>").append(escape(paragraph)).append("</p>");
			}
		}
		out.append("</div>");
		List<ReviewStep> signed = item.reviews()
			.stream()
			.filter((r) -> r.role() == Role.VILLAGE_SUPERVISOR && r.approved())
			.toList();
		for (ReviewStep step : signed) {
			out.append("<p class=\"record\">")
				.append(escape(msg("village.board.record", step.reviewer(),
						date(step.decidedAt().atZone(this.zone).toLocalDate()),
						(step.comment() != null) ? step.comment() : msg("village.board.record.agreed"))))
				.append("</p>");
		}
		if (signed.isEmpty()) {
			out.append("<p class=\"record\">").append(escape(msg("village.board.record.none"))).append("</p>");
		}
		out.append("<table class=\"sign\"><tr><th>")
			.append(escape(msg("village.board.sign.supervisors")))
			.append("</th><th>")
			.append(escape(msg("village.board.sign.director")))
			.append("</th></tr>");
		for (int i = 0; i < SUPERVISOR_LINES; i++) {
			out.append("<tr><td class=\"line\">")
				.append(escape(msg((i == 0) ? "village.board.sign.chair" : "village.board.sign.member")))
				.append("</td><td class=\"line\">");
			if (i == 0) {
				out.append(escape(msg("village.board.sign.director-line")));
			}
			else if (i == 1) {
				out.append(escape(msg("village.board.sign.seal")));
			}
			else {
				out.append(escape(msg("village.board.sign.date")));
			}
			out.append("</td></tr>");
		}
		out.append("</table>");
		String township = (village.parentId() != null) ? this.agencies.details(village.parentId()).summary().name()
				: "";
		out.append("<p class=\"note\">").append(escape(msg("village.board.note", township))).append("</p>");
		return out.append("</body></html>").toString();
	}

	/** The period as shown: 2026年11月, 2026年第4季度. */
	String periodLabel(Period period) {
		return msg("village.period." + period.cadence().name(), String.valueOf(period.year()),
				String.valueOf(period.number()));
	}

	private String date(LocalDate day) {
		return msg("village.date", String.valueOf(day.getYear()), String.valueOf(day.getMonthValue()),
				String.valueOf(day.getDayOfMonth()));
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, CHINESE);
	}

	/**
	 * The body a clerk typed as the HTML the publication keeps: text without tags becomes
	 * paragraphs (blank lines between them, single line breaks kept), and a block whose
	 * every line has cells between tabs (pasted from a spreadsheet) or {@code |} becomes
	 * a table, its first line the header; text with tags is left to the publication's
	 * sanitiser.
	 */
	static String bodyHtml(String typed) {
		if (typed == null || typed.isBlank() || TAG.matcher(typed).find()) {
			return typed;
		}
		StringBuilder out = new StringBuilder();
		for (String block : typed.replace("\r\n", "\n").replace('\r', '\n').strip().split("\n\\s*\n")) {
			List<String> lines = block.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
			if (lines.isEmpty()) {
				continue;
			}
			if (lines.stream().allMatch(BoardSheet::row)) {
				out.append("<table>");
				for (int i = 0; i < lines.size(); i++) {
					String cell = (i == 0) ? "th" : "td";
					out.append((i == 0) ? "<thead><tr>" : "<tr>");
					for (String text : cells(lines.get(i))) {
						out.append('<')
							.append(cell)
							.append('>')
							.append(escape(text))
							.append("</")
							.append(cell)
							.append('>');
					}
					out.append((i == 0) ? "</tr></thead><tbody>" : "</tr>");
				}
				out.append("</tbody></table>");
			}
			else {
				out.append("<p>")
					.append(String.join("<br />", lines.stream().map(BoardSheet::escape).toList()))
					.append("</p>");
			}
		}
		return out.toString();
	}

	private static boolean row(String line) {
		return cells(line).size() >= 2;
	}

	private static List<String> cells(String line) {
		String separator = line.contains("\t") ? "\t" : "\\|";
		List<String> cells = new ArrayList<>();
		String trimmed = line.strip();
		if (!line.contains("\t") && trimmed.startsWith("|")) {
			trimmed = trimmed.substring(1);
		}
		if (!line.contains("\t") && trimmed.endsWith("|")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		if (!line.contains("\t") && !line.contains("|")) {
			return List.of(trimmed);
		}
		for (String cell : trimmed.split(separator, -1)) {
			cells.add(cell.strip());
		}
		return cells;
	}

	/** The sanitised body as XML: HTML's named spaces and void tags made well-formed. */
	private static String xml(String html) {
		return html.replace("&nbsp;", "&#160;").replaceAll("<br>", "<br />");
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
