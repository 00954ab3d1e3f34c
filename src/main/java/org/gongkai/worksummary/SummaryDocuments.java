package org.gongkai.worksummary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.platform.Text;
import org.gongkai.rendering.PdfDocuments;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import org.springframework.stereotype.Component;

/**
 * A work summary as the offices hand it in: the title (「XX镇2026年政务公开工作总结」, 小标宋 role), the
 * headings 一 to 三 in 黑体, the text in 仿宋 (as the annual report's documents), and the
 * figures as an annex table (附件) with the back-office list each was counted from; as DOCX
 * (Apache POI) and as PDF (its XHTML through {@link PdfDocuments} in the CJK font). The
 * county's side-by-side table as XLSX. Every text is escaped.
 */
@Component
class SummaryDocuments {

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final PdfDocuments pdfs;

	private final FigureWords words;

	SummaryDocuments(PdfDocuments pdfs, FigureWords words) {
		this.pdfs = pdfs;
		this.words = words;
	}

	private List<String[]> parts(SummaryView view) {
		return List.of(new String[] { this.words.m("worksummary.heading.work"), view.work() },
				new String[] { this.words.m("worksummary.heading.problems"), view.problems() },
				new String[] { this.words.m("worksummary.heading.plans"), view.plans() });
	}

	private String[] annexHeader() {
		return new String[] { this.words.m("worksummary.annex.section"), this.words.m("worksummary.annex.figure"),
				this.words.m("worksummary.annex.value"), this.words.m("worksummary.annex.source") };
	}

	private String[] annexRow(FigureLine line) {
		return new String[] { this.words.m("worksummary.section." + line.section().name()),
				(line.part() ? this.words.m("worksummary.annex.part") : "") + line.label(), line.text(),
				(line.href() != null) ? line.href() : "" };
	}

