package org.gongkai.annualreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.gongkai.platform.Text;
import org.gongkai.rendering.PdfDocuments;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import org.springframework.stereotype.Component;

/**
 * A published report as DOCX (Apache POI), PDF (its XHTML rendered by
 * {@link PdfDocuments} in a subset of the installed CJK font) and XLSX (one sheet per
 * table plus the text): the six sections with their official titles, the tables in the
 * official layout. Every text is escaped.
 */
@Component
class ReportDocuments {

	private final ReportLayout layout;

	private final PdfDocuments pdfs;

	ReportDocuments(ReportLayout layout, PdfDocuments pdfs) {
		this.layout = layout;
		this.pdfs = pdfs;
	}

	ReportFile render(AnnualReportView report, ReportFormat format) {
		String title = this.layout.title(report.agency().name(), report.year());
		byte[] content = switch (format) {
			case DOCX -> docx(report, title);
			case PDF -> pdf(report, title);
			case XLSX -> xlsx(report, title);
		};
		return new ReportFile(title + "." + format.extension(), format.contentType(), content);
	}

	/** The report as a file named as a preview (…年度报告（发布前预览）.pdf). */
	ReportFile preview(AnnualReportView report, ReportFormat format) {
		ReportFile file = render(report, format);
		String name = this.layout.title(report.agency().name(), report.year())
				+ this.layout.m("annualreport.document.preview") + "." + format.extension();
		return new ReportFile(name, file.contentType(), file.content());
	}

	/** What the document says, in order: section titles with their text or table. */
	private List<Object> blocks(AnnualReportView report) {
		List<String> titles = this.layout.sectionTitles();
		List<ReportGrid> grids = this.layout.grids(report.figures());
		List<Object> blocks = new ArrayList<>();
		blocks.add(new Heading(titles.get(0)));
		blocks.addAll(paragraphs(report.narrative().overview()));
		blocks.add(new Heading(titles.get(1)));
		blocks.add(grids.get(0));
		blocks.add(new Heading(titles.get(2)));
		blocks.add(grids.get(1));
		blocks.add(new Heading(titles.get(3)));
		blocks.add(grids.get(2));
		blocks.add(new Heading(titles.get(4)));
		blocks.addAll(paragraphs(report.narrative().problems()));
		blocks.add(new Heading(titles.get(5)));
		blocks.addAll(paragraphs(report.narrative().otherMatters()));
		return blocks;
	}

	private static List<Paragraph> paragraphs(String text) {
		List<Paragraph> out = new ArrayList<>();
		if (text != null) {
			for (String line : text.split("\n")) {
				if (!line.isBlank()) {
					out.add(new Paragraph(line.strip()));
				}
			}
		}
		return out;
	}

	private record Heading(String text) {
	}

	private record Paragraph(String text) {
	}

	// DOCX

