package org.gongkai.rendering;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;

/**
 * Renders an XHTML document to PDF with openhtmltopdf, set in the installed CJK font
 * ({@link CjkFonts}) subset to the characters of that one document. The page size and
 * margins are the document's own CSS ({@code @page}); the producer is "Gongkai".
 *
 * <p>
 * The document's CSS names the fonts by these families:
 * <ul>
 * <li>{@code 'GongkaiBody'}: the regular face at normal weight, the bold face at
 * {@code font-weight: bold} (700);</li>
 * <li>{@code 'GongkaiTitle'}: the bold face at normal weight, for a title set in the 小标宋
 * role of GB/T 9704.</li>
 * </ul>
 * A face is embedded only if the document uses it.
 */
@Component
public class PdfDocuments {

	private static final String BODY_FONT = "GongkaiBody";

	private static final String TITLE_FONT = "GongkaiTitle";

	private final CjkFonts fonts;

	public PdfDocuments(CjkFonts fonts) {
		this.fonts = fonts;
	}

	/**
	 * The PDF of {@code xhtml}.
	 * @param xhtml a well-formed XHTML document (every text in it escaped)
	 * @return the PDF file's bytes
	 * @throws CjkFonts.FontMissingException if no CJK font is installed
	 */
	public byte[] render(String xhtml) {
		CjkFonts.Subsets subsets = this.fonts.subsets(xhtml);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(subsets.regular()), BODY_FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(subsets.bold()), BODY_FONT, 700, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(subsets.bold()), TITLE_FONT, 400, FontStyle.NORMAL, true);
			builder.withProducer("Gongkai");
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
