package org.gongkai.request.delivery;

import java.awt.geom.Rectangle2D;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.gongkai.rendering.CjkFonts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Redacted pages keep no text under the black boxes but the rest of theirs, images under
 * the boxes are blacked out, a page that cannot be rewritten safely becomes an image and
 * says why, and the other pages keep their text.
 */
class PdfRedactionTests {

	private static final String ID_NUMBER = "11010119900307651X";

	@Test
	void chineseTextUnderTheBoxesIsGoneTheRestOfThePageStaysAndImagesUnderThemAreBlack() throws IOException {
		String[] lines = { "申请人：张三丰，身份证号码 " + ID_NUMBER + "。", "会议纪要：第三方商业秘密条款由李四提供。", "其余内容照常公开，可以复制和检索。" };
		byte[] original = cjkPage(lines, false);
		Map<String, List<PdfRedaction.Area>> found = PdfRedaction.findEach(original,
				List.of("张三丰", ID_NUMBER, "第三方商业秘密条款"));
		List<PdfRedaction.Area> boxes = new ArrayList<>();
		found.values().forEach(boxes::addAll);
		assertThat(boxes).hasSize(3);
		// the left half of the red square drawn at 72,500 (from the bottom) 100 pt wide
		PdfRedaction.Area overImage = new PdfRedaction.Area(1, 60, PDRectangle.A4.getHeight() - 600, 62, 100);
		boxes.add(overImage);

		PdfRedaction.Redacted redacted = PdfRedaction.redact(original, boxes);
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/redacted-cjk.pdf"), redacted.pdf());

		assertThat(redacted.flattened()).isEmpty();
		try (PDDocument document = Loader.loadPDF(redacted.pdf())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).doesNotContain("张三丰", ID_NUMBER, "第三方商业秘密条款", "商业", "秘密")
				.contains("申请人：", "，身份证号码", "会议纪要：", "由李四提供。", "其余内容照常公开，可以复制和检索。");
			PDPage page = document.getPage(0);
			List<BufferedImage> images = new ArrayList<>();
			for (COSName name : page.getResources().getXObjectNames()) {
				if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
					images.add(image.getImage());
				}
			}
			assertThat(images).singleElement().satisfies((image) -> {
				assertThat(image.getRGB(5, 50) & 0xFFFFFF).isZero();
				assertThat(image.getRGB(90, 50) & 0xFFFFFF).isEqualTo(0xFF0000);
			});
			BufferedImage shown = new PDFRenderer(document).renderImageWithDPI(0, 60, ImageType.RGB);
			ImageIO.write(shown, "png", Path.of("target/redacted-cjk.png").toFile());
			// the boxes are drawn: the middle of the first found name is black
			PdfRedaction.Area name = found.get("张三丰").get(0);
			float scale = 60 / 72f;
			assertThat(shown.getRGB((int) ((name.x() + name.width() / 2) * scale),
					(int) ((name.y() + name.height() / 2) * scale)) & 0xFFFFFF)
				.isZero();
		}
	}

	@Test
	void aDrawingWhollyUnderABoxIsDroppedAndOneReachingOutIsKept() throws IOException {
		byte[] original;
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				// a signature-like stroke inside the box, and a table rule across the
				// page
				content.moveTo(110, 610);
				content.curveTo(130, 640, 150, 600, 170, 630);
				content.stroke();
				content.addRect(50, 580, 500, 1);
				content.fill();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			original = out.toByteArray();
		}
		PdfRedaction.Area box = new PdfRedaction.Area(1, 100, PDRectangle.A4.getHeight() - 650, 80, 60);

		PdfRedaction.Redacted redacted = PdfRedaction.redact(original, List.of(box));

		assertThat(redacted.flattened()).isEmpty();
		try (PDDocument document = Loader.loadPDF(redacted.pdf())) {
			List<String> operators = new ArrayList<>();
			for (Object token : new PDFStreamParser(document.getPage(0)).parse()) {
				if (token instanceof Operator operator) {
					operators.add(operator.getName());
				}
			}
			// the stroke is gone, the rule and the black box are filled
			assertThat(operators).doesNotContain("S").filteredOn("f"::equals).hasSize(2);
		}
	}

	@Test
	void aPageWhoseContentUnderABoxComesFromAFormBecomesAnImageAndSaysWhy() throws IOException {
		byte[] original = cjkPage(new String[] { "表单中的姓名：王五", "第二行" }, true);
		List<PdfRedaction.Area> boxes = PdfRedaction.find(original, List.of("王五"));
		assertThat(boxes).hasSize(1);

		PdfRedaction.Redacted redacted = PdfRedaction.redact(original, boxes);

		assertThat(redacted.flattened()).containsEntry(1, PdfRedaction.Flattened.FORM_UNDER_BOX);
		assertThat(PdfRedaction.text(redacted.pdf())).doesNotContain("王五").doesNotContain("第二行");
	}

	/**
	 * One A4 page of Chinese lines in the CJK font letters use, and a red square; with
	 * {@code inForm} the lines are drawn by a form XObject.
	 */
	private static byte[] cjkPage(String[] lines, boolean inForm) throws IOException {
		String all = String.join("", lines);
		try (PDDocument document = new PDDocument()) {
			PDType0Font font = PDType0Font.load(document,
					new ByteArrayInputStream(new CjkFonts().subsets(all).regular()), false);
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			BufferedImage red = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = red.createGraphics();
			g.setColor(Color.RED);
			g.fillRect(0, 0, 100, 100);
			g.dispose();
			PDImageXObject square = LosslessFactory.createFromImage(document, red);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				if (inForm) {
					PDFormXObject form = new PDFormXObject(document);
					form.setBBox(PDRectangle.A4);
					form.setResources(new PDResources());
					try (PDFormContentStream formContent = new PDFormContentStream(form)) {
						formContent.beginText();
						formContent.setFont(font, 14);
						formContent.newLineAtOffset(72, 760);
						for (String line : lines) {
							formContent.showText(line);
							formContent.newLineAtOffset(0, -24);
						}
						formContent.endText();
					}
					content.drawForm(form);
				}
				else {
					writeLines(content, font, lines);
				}
				content.drawImage(square, 72, 500, 100, 100);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private static void writeLines(PDPageContentStream content, PDType0Font font, String[] lines) throws IOException {
		content.beginText();
		content.setFont(font, 14);
		content.newLineAtOffset(72, 760);
		for (String line : lines) {
			content.showText(line);
			content.newLineAtOffset(0, -24);
		}
		content.endText();
	}

	@Test
	void foundTextAndAreasAreBlackedOutWithNoTextLeftUnderThemAndOtherPagesKeepTheirText() throws IOException {
		byte[] original = SamplePdf.sample();
		List<PdfRedaction.Area> found = PdfRedaction.find(original, List.of(SamplePdf.ID));
		assertThat(found).hasSize(1);
		PdfRedaction.Area box = found.get(0);
		assertThat(box.page()).isEqualTo(1);
		// page 2, the second line: about 24 pt below the first, from the left margin
		PdfRedaction.Area area = new PdfRedaction.Area(2, 60, 90, 300, 26);
		assertThat(textIn(original, box)).contains(SamplePdf.ID);
		assertThat(textIn(original, area)).contains("Confidential");

		byte[] redacted = PdfRedaction.redact(original, List.of(box, area)).pdf();
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/redacted-sample.pdf"), redacted);

		assertThat(textIn(redacted, box)).isBlank();
		assertThat(textIn(redacted, area)).isBlank();
		try (PDDocument document = Loader.loadPDF(redacted)) {
			assertThat(document.getNumberOfPages()).isEqualTo(3);
			String all = new PDFTextStripper().getText(document);
			assertThat(all).doesNotContain(SamplePdf.ID).doesNotContain("Confidential");
			// the rest of the redacted pages keeps its text
			assertThat(all).contains("Name: Zhang San", "Public part stays.", "Minutes of the meeting",
					"Budget line 42");
			PDFTextStripper third = new PDFTextStripper();
			third.setStartPage(3);
			third.setEndPage(3);
			assertThat(third.getText(document)).contains("Annex: published rules", "This page is not touched");
		}
	}

	@Test
	void phrasesAreFoundAcrossSpacesAndInEveryOccurrence() throws IOException {
		List<PdfRedaction.Area> found = PdfRedaction.find(SamplePdf.sample(), List.of("Zhang  San", "stays", "absent"));
		assertThat(found).extracting(PdfRedaction.Area::page).containsExactlyInAnyOrder(1, 1);
		assertThat(PdfRedaction.find(SamplePdf.sample(), List.of(" ", ""))).isEmpty();
	}

	@Test
	void damagedFilesAndPagesItDoesNotHaveAreRefused() throws IOException {
		assertThatThrownBy(() -> PdfRedaction.redact("%PDF-1.4 garbage".getBytes(), List.of()))
			.isInstanceOf(PdfRedaction.UnreadablePdf.class);
		assertThatThrownBy(() -> PdfRedaction.redact(SamplePdf.sample(), List.of(new PdfRedaction.Area(9, 1, 1, 1, 1))))
			.isInstanceOf(PdfRedaction.UnreadablePdf.class);
		assertThatThrownBy(() -> new PdfRedaction.Area(1, 0, 0, 0, 5)).isInstanceOf(IllegalArgumentException.class);
	}

	private static String textIn(byte[] pdf, PdfRedaction.Area area) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripperByArea stripper = new PDFTextStripperByArea();
			stripper.setSortByPosition(true);
			stripper.addRegion("box", new Rectangle2D.Float(area.x(), area.y(), area.width(), area.height()));
			stripper.extractRegions(document.getPage(area.page() - 1));
			return stripper.getTextForRegion("box");
		}
	}

}
