package org.gongkai.request.delivery;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import org.gongkai.request.delivery.PdfRedaction.Area;
import org.gongkai.request.delivery.PdfRedaction.Flattened;

/**
 * Rewrites one page's content stream so that what lies under the redaction boxes is gone
 * and the rest stays (Regulations art. 37). A text stripper run over the page tells, for
 * each operator of the page's own content stream, the glyphs it shows and their boxes,
 * and where images and form XObjects are drawn; the tokens of the same stream
 * ({@link PDFStreamParser}) are then written back with every glyph whose box meets a
 * redaction box replaced by a move of its width (a {@code TJ} number), images under a box
 * replaced by copies with those pixels black, drawings (paths) lying wholly under a box
 * left unpainted, and the black boxes appended. A drawing that reaches out of a box, such
 * as a table's rule or a background, is kept whole: the box covers its part. Plain Java
 * (PDFBox), no Spring.
 */
final class PageRewrite {

	/** The part of a glyph's em box, from the baseline up, that counts as the glyph. */
	private static final float GLYPH_BOTTOM = -0.15f;

	private static final float GLYPH_TOP = 0.75f;

	/**
	 * The part of a glyph's width at each side that a box may cover without removing it.
	 */
	private static final float GLYPH_SIDE = 0.2f;

	private PageRewrite() {
	}

