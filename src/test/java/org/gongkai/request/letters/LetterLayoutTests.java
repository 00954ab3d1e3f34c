package org.gongkai.request.letters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.gongkai.rendering.CjkFonts;
import org.gongkai.rendering.PdfDocuments;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout of a letter's ending after GB/T 9704-2012 7.3.5: whatever the length of the
 * body, the signature (agency, date, seal area) shares its page with the last paragraph,
 * and the agency's name stays on one line. Read back with PDFBox and POI; one long letter
 * is also drawn as PNG into target/letters for a look.
 */
class LetterLayoutTests {

	private static final String AGENCY = "某某县自然资源和规划局河西镇自然资源所";

	private final LetterRenderer renderer = new LetterRenderer(new PdfDocuments(new CjkFonts()), messages());

	@Test
	void theSignatureNeverStandsAloneOnAPageWhateverTheLengthOfTheBody() throws IOException {
		// one-line paragraphs: at 22 lines a page, some count ends the body on a page's
		// last lines, where the signature alone would move on
		for (int count = 14; count <= 44; count++) {
			byte[] pdf = this.renderer.pdf(letter(count));
			try (PDDocument document = Loader.loadPDF(pdf)) {
				PDFTextStripper stripper = new PDFTextStripper();
				int last = document.getNumberOfPages();
				stripper.setStartPage(last);
				stripper.setEndPage(last);
				String lastPage = stripper.getText(document);
				assertThat(lastPage).as("%d paragraphs: the last page holds the last paragraph", count)
					.contains("特此告知。")
					.contains(AGENCY)
					.contains("2026年11月22日");
			}
		}
	}

	@Test
	void theAgencysNameStaysOnOneLine() throws IOException {
		String text = pdfText(this.renderer.pdf(letter(3)));
		assertThat(text.lines().map(String::strip)).contains(AGENCY);
	}

	/** Thirty characters: longer than one line of the signature block holds. */
	private static final String LONG_AGENCY = "广西壮族自治区某某市某某县人民政府办公室政府信息与政务公开科";

	private static final String[] LONG_AGENCY_LINES = { "广西壮族自治区某某市某某县人民政府", "办公室政府信息与政务公开科" };

	@Test
	void aLongAgencyNameBreaksAfterOneOfItsPartsIntoEvenLines() {
		assertThat(LONG_AGENCY).hasSize(30);
		assertThat(AgencyNameLines.of(LONG_AGENCY, LetterRenderer.AGENCY_ON_ONE_LINE))
			.containsExactly(LONG_AGENCY_LINES);
		assertThat(AgencyNameLines.of(AGENCY, LetterRenderer.AGENCY_ON_ONE_LINE)).containsExactly(AGENCY);
		// 市场 is a word: no break after 市; with no part to break after, even halves
		assertThat(AgencyNameLines.of("某某市市场监督管理局某某市场监督管理所食品安全监督管理科", 23)).containsExactly("某某市市场监督管理局",
				"某某市场监督管理所食品安全监督管理科");
		assertThat(AgencyNameLines.of("一二三四五六七八九十一二三四五六七八九十一二三四五六", 23)).containsExactly("一二三四五六七八九十一二三",
				"四五六七八九十一二三四五六");
	}