	byte[] docx(AnnualReportView report, String title) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CTSectPr section = doc.getDocument().getBody().addNewSectPr();
			CTPageSz size = section.addNewPgSz();
			size.setW(BigInteger.valueOf(11906));
			size.setH(BigInteger.valueOf(16838));
			CTPageMar margins = section.addNewPgMar();
			margins.setTop(BigInteger.valueOf(1440));
			margins.setBottom(BigInteger.valueOf(1440));
			margins.setLeft(BigInteger.valueOf(1247));
			margins.setRight(BigInteger.valueOf(1247));
			XWPFParagraph heading = doc.createParagraph();
			heading.setAlignment(ParagraphAlignment.CENTER);
			run(heading, title, 18, true);
			for (Object block : blocks(report)) {
				if (block instanceof Heading h) {
					XWPFParagraph p = doc.createParagraph();
					p.setSpacingBefore(200);
					run(p, h.text(), 14, true);
				}
				else if (block instanceof Paragraph text) {
					XWPFParagraph p = doc.createParagraph();
					p.setIndentationFirstLine(560);
					run(p, text.text(), 12, false);
				}
				else if (block instanceof ReportGrid grid) {
					DocxTables.append(doc, grid);
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void run(XWPFParagraph paragraph, String text, int points, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily("宋体", XWPFRun.FontCharRange.eastAsia);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
		run.setFontSize(points);
		run.setBold(bold);
		run.setText(clean(text));
	}

	// PDF

	byte[] pdf(AnnualReportView report, String title) {
		return this.pdfs.render(xhtml(report, title));
	}

	String xhtml(AnnualReportView report, String title) {
		StringBuilder html = new StringBuilder(16384);
		html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>")
			.append(escape(title))
			.append("</title><style>")
			.append("@page { size: A4; margin: 20mm 18mm; }")
			.append("body { font-family: 'GongkaiBody'; font-size: 11pt; line-height: 1.6; }")
			.append("h1 { font-size: 18pt; text-align: center; font-weight: bold; }")
			.append("h2 { font-size: 13pt; font-weight: bold; margin: 12pt 0 6pt 0; }")
			.append("p { text-indent: 2em; margin: 0 0 4pt 0; }")
			.append("table { border-collapse: collapse; width: 100%; font-size: 8pt; line-height: 1.3;")
			.append(" page-break-inside: auto; margin-bottom: 8pt; -fs-table-paginate: paginate; }")
			.append("thead { display: table-header-group; }")
			.append("caption { font-weight: bold; padding-bottom: 4pt; }")
			.append("th, td { border: 0.5pt solid #000000; padding: 2pt; }")
			.append("td { text-align: center; } th { font-weight: normal; } th.col { font-weight: bold; }")
			.append("tr { page-break-inside: avoid; }")
			.append("</style></head><body><h1>")
			.append(escape(title))
			.append("</h1>");
		for (Object block : blocks(report)) {
			if (block instanceof Heading h) {
				html.append("<h2>").append(escape(h.text())).append("</h2>");
			}
			else if (block instanceof Paragraph p) {
				html.append("<p>").append(escape(p.text())).append("</p>");
			}
			else if (block instanceof ReportGrid grid) {
				html.append("<table><caption>").append(escape(grid.caption())).append("</caption>");
				// the header rows repeat on every page the table runs over
				html.append((grid.headerRows() > 0) ? "<thead>" : "<tbody>");
				for (int r = 0; r < grid.rows().size(); r++) {
					List<ReportGrid.Cell> row = grid.rows().get(r);
					if (r > 0 && r == grid.headerRows()) {
						html.append("</thead><tbody>");
					}
					html.append("<tr>");
					for (ReportGrid.Cell cell : row) {
						String tag = cell.figure() ? "td" : "th";
						html.append('<').append(tag);
						if (!cell.figure()) {
							html.append(" class=\"").append(cell.header()).append('"');
						}
						if (cell.rowspan() > 1) {
							html.append(" rowspan=\"").append(cell.rowspan()).append('"');
						}
						if (cell.colspan() > 1) {
							html.append(" colspan=\"").append(cell.colspan()).append('"');
						}
						html.append('>').append(escape(cell.text())).append("</").append(tag).append('>');
					}
					html.append("</tr>");
				}
				html.append("</tbody></table>");
			}
		}
		return html.append("</body></html>").toString();
	}

	// XLSX

	byte[] xlsx(AnnualReportView report, String title) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bordered = book.createCellStyle();
			bordered.setBorderTop(BorderStyle.THIN);
			bordered.setBorderBottom(BorderStyle.THIN);
			bordered.setBorderLeft(BorderStyle.THIN);
			bordered.setBorderRight(BorderStyle.THIN);
			bordered.setWrapText(true);
			bordered.setVerticalAlignment(VerticalAlignment.CENTER);
			bordered.setAlignment(HorizontalAlignment.CENTER);
			List<String> titles = this.layout.sectionTitles();
			XSSFSheet text = book.createSheet(this.layout.m("annualreport.xlsx.text"));
			int r = 0;
			text.createRow(r++).createCell(0).setCellValue(clean(title));
			int section = 0;
			for (Object block : blocks(report)) {
				if (block instanceof Heading h) {
					text.createRow(r++).createCell(0).setCellValue(clean(h.text()));
					section++;
				}
				else if (block instanceof Paragraph p) {
					text.createRow(r++).createCell(0).setCellValue(clean(p.text()));
				}
				else if (block instanceof ReportGrid grid) {
					text.createRow(r++).createCell(0).setCellValue(clean(grid.caption()));
					sheet(book, grid, bordered, titles.get(section - 1));
				}
			}
			text.setColumnWidth(0, 120 * 256);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void sheet(XSSFWorkbook book, ReportGrid grid, CellStyle style, String sectionTitle) {
		XSSFSheet sheet = book.createSheet(this.layout.m("annualreport.xlsx." + grid.id()));
		sheet.createRow(0).createCell(0).setCellValue(clean(sectionTitle));
		int offset = 1;
		for (int r = 0; r < grid.rows().size(); r++) {
			XSSFRow row = sheet.createRow(r + offset);
			for (int c = 0; c < grid.columns(); c++) {
				row.createCell(c).setCellStyle(style);
			}
		}
		for (ReportGrid.Placed placed : grid.placed()) {
			ReportGrid.Cell cell = placed.cell();
			XSSFCell target = sheet.getRow(placed.row() + offset).getCell(placed.column());
			if (cell.figure() && cell.text().matches("\\d+(\\.\\d+)?")) {
				target.setCellValue(Double.parseDouble(cell.text()));
			}
			else {
				target.setCellValue(clean(cell.text()));
			}
			if (cell.rowspan() > 1 || cell.colspan() > 1) {
				sheet.addMergedRegion(
						new CellRangeAddress(placed.row() + offset, placed.row() + offset + cell.rowspan() - 1,
								placed.column(), placed.column() + cell.colspan() - 1));
			}
		}
		for (int c = 0; c < grid.columns(); c++) {
			sheet.setColumnWidth(c, (grid.id().equals("table3") && c == 2) ? 40 * 256 : 14 * 256);
		}
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

	static String escape(String text) {
		return Text.xml(text);
	}

}