	SummaryFile docx(SummaryView view) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CTSectPr section = doc.getDocument().getBody().addNewSectPr();
			CTPageSz size = section.addNewPgSz();
			size.setW(BigInteger.valueOf(11906));
			size.setH(BigInteger.valueOf(16838));
			CTPageMar margins = section.addNewPgMar();
			margins.setTop(BigInteger.valueOf(2098));
			margins.setBottom(BigInteger.valueOf(1984));
			margins.setLeft(BigInteger.valueOf(1588));
			margins.setRight(BigInteger.valueOf(1474));
			XWPFParagraph title = doc.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			run(title, view.title(), 22, "方正小标宋简体", false);
			for (String[] part : parts(view)) {
				XWPFParagraph heading = doc.createParagraph();
				heading.setIndentationFirstLine(640);
				heading.setSpacingBefore(120);
				run(heading, part[0], 16, "黑体", false);
				for (String line : lines(part[1])) {
					XWPFParagraph p = doc.createParagraph();
					p.setIndentationFirstLine(640);
					run(p, line, 16, "仿宋", false);
				}
			}
			XWPFParagraph annex = doc.createParagraph();
			annex.setPageBreak(true);
			run(annex, this.words.m("worksummary.annex.title"), 16, "黑体", false);
			List<FigureLine> lines = view.figures();
			XWPFTable table = doc.createTable(lines.size() + 1, 4);
			fill(table.getRow(0), annexHeader(), true);
			for (int i = 0; i < lines.size(); i++) {
				fill(table.getRow(i + 1), annexRow(lines.get(i)), false);
			}
			doc.write(out);
			return new SummaryFile(view.title() + ".docx", DOCX, out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void fill(XWPFTableRow row, String[] cells, boolean bold) {
		for (int c = 0; c < cells.length; c++) {
			XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
			XWPFRun r = p.createRun();
			r.setFontFamily("仿宋", XWPFRun.FontCharRange.eastAsia);
			r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
			r.setFontSize(10);
			r.setBold(bold);
			r.setText(clean(cells[c]));
		}
	}

	private static void run(XWPFParagraph paragraph, String text, int points, String font, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
		run.setFontSize(points);
		run.setBold(bold);
		run.setText(clean(text));
	}

	SummaryFile pdf(SummaryView view) {
		StringBuilder html = new StringBuilder(8192);
		html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>")
			.append(Text.xml(view.title()))
			.append("</title><style>")
			.append("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }")
			.append("body { font-family: 'GongkaiBody'; font-size: 14pt; line-height: 1.7; }")
			.append("h1 { font-family: 'GongkaiTitle'; font-size: 20pt; text-align: center; font-weight: normal; }")
			.append("h2 { font-size: 14pt; font-weight: bold; margin: 10pt 0 4pt 0; text-indent: 2em; }")
			.append("p { text-indent: 2em; margin: 0 0 4pt 0; }")
			.append(".annex { page-break-before: always; }")
			.append("table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.3; }")
			.append("th, td { border: 0.5pt solid #000000; padding: 2pt; text-align: left; }")
			.append("td.value { text-align: right; white-space: nowrap; } td.source { font-size: 7pt; }")
			.append("</style></head><body><h1>")
			.append(Text.xml(view.title()))
			.append("</h1>");
		for (String[] part : parts(view)) {
			html.append("<h2>").append(Text.xml(part[0])).append("</h2>");
			for (String line : lines(part[1])) {
				html.append("<p>").append(Text.xml(line)).append("</p>");
			}
		}
		html.append("<h2 class=\"annex\">").append(Text.xml(this.words.m("worksummary.annex.title"))).append("</h2>");
		html.append("<table><thead><tr>");
		for (String cell : annexHeader()) {
			html.append("<th>").append(Text.xml(cell)).append("</th>");
		}
		html.append("</tr></thead><tbody>");
		for (FigureLine line : view.figures()) {
			String[] cells = annexRow(line);
			html.append("<tr><td>")
				.append(Text.xml(cells[0]))
				.append("</td><td>")
				.append(Text.xml(cells[1]))
				.append("</td><td class=\"value\">")
				.append(Text.xml(cells[2]))
				.append("</td><td class=\"source\">")
				.append(Text.xml(cells[3]))
				.append("</td></tr>");
		}
		html.append("</tbody></table></body></html>");
		return new SummaryFile(view.title() + ".pdf", "application/pdf", this.pdfs.render(html.toString()));
	}

	SummaryFile xlsx(CountyTable table) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle wrap = book.createCellStyle();
			wrap.setWrapText(true);
			XSSFSheet sheet = book.createSheet(table.period());
			XSSFRow head = sheet.createRow(0);
			head.createCell(0).setCellValue(this.words.m("worksummary.county.agency"));
			head.createCell(1).setCellValue(this.words.m("worksummary.county.state"));
			for (int c = 0; c < table.labels().size(); c++) {
				head.createCell(c + 2).setCellValue(clean(table.labels().get(c)));
				head.getCell(c + 2).setCellStyle(wrap);
			}
			int r = 1;
			for (CountyTable.Row row : table.rows()) {
				XSSFRow line = sheet.createRow(r++);
				line.createCell(0).setCellValue(clean(row.agency().name()));
				line.createCell(1)
					.setCellValue(this.words.m("worksummary.state." + ((row.state() != null) ? row.state() : "NONE")));
				for (int c = 0; c < row.values().size(); c++) {
					String value = row.values().get(c);
					String digits = value.replaceAll("[^0-9.]", "");
					if (!digits.isEmpty() && !value.endsWith("%") && digits.matches("\\d+")) {
						line.createCell(c + 2).setCellValue(Long.parseLong(digits));
					}
					else {
						line.createCell(c + 2).setCellValue(clean(value));
					}
				}
			}
			sheet.setColumnWidth(0, 36 * 256);
			for (int c = 1; c < table.labels().size() + 2; c++) {
				sheet.setColumnWidth(c, 14 * 256);
			}
			book.write(out);
			String name = this.words.m("worksummary.county.file", table.periodLabel()) + ".xlsx";
			return new SummaryFile(name, XLSX, out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
	}

	/** Without what XML 1.0 cannot carry. */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		return text.codePoints()
			.filter((c) -> c == '\n' || c == '\t'
					|| (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !(c >= 0xD800 && c <= 0xDFFF)))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

}
