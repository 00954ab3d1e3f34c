package org.gongkai.request.delivery;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Blacks out parts of a PDF for a partial disclosure (Regulations art. 37: the part that
 * may be disclosed is provided, the rest withheld). On each page with something to black
 * out, the text and image pixels under the boxes are removed and the boxes drawn, the
 * rest of the page keeps its text ({@link #redact}); a page that cannot be rewritten
 * safely is replaced by an image of itself with the boxes painted on it. The other pages
 * stay as they are. Outlines, named destinations, embedded files, form fields, link
 * annotations and the open action, which could point to or carry the replaced content,
 * are dropped. Plain Java (PDFBox), no Spring.
 */
public final class PdfRedaction {

	/** The resolution affected pages are rendered at, in dots per inch. */
	public static final int DPI = 150;

	/** The most pages one PDF may have to be redacted here. */
	public static final int MAX_PAGES = 500;

	/** Room around found text, in points. */
	private static final float PAD = 1.5f;

	private PdfRedaction() {
	}

	/**
	 * A box to black out, in points from the top-left corner of the page as shown.
	 *
	 * @param page the page number, from 1
	 */
	public record Area(int page, float x, float y, float width, float height) {

		public Area {
			if (page < 1 || width <= 0 || height <= 0 || x < 0 || y < 0) {
				throw new IllegalArgumentException("Bad area");
			}
		}

	}

	/** A PDF that cannot be read or redacted (damaged, password-protected, too long). */
	public static final class UnreadablePdf extends RuntimeException {

		UnreadablePdf(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/**
	 * Where each of {@code phrases} stands in the PDF's text, white space ignored: one
	 * box per line an occurrence covers.
	 * @throws UnreadablePdf if the PDF cannot be read
	 */
	public static List<Area> find(byte[] pdf, Collection<String> phrases) {
		return findEach(pdf, phrases).values().stream().flatMap(List::stream).toList();
	}

	/**
	 * The boxes of each phrase, as {@link #find}, reading the PDF once.
	 * @return the boxes by phrase, in the order given (phrases found nowhere map to an
	 * empty list)
	 * @throws UnreadablePdf if the PDF cannot be read
	 */
	public static Map<String, List<Area>> findEach(byte[] pdf, Collection<String> phrases) {
		Map<String, List<Area>> found = new LinkedHashMap<>();
		phrases.forEach((p) -> found.put(p, new ArrayList<>()));
		if (phrases.stream().allMatch((p) -> compact(p).isEmpty())) {
			return found;
		}
		try (PDDocument document = load(pdf)) {
			Positions positions = new Positions();
			positions.setSortByPosition(true);
			positions.getText(document);
			for (Map.Entry<Integer, List<TextPosition>> page : positions.pages.entrySet()) {
				List<TextPosition> glyphs = page.getValue();
				StringBuilder text = new StringBuilder();
				List<Integer> owner = new ArrayList<>();
				for (int i = 0; i < glyphs.size(); i++) {
					String unicode = compact(glyphs.get(i).getUnicode());
					for (int c = 0; c < unicode.length(); c++) {
						text.append(unicode.charAt(c));
						owner.add(i);
					}
				}
				for (String given : phrases) {
					String phrase = compact(given);
					if (phrase.isEmpty()) {
						continue;
					}
					for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
						TreeSet<Integer> covered = new TreeSet<>(owner.subList(at, at + phrase.length()));
						found.get(given).addAll(boxes(page.getKey(), covered.stream().map(glyphs::get).toList()));
					}
				}
			}
			return found;
		}
		catch (IOException ex) {
			throw new UnreadablePdf("Unreadable PDF: " + ex.getMessage(), ex);
		}
	}

	/**
	 * How many pages the PDF has.
	 * @throws UnreadablePdf if the PDF cannot be read
	 */
	public static int pages(byte[] pdf) {
		try (PDDocument document = load(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UnreadablePdf("Unreadable PDF: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The PDF's text, as its pages read.
	 * @throws UnreadablePdf if the PDF cannot be read
	 */
	public static String text(byte[] pdf) {
		try (PDDocument document = load(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UnreadablePdf("Unreadable PDF: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A redacted PDF and the pages that had to become images.
	 *
	 * @param pdf the redacted PDF
	 * @param flattened the pages (from 1) whose content could not be rewritten safely and
	 * were replaced by an image of themselves, each with why (a {@link Flattened} reason)
	 */
	public record Redacted(byte[] pdf, Map<Integer, Flattened> flattened) {

	}

	/**
	 * Why a page became an image instead of having only the text under its boxes removed.
	 */
	public enum Flattened {

		/** The page is rotated: the boxes are given as the page is shown. */
		ROTATED,

		/** Text in a Type 3 font, whose glyphs are drawings of their own. */
		TYPE3_FONT,

		/** Vertical writing or a font size of zero. */
		UNUSUAL_TEXT,

		/** A form XObject (content drawn from elsewhere, possibly text) under a box. */
		FORM_UNDER_BOX,

		/** An inline image, or an image turned or sheared, under a box. */
		IMAGE_UNDER_BOX,

		/** The content stream could not be read through. */
		UNREADABLE_CONTENT

	}

	/**
	 * The PDF with {@code areas} blacked out (Regulations art. 37). On each page with an
	 * area the text under the boxes is removed from the content stream (a shown string
	 * keeps its other glyphs, the removed ones become moves, so the rest stays where it
	 * was and can still be selected, searched and read aloud), images under the boxes get
	 * their pixels there painted black, annotations over them are dropped, and the black
	 * boxes are drawn on top. A page whose content cannot be rewritten safely (see
	 * {@link Flattened}) becomes an image of itself with the black boxes, at
	 * {@link #DPI}, as before.
	 * @throws UnreadablePdf if the PDF cannot be read, is password-protected or has more
	 * than {@link #MAX_PAGES} pages, or an area names a page it does not have
	 */
	public static Redacted redact(byte[] pdf, Collection<Area> areas) {
		try (PDDocument document = load(pdf)) {
			int pages = document.getNumberOfPages();
			if (pages > MAX_PAGES) {
				throw new UnreadablePdf("More than " + MAX_PAGES + " pages", null);
			}
			Map<Integer, List<Area>> byPage = new TreeMap<>();
			for (Area area : areas) {
				if (area.page() > pages) {
					throw new UnreadablePdf("No page " + area.page(), null);
				}
				byPage.computeIfAbsent(area.page(), (p) -> new ArrayList<>()).add(area);
			}
			Map<Integer, Flattened> flattened = new TreeMap<>();
			for (Map.Entry<Integer, List<Area>> page : byPage.entrySet()) {
				Flattened why = PageRewrite.rewrite(document, page.getKey(), page.getValue());
				if (why != null) {
					flatten(document, page.getKey() - 1, page.getValue());
					flattened.put(page.getKey(), why);
				}
			}
			dropWhatCouldCarryOldContent(document);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return new Redacted(out.toByteArray(), flattened);
		}
		catch (IOException ex) {
			throw new UnreadablePdf("Unreadable PDF: " + ex.getMessage(), ex);
		}
	}

	/** Replaces the page by an image of itself with the boxes painted black. */
	private static void flatten(PDDocument document, int index, List<Area> boxes) throws IOException {
		BufferedImage image = new PDFRenderer(document).renderImageWithDPI(index, DPI, ImageType.RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.BLACK);
		float scale = DPI / 72f;
		for (Area area : boxes) {
			g.fillRect((int) Math.floor(area.x() * scale), (int) Math.floor(area.y() * scale),
					(int) Math.ceil(area.width() * scale) + 1, (int) Math.ceil(area.height() * scale) + 1);
		}
		g.dispose();
		PDPage old = document.getPage(index);
		PDPage flat = new PDPage(new PDRectangle(image.getWidth() / scale, image.getHeight() / scale));
		PDImageXObject picture = LosslessFactory.createFromImage(document, image);
		try (PDPageContentStream content = new PDPageContentStream(document, flat)) {
			content.drawImage(picture, 0, 0, flat.getMediaBox().getWidth(), flat.getMediaBox().getHeight());
		}
		document.getPages().insertBefore(flat, old);
		document.getPages().remove(old);
	}

	private static void dropWhatCouldCarryOldContent(PDDocument document) throws IOException {
		PDDocumentCatalog catalog = document.getDocumentCatalog();
		catalog.setDocumentOutline(null);
		catalog.setStructureTreeRoot(null);
		catalog.getCOSObject().removeItem(COSName.ACRO_FORM);
		catalog.getCOSObject().removeItem(COSName.NAMES);
		catalog.getCOSObject().removeItem(COSName.DESTS);
		catalog.getCOSObject().removeItem(COSName.OPEN_ACTION);
		for (PDPage page : document.getPages()) {
			List<PDAnnotation> kept = new ArrayList<>();
			for (PDAnnotation annotation : page.getAnnotations()) {
				if (!(annotation instanceof PDAnnotationLink) && !"Widget".equals(annotation.getSubtype())) {
					kept.add(annotation);
				}
			}
			page.setAnnotations(kept);
		}
	}

	private static List<Area> boxes(int page, List<TextPosition> glyphs) {
		List<Area> boxes = new ArrayList<>();
		List<TextPosition> line = new ArrayList<>();
		for (TextPosition glyph : glyphs) {
			if (!line.isEmpty() && Math.abs(line.get(0).getYDirAdj() - glyph.getYDirAdj()) > 2) {
				boxes.add(box(page, line));
				line = new ArrayList<>();
			}
			line.add(glyph);
		}
		if (!line.isEmpty()) {
			boxes.add(box(page, line));
		}
		return boxes;
	}

	private static Area box(int page, List<TextPosition> line) {
		float left = Float.MAX_VALUE;
		float right = 0;
		float top = Float.MAX_VALUE;
		float bottom = 0;
		for (TextPosition glyph : line) {
			float size = Math.max(glyph.getFontSizeInPt(), glyph.getHeightDir());
			left = Math.min(left, glyph.getXDirAdj());
			right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
			top = Math.min(top, glyph.getYDirAdj() - size);
			bottom = Math.max(bottom, glyph.getYDirAdj() + size * 0.25f);
		}
		float x = Math.max(0, left - PAD);
		float y = Math.max(0, top - PAD);
		return new Area(page, x, y, right + PAD - x, bottom + PAD - y);
	}

	private static PDDocument load(byte[] pdf) throws IOException {
		try {
			PDDocument document = Loader.loadPDF(pdf, "", null, null, IOUtils.createTempFileOnlyStreamCache());
			document.setAllSecurityToBeRemoved(true);
			return document;
		}
		catch (InvalidPasswordException ex) {
			throw new UnreadablePdf("Password-protected PDF", ex);
		}
	}

	private static String compact(String text) {
		return (text == null) ? "" : text.replaceAll("\\s+", "");
	}

	/** Collects the glyphs of each page as the stripper reads them. */
	private static final class Positions extends PDFTextStripper {

		private final Map<Integer, List<TextPosition>> pages = new TreeMap<>();

		@Override
		protected void writeString(String text, List<TextPosition> positions) throws IOException {
			this.pages.computeIfAbsent(getCurrentPageNo(), (p) -> new ArrayList<>()).addAll(positions);
			super.writeString(text, positions);
		}

	}

}
