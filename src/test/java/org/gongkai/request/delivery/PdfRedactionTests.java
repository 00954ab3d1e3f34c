package org.gongkai.request.delivery;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Redacted pages keep no text under the black boxes (nor anywhere: they become images),
 * and the other pages keep theirs.
 */
class PdfRedactionTests {

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

		byte[] redacted = PdfRedaction.redact(original, List.of(box, area));
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/redacted-sample.pdf"), redacted);

		assertThat(textIn(redacted, box)).isBlank();
		assertThat(textIn(redacted, area)).isBlank();
		try (PDDocument document = Loader.loadPDF(redacted)) {
			assertThat(document.getNumberOfPages()).isEqualTo(3);
			String all = new PDFTextStripper().getText(document);
			assertThat(all).doesNotContain(SamplePdf.ID).doesNotContain("Confidential").doesNotContain("Zhang");
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
