package org.gongkai.annualreport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.GongkaiTest;
import org.gongkai.annualreport.ReportDesk.Office;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report's tables as other programs draw them: the DOCX has a grid, spans and
 * repeating header rows, and LibreOffice (headless, DOCX to PDF) puts table 三's figures
 * under their column headers; in our own PDF the header rows of a table that runs over a
 * page break repeat on the next page.
 */
@GongkaiTest
class AnnualReportRenderingTests {

	private static final Path SOFFICE = Path.of("/usr/bin/soffice");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	ReportDesk desk;

	@BeforeEach
	void desk() {
		this.desk = new ReportDesk(this.mvc, this.context);
	}

	@Test
	void theDocxTablesHaveAGridColumnSpansRowMergesAndRepeatingHeaders() throws Exception {
		Office office = office("网格县", "");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(preview(office, "docx")))) {
			assertThat(doc.getDocument().xmlText()).doesNotContain("hMerge");
			int[] columns = { 4, 10, 15 };
			for (int t = 0; t < 3; t++) {
				XWPFTable table = doc.getTables().get(t);
				assertThat(table.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(columns[t]);
				long width = table.getCTTbl()
					.getTblGrid()
					.getGridColList()
					.stream()
					.mapToLong((g) -> ((java.math.BigInteger) g.getW()).longValue())
					.sum();
				assertThat(width).isEqualTo(DocxTables.TYPE_AREA);
				for (XWPFTableRow row : table.getRows()) {
					int spanned = 0;
					for (XWPFTableCell cell : row.getTableCells()) {
						CTTcPr properties = cell.getCTTc().getTcPr();
						spanned += properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
					}
					assertThat(spanned).as("table %d: every row fills the grid", t).isEqualTo(columns[t]);
				}
			}
			XWPFTable t3 = doc.getTables().get(1);
			for (int r = 0; r < t3.getRows().size(); r++) {
				assertThat(t3.getRow(r).getCtRow().getTrPr().sizeOfTblHeaderArray()).as("row %d", r)
					.isEqualTo((r < 3) ? 1 : 0);
			}
			// the corner spans three rows and three columns; 三 runs down 22 rows
			CTTcPr corner = t3.getRow(0).getCell(0).getCTTc().getTcPr();
			assertThat(corner.getGridSpan().getVal().intValue()).isEqualTo(3);
			assertThat(corner.getVMerge().getVal().toString()).isEqualTo("restart");
			assertThat(t3.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal().toString())
				.isEqualTo("continue");
			assertThat(t3.getRow(5).getCell(0).getText()).isEqualTo("三、本年度办理结果");
			assertThat(t3.getRow(26).getCell(0).getCTTc().getTcPr().getVMerge().getVal().toString())
				.isEqualTo("continue");
			assertThat(t3.getRow(3).getCell(0).getText()).isEqualTo("一、本年新收政府信息公开申请数量");
			assertThat(t3.getRow(3).getTableCells()).extracting(XWPFTableCell::getText)
				.containsExactly("一、本年新收政府信息公开申请数量", "3", "0", "0", "0", "1", "0", "4");
		}
	}

	@Test
	void libreOfficeDrawsTableThreeWithEachFigureUnderItsColumn() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(SOFFICE),
				"LibreOffice is not installed (apt-get install libreoffice-writer-nogui): the DOCX is not drawn");
		Office office = office("排版县", "");
		Path dir = Files.createTempDirectory("gongkai-docx");
		Path docx = dir.resolve("report.docx");
		Files.write(docx, preview(office, "docx"));
		Process soffice = new ProcessBuilder(SOFFICE.toString(),
				"-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
				"--outdir", dir.toString(), docx.toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("soffice.log").toFile())
			.start();
		assertThat(soffice.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
		Path pdf = dir.resolve("report.pdf");
		assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8)).exists();
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
			assertThat(document.getNumberOfPages()).isBetween(2, 8);
			List<Word> words = words(document);
			Word label = words.stream().filter((w) -> w.text().startsWith("一、本年新收")).findFirst().orElseThrow();
			// the figures of row 一: the line of seven numbers nearest to its label
			Map<Integer, List<Word>> lines = new TreeMap<>();
			words.stream()
				.filter((w) -> w.page() == label.page() && w.text().matches("\\d+"))
				.forEach((w) -> lines.computeIfAbsent(Math.round(w.y()), (k) -> new ArrayList<>()).add(w));
			List<Word> row = lines.values()
				.stream()
				.filter((l) -> l.size() == 7)
				.min(Comparator.comparingDouble((l) -> Math.abs(l.get(0).y() - label.y())))
				.orElseThrow();
			row.sort(Comparator.comparingDouble(Word::x));
			assertThat(row).extracting(Word::text).containsExactly("3", "0", "0", "0", "1", "0", "4");
			assertThat(row.get(0).x()).isGreaterThan(label.x() + 60);
			// each under its header: 自然人 over the first, 法律服务机构 over the fifth, 总计 over
			// the last
			assertThat(row.get(0).center()).isCloseTo(header(words, label, "自然人").center(),
					org.assertj.core.data.Offset.offset(20f));
			assertThat(row.get(4).center()).isCloseTo(header(words, label, "法律").center(),
					org.assertj.core.data.Offset.offset(20f));
			assertThat(row.get(6).center()).isCloseTo(header(words, label, "总计").center(),
					org.assertj.core.data.Offset.offset(20f));
		}
	}

	@Test
	void inOurPdfTheHeaderRowsOfATableRunningOverAPageBreakRepeat() throws Exception {
		int split = 0;
		for (int lines : new int[] { 8, 16, 24, 32 }) {
			Office office = office("分页县", "本年总体情况，逐项说明。".repeat(20) + "\n");
			String text = "";
			try (PDDocument document = Loader.loadPDF(preview(office, "pdf", lines))) {
				for (int page = 1; page <= document.getNumberOfPages(); page++) {
					PDFTextStripper stripper = new PDFTextStripper();
					stripper.setStartPage(page);
					stripper.setEndPage(page);
					text = stripper.getText(document).replaceAll("\\s", "");
					boolean bodyOfTable3 = text.contains("（一）予以公开") || text.contains("四、结转下年度继续办理");
					if (bodyOfTable3) {
						assertThat(text).as("%d lines, page %d", lines, page).contains("自然人");
					}
					if (text.contains("四、结转下年度继续办理") && !text.contains("一、本年新收")) {
						split++;
					}
				}
			}
		}
		assertThat(split).as("table 三 ran over a page break at least once").isPositive();
	}

	/** The column header nearest above the label's row whose text starts so. */
	private static Word header(List<Word> words, Word label, String start) {
		return words.stream()
			.filter((w) -> w.page() == label.page() && w.y() < label.y() && w.text().startsWith(start))
			.max(Comparator.comparingDouble(Word::x))
			.orElseThrow(() -> new AssertionError("no header " + start));
	}

	private Office office(String name, String overviewLine) throws Exception {
		Office office = this.desk.county(name);
		this.desk.importRows(office, ReportDesk.row(ReportDesk.number("a"), "自然人", "2025-02-01", "2025-02-20", "3.1"),
				ReportDesk.row(ReportDesk.number("b"), "自然人", "2025-03-01", "2025-03-20", "3.1"),
				ReportDesk.row(ReportDesk.number("c"), "自然人", "2025-12-29", null, null),
				ReportDesk.row(ReportDesk.number("d"), "法律服务机构", "2025-12-30", null, null));
		this.overview = overviewLine;
		return office;
	}

	private String overview = "";

	private byte[] preview(Office office, String format) throws Exception {
		return preview(office, format, 1);
	}

	private byte[] preview(Office office, String format, int lines) throws Exception {
		String base = "/admin/annual-reports/" + office.creditCode() + "/2025";
		this.mvc
			.perform(post(base + "/narrative").session(office.clerk())
				.with(csrf())
				.param("overview", "本年总体情况。\n" + this.overview.repeat(lines))
				.param("problems", "存在的问题和改进措施。")
				.param("otherMatters", "本年未收取信息处理费。"))
			.andExpect(status().is3xxRedirection());
		return this.mvc.perform(get(base + "/preview/" + format).session(office.leader()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static List<Word> words(PDDocument document) throws IOException {
		List<Word> words = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				TextPosition first = positions.get(0);
				TextPosition last = positions.get(positions.size() - 1);
				words.add(new Word(text, getCurrentPageNo(), first.getXDirAdj(),
						last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj()));
			}
		};
		stripper.setSortByPosition(true);
		stripper.getText(document);
		return words;
	}

	record Word(String text, int page, float x, float xEnd, float y) {

		float center() {
			return (this.x + this.xEnd) / 2;
		}

	}

}