	@Test
	void aLongAgencyNameInThePdfBreaksOnlyBetweenItsParts() throws IOException {
		byte[] pdf = this.renderer.pdf(letter(3, LONG_AGENCY));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<TextPosition> glyphs = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) throws IOException {
					glyphs.addAll(positions);
					super.writeString(text, positions);
				}
			};
			String text = stripper.getText(document);
			assertThat(text.lines().map(String::strip)).contains(LONG_AGENCY_LINES);
			// the two lines: one under the other, each of them right of the page's middle
			TextPosition first = glyphs.stream().filter((g) -> g.getUnicode().equals("广")).findFirst().orElseThrow();
			TextPosition second = glyphs.stream()
				.filter((g) -> g.getUnicode().equals("办") && g.getYDirAdj() > first.getYDirAdj())
				.findFirst()
				.orElseThrow();
			assertThat(second.getYDirAdj() - first.getYDirAdj()).isBetween(20f, 36f);
			assertThat(first.getXDirAdj()).isGreaterThan(document.getPage(0).getMediaBox().getWidth() / 4);
		}
	}

	@Test
	void aLongAgencyNameInTheDocxBreaksOnlyBetweenItsPartsAsLibreOfficeDrawsIt() throws Exception {
		Path soffice = Path.of("/usr/bin/soffice");
		Assumptions.assumeTrue(Files.isExecutable(soffice),
				"LibreOffice is not installed (apt-get install libreoffice-writer-nogui): the DOCX is not drawn");
		Path dir = Files.createTempDirectory("gongkai-letter");
		Path docx = dir.resolve("letter.docx");
		Files.write(docx, this.renderer.docx(letter(3, LONG_AGENCY)));
		Process convert = new ProcessBuilder(soffice.toString(),
				"-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
				"--outdir", dir.toString(), docx.toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("soffice.log").toFile())
			.start();
		assertThat(convert.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
		Path pdf = dir.resolve("letter.pdf");
		assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8)).exists();
		assertThat(pdfText(Files.readAllBytes(pdf)).lines().map(String::strip)).contains(LONG_AGENCY_LINES);
	}

	@Test
	void theDocxKeepsTheLastParagraphWithTheSignature() throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(this.renderer.docx(letter(30))))) {
			List<XWPFParagraph> paragraphs = doc.getParagraphs();
			int lastBody = -1;
			for (int i = 0; i < paragraphs.size(); i++) {
				if (paragraphs.get(i).getText().equals("特此告知。")) {
					lastBody = i;
				}
			}
			assertThat(lastBody).isPositive();
			XWPFParagraph body = paragraphs.get(lastBody);
			assertThat(body.getCTP().getPPr().isSetKeepNext()).isTrue();
			assertThat(body.getCTP().getPPr().isSetKeepLines()).isTrue();
			// every paragraph from the last body paragraph to the date keeps with the
			// next
			for (int i = lastBody; i < paragraphs.size() - 1; i++) {
				assertThat(paragraphs.get(i).getCTP().getPPr().isSetKeepNext()).as("paragraph %d", i).isTrue();
			}
			assertThat(paragraphs.get(paragraphs.size() - 3).getText()).isEqualTo(AGENCY);
			// the paragraph before the last body paragraph may break from it
			assertThat(paragraphs.get(lastBody - 1).getCTP().getPPr().isSetKeepNext()).isFalse();
		}
	}

	@Test
	void aLongLetterIsDrawnForALook() throws Exception {
		byte[] pdf = this.renderer.pdf(letter(21));
		Path dir = Files.createDirectories(Path.of("target", "letters"));
		Path file = dir.resolve("long-letter.pdf");
		Files.write(file, pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			org.apache.pdfbox.rendering.PDFRenderer pages = new org.apache.pdfbox.rendering.PDFRenderer(document);
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				javax.imageio.ImageIO.write(pages.renderImageWithDPI(i, 50), "png",
						dir.resolve("long-letter-" + (i + 1) + ".png").toFile());
			}
		}
		assertThat(Files.size(file)).isPositive();
	}

	private static LetterContent letter(int paragraphs) {
		return letter(paragraphs, AGENCY);
	}

	private static LetterContent letter(int paragraphs, String agency) {
		List<String> body = new ArrayList<>();
		for (int i = 1; i < paragraphs; i++) {
			body.add("第" + i + "段，本机关已依法审查你的申请。");
		}
		body.add("特此告知。");
		return new LetterContent("政府信息公开申请答复告知书", "河自然依申复〔2026〕3号", "王小明：", body, agency, "2026年11月22日", "（印章）");
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("letters.font.body", java.util.Locale.CHINA, "仿宋_GB2312");
		messages.addMessage("letters.font.title", java.util.Locale.CHINA, "方正小标宋简体");
		return messages;
	}

}
