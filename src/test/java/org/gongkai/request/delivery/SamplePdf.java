package org.gongkai.request.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A small PDF for the delivery tests. */
public final class SamplePdf {

	private SamplePdf() {
	}

	public static final String ID = "11010119900307651X";

	/** Three A4 pages: an ID number on page 1, a paragraph on page 2, page 3 plain. */
	public static byte[] sample() throws IOException {
		try (PDDocument document = new PDDocument()) {
			String[][] pages = { { "Applicant record", "Name: Zhang San", "ID number: " + ID, "Public part stays." },
					{ "Minutes of the meeting", "Confidential third-party terms here", "Budget line 42" },
					{ "Annex: published rules", "This page is not touched" } };
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (String[] lines : pages) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 14);
					content.newLineAtOffset(72, 760);
					for (String line : lines) {
						content.showText(line);
						content.newLineAtOffset(0, -24);
					}
					content.endText();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