	/**
	 * Rewrites page {@code number} (from 1) of {@code document} with {@code areas}
	 * blacked out.
	 * @return {@code null} when done, else why the page must be flattened instead (then
	 * the page is left unchanged)
	 */
	static Flattened rewrite(PDDocument document, int number, List<Area> areas) throws IOException {
		PDPage page = document.getPage(number - 1);
		if (page.getRotation() % 360 != 0) {
			return Flattened.ROTATED;
		}
		PDRectangle crop = page.getCropBox();
		List<Rectangle2D> boxes = new ArrayList<>();
		for (Area area : areas) {
			boxes.add(new Rectangle2D.Float(crop.getLowerLeftX() + area.x(),
					crop.getUpperRightY() - area.y() - area.height(), area.width(), area.height()));
		}
		Walk walk = new Walk(boxes);
		walk.setStartPage(number);
		walk.setEndPage(number);
		try {
			walk.getText(document);
		}
		catch (IOException | RuntimeException ex) {
			return Flattened.UNREADABLE_CONTENT;
		}
		if (walk.unsafe != null) {
			return walk.unsafe;
		}
		List<Object> tokens;
		try {
			tokens = new PDFStreamParser(page).parse();
		}
		catch (IOException ex) {
			return Flattened.UNREADABLE_CONTENT;
		}
		List<Object> out = new ArrayList<>(tokens.size());
		List<COSBase> operands = new ArrayList<>();
		List<COSDictionary> markedContent = new ArrayList<>();
		Map<COSName, COSName> replacedImages = new HashMap<>();
		int index = 0;
		for (Object token : tokens) {
			if (!(token instanceof Operator operator)) {
				operands.add((COSBase) token);
				continue;
			}
			Show show = walk.shows.get(index);
			String name = operator.getName();
			if ("BDC".equals(name) || "BMC".equals(name)) {
				markedContent.add((operands.size() > 1 && operands.get(1) instanceof COSDictionary d) ? d : null);
			}
			else if ("EMC".equals(name) && !markedContent.isEmpty()) {
				markedContent.remove(markedContent.size() - 1);
			}
			if (show != null && show.anyRemoved()) {
				List<Object> replacement = show.replacement(name, operands);
				if (replacement == null) {
					return Flattened.UNUSUAL_TEXT;
				}
				out.addAll(replacement);
				// the removed text must not survive as the replacement text of its span
				for (COSDictionary properties : markedContent) {
					if (properties != null) {
						properties.removeItem(COSName.ACTUAL_TEXT);
						properties.removeItem(COSName.ALT);
						properties.removeItem(COSName.E);
					}
				}
			}
			else if (walk.pathsUnder.contains(index)) {
				// a drawing wholly under a box: its path ends unpainted
				out.add(Operator.getOperator("n"));
			}
			else if (walk.images.containsKey(index)) {
				COSName image = (COSName) operands.get(0);
				COSName copy = replacedImages.get(image);
				if (copy == null) {
					copy = blackedOut(document, page, image, walk.images.get(index), boxes);
					replacedImages.put(image, copy);
				}
				out.add(copy);
				out.add(operator);
			}
			else {
				out.addAll(operands);
				out.add(operator);
			}
			operands = new ArrayList<>();
			index++;
		}
		out.addAll(operands);
		PDStream content = new PDStream(document);
		try (OutputStream stream = content.createOutputStream(COSName.FLATE_DECODE)) {
			new ContentStreamWriter(stream).writeTokens(out);
		}
		page.setContents(content);
		dropImagesReplaced(page, replacedImages);
		List<PDAnnotation> kept = new ArrayList<>();
		for (PDAnnotation annotation : page.getAnnotations()) {
			PDRectangle r = annotation.getRectangle();
			if (r == null
					|| !meets(new Rectangle2D.Float(r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight()),
							boxes)) {
				kept.add(annotation);
			}
		}
		page.setAnnotations(kept);
		try (PDPageContentStream black = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
				true, true)) {
			black.setNonStrokingColor(Color.BLACK);
			for (Rectangle2D box : boxes) {
				black.addRect((float) box.getX(), (float) box.getY(), (float) box.getWidth(), (float) box.getHeight());
			}
			black.fill();
		}
		return null;
	}

	/**
	 * A copy of the image {@code name} with the pixels under the boxes black, added to
	 * the page's own resources.
	 * @return the copy's name
	 */
	private static COSName blackedOut(PDDocument document, PDPage page, COSName name, Matrix ctm,
			List<Rectangle2D> boxes) throws IOException {
		PDImageXObject image = (PDImageXObject) page.getResources().getXObject(name);
		BufferedImage original = image.getImage();
		BufferedImage pixels = new BufferedImage(original.getWidth(), original.getHeight(),
				original.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = pixels.createGraphics();
		g.drawImage(original, 0, 0, null);
		g.setColor(Color.BLACK);
		int w = pixels.getWidth();
		int h = pixels.getHeight();
		for (Rectangle2D box : boxes) {
			// image space: the unit square, its first row at the top (y = 1)
			double s0 = (box.getMinX() - ctm.getTranslateX()) / ctm.getScaleX();
			double s1 = (box.getMaxX() - ctm.getTranslateX()) / ctm.getScaleX();
			double t0 = (box.getMinY() - ctm.getTranslateY()) / ctm.getScaleY();
			double t1 = (box.getMaxY() - ctm.getTranslateY()) / ctm.getScaleY();
			int left = (int) Math.floor(Math.max(0, Math.min(s0, s1)) * w);
			int right = (int) Math.ceil(Math.min(1, Math.max(s0, s1)) * w);
			int top = (int) Math.floor((1 - Math.min(1, Math.max(t0, t1))) * h);
			int bottom = (int) Math.ceil((1 - Math.max(0, Math.min(t0, t1))) * h);
			if (right > left && bottom > top) {
				g.fillRect(left, top, right - left, bottom - top);
			}
		}
		g.dispose();
		PDImageXObject copy = LosslessFactory.createFromImage(document, pixels);
		ownResources(page);
		return page.getResources().add(copy, "Redacted");
	}

	/**
	 * Gives the page resources of its own, so that changing them changes no other page.
	 */
	private static void ownResources(PDPage page) {
		PDResources resources = page.getResources();
		COSDictionary own = new COSDictionary(resources.getCOSObject());
		COSBase xobjects = own.getDictionaryObject(COSName.XOBJECT);
		if (xobjects instanceof COSDictionary dictionary) {
			own.setItem(COSName.XOBJECT, new COSDictionary(dictionary));
		}
		page.setResources(new PDResources(own));
	}

	/** Takes the originals of replaced images out of the page's resources. */
	private static void dropImagesReplaced(PDPage page, Map<COSName, COSName> replaced) {
		if (replaced.isEmpty()) {
			return;
		}
		COSDictionary xobjects = page.getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT);
		replaced.keySet().forEach(xobjects::removeItem);
	}

	static boolean meets(Rectangle2D rectangle, List<Rectangle2D> boxes) {
		return boxes.stream().anyMatch((box) -> box.intersects(rectangle));
	}

	/** The user-space bounds of the unit square (an image, say) under {@code matrix}. */
	static Rectangle2D bounds(Matrix matrix, float x0, float y0, float x1, float y1) {
		Rectangle2D bounds = null;
		for (float[] corner : new float[][] { { x0, y0 }, { x1, y0 }, { x0, y1 }, { x1, y1 } }) {
			Point2D.Float point = matrix.transformPoint(corner[0], corner[1]);
			if (bounds == null) {
				bounds = new Rectangle2D.Float(point.x, point.y, 0, 0);
			}
			else {
				bounds.add(point);
			}
		}
		return bounds;
	}

	/** One glyph shown: its code and whether it goes. */
	private record Glyph(int code, boolean removed, float advance) {
	}

	/** The glyphs one show-text operator draws, in order. */
	private static final class Show {

		private final PDFont font;

		private final List<Glyph> glyphs = new ArrayList<>();

		Show(PDFont font) {
			this.font = font;
		}

		boolean anyRemoved() {
			return this.glyphs.stream().anyMatch(Glyph::removed);
		}

		/**
		 * The tokens that show the kept glyphs where they were: a {@code TJ} with each
		 * removed glyph replaced by its advance; {@code null} if the strings do not split
		 * into the glyphs the stripper saw.
		 */
		List<Object> replacement(String operator, List<COSBase> operands) throws IOException {
			List<Object> tokens = new ArrayList<>();
			List<COSBase> shown = new ArrayList<>();
			switch (operator) {
				case "Tj" -> shown.add(operands.get(0));
				case "'" -> {
					tokens.add(Operator.getOperator("T*"));
					shown.add(operands.get(0));
				}
				case "\"" -> {
					tokens.add(operands.get(0));
					tokens.add(Operator.getOperator("Tw"));
					tokens.add(operands.get(1));
					tokens.add(Operator.getOperator("Tc"));
					tokens.add(Operator.getOperator("T*"));
					shown.add(operands.get(2));
				}
				case "TJ" -> ((COSArray) operands.get(0)).forEach(shown::add);
				default -> {
					return null;
				}
			}
			COSArray array = new COSArray();
			int next = 0;
			for (COSBase item : shown) {
				if (item instanceof COSNumber) {
					array.add(item);
					continue;
				}
				if (!(item instanceof COSString string)) {
					return null;
				}
				byte[] bytes = string.getBytes();
				ByteArrayInputStream in = new ByteArrayInputStream(bytes);
				ByteArrayOutputStream kept = new ByteArrayOutputStream();
				while (in.available() > 0) {
					int at = bytes.length - in.available();
					int value = this.font.readCode(in);
					int length = bytes.length - in.available() - at;
					if (next >= this.glyphs.size() || this.glyphs.get(next).code() != value) {
						return null;
					}
					Glyph glyph = this.glyphs.get(next++);
					if (glyph.removed()) {
						if (kept.size() > 0) {
							array.add(new COSString(kept.toByteArray()));
							kept.reset();
						}
						array.add(new COSFloat(-glyph.advance()));
					}
					else {
						kept.write(bytes, at, length);
					}
				}
				if (kept.size() > 0) {
					array.add(new COSString(kept.toByteArray()));
				}
			}
			if (next != this.glyphs.size()) {
				return null;
			}
			tokens.add(array);
			tokens.add(Operator.getOperator("TJ"));
			return tokens;
		}

	}

	/**
	 * Runs over the page as the text stripper does and notes, per operator of the page's
	 * own content stream (counted from 0), the glyphs shown and the images drawn; nested
	 * content (forms) is not counted.
	 */
	private static final class Walk extends PDFTextStripper {

		private final List<Rectangle2D> boxes;

		private final Map<Integer, Show> shows = new HashMap<>();

		private final Map<Integer, Matrix> images = new HashMap<>();

		/** Path painting operators whose whole path lies under a box. */
		private final Set<Integer> pathsUnder = new HashSet<>();

		private Rectangle2D path;

		private Flattened unsafe;

		private int index = -1;

		private int depth;

		private Show current;

		Walk(List<Rectangle2D> boxes) {
			this.boxes = boxes;
		}

		@Override
		protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
			if (this.depth > 0) {
				super.processOperator(operator, operands);
				return;
			}
			this.index++;
			String name = operator.getName();
			Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
			if ("Do".equals(name) && !operands.isEmpty() && operands.get(0) instanceof COSName xobject) {
				PDXObject drawn = getResources().getXObject(xobject);
				if (drawn instanceof PDImageXObject) {
					if (meets(bounds(ctm, 0, 0, 1, 1), this.boxes)) {
						if (ctm.getShearX() != 0 || ctm.getShearY() != 0) {
							this.unsafe = Flattened.IMAGE_UNDER_BOX;
						}
						this.images.put(this.index, ctm.clone());
					}
				}
				else if (drawn instanceof PDFormXObject form) {
					PDRectangle box = form.getBBox();
					Matrix matrix = form.getMatrix().multiply(ctm);
					if (box == null || meets(bounds(matrix, box.getLowerLeftX(), box.getLowerLeftY(),
							box.getUpperRightX(), box.getUpperRightY()), this.boxes)) {
						this.unsafe = Flattened.FORM_UNDER_BOX;
					}
				}
			}
			else if ("BI".equals(name) && meets(bounds(ctm, 0, 0, 1, 1), this.boxes)) {
				this.unsafe = Flattened.IMAGE_UNDER_BOX;
			}
			notePath(name, operands, ctm);
			boolean showsText = "Tj".equals(name) || "TJ".equals(name) || "'".equals(name) || "\"".equals(name);
			if (showsText) {
				PDFont font = getGraphicsState().getTextState().getFont();
				if (font instanceof PDType3Font) {
					this.unsafe = Flattened.TYPE3_FONT;
				}
				else if (font == null || font.isVertical() || getGraphicsState().getTextState().getFontSize() == 0) {
					this.unsafe = Flattened.UNUSUAL_TEXT;
				}
				this.current = new Show(font);
				this.shows.put(this.index, this.current);
			}
			try {
				super.processOperator(operator, operands);
			}
			finally {
				this.current = null;
			}
		}

		/**
		 * Follows the path being built, in user space; a painting operator whose whole
		 * path lies inside one box is noted, to be dropped (a drawing under a box, such
		 * as a signature or text drawn as outlines).
		 */
		private void notePath(String name, List<COSBase> operands, Matrix ctm) {
			switch (name) {
				case "m", "l", "c", "v", "y", "re" -> {
					float[] values = new float[operands.size()];
					for (int i = 0; i < values.length; i++) {
						if (!(operands.get(i) instanceof COSNumber number)) {
							return;
						}
						values[i] = number.floatValue();
					}
					if ("re".equals(name) && values.length == 4) {
						addToPath(bounds(ctm, values[0], values[1], values[0] + values[2], values[1] + values[3]));
					}
					else {
						for (int i = 0; i + 1 < values.length; i += 2) {
							addToPath(bounds(ctm, values[i], values[i + 1], values[i], values[i + 1]));
						}
					}
				}
				case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*" -> {
					Rectangle2D built = this.path;
					if (built != null && this.boxes.stream()
						.anyMatch((box) -> box.contains(built.getX(), built.getY())
								&& box.contains(built.getMaxX(), built.getMaxY()))) {
						this.pathsUnder.add(this.index);
					}
					this.path = null;
				}
				case "n" -> this.path = null;
				default -> {
				}
			}
		}

		private void addToPath(Rectangle2D part) {
			if (this.path == null) {
				this.path = part;
			}
			else {
				this.path.add(part);
			}
		}

		@Override
		public void showForm(PDFormXObject form) throws IOException {
			this.depth++;
			try {
				super.showForm(form);
			}
			finally {
				this.depth--;
			}
		}

		@Override
		public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
			this.depth++;
			try {
				super.showTransparencyGroup(form);
			}
			finally {
				this.depth--;
			}
		}

		@Override
		protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
				throws IOException {
			if (this.depth == 0 && this.current != null) {
				float width = Math.max(displacement.getX(), 0.3f);
				Rectangle2D glyph = bounds(textRenderingMatrix, width * GLYPH_SIDE, GLYPH_BOTTOM,
						width * (1 - GLYPH_SIDE), GLYPH_TOP);
				PDTextState state = getGraphicsState().getTextState();
				float size = state.getFontSize();
				// a TJ number n moves by -n/1000 of the font size, as the glyph's advance
				float advance = displacement.getX() * 1000
						+ 1000 * (state.getCharacterSpacing() + ((code == 32) ? state.getWordSpacing() : 0)) / size;
				this.current.glyphs.add(new Glyph(code, meets(glyph, this.boxes), advance));
			}
			super.showGlyph(textRenderingMatrix, font, code, displacement);
		}

		@Override
		protected void writeString(String text, List<TextPosition> positions) {
			// only the positions are wanted
		}

	}

}
