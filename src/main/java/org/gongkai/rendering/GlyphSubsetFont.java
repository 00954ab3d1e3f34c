package org.gongkai.rendering;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Writes a small TrueType font (glyf outlines) holding only the glyphs of the characters
 * a letter uses, taken from a CJK system font. Debian's fonts-noto-cjk ships OpenType
 * collections with CFF outlines, which PDFBox can neither subset nor embed; converting
 * the few hundred glyphs a letter needs into quadratic TrueType outlines gives a font
 * that openhtmltopdf embeds (a few hundred kilobytes) and that keeps the text
 * extractable. Cubic curves are split in two and each half approximated by one quadratic
 * curve: at letter sizes the difference is far below a printer dot.
 *
 * <p>
 * Not thread-safe on the source font: callers synchronise.
 *
 * <p>
 * Longer than our usual 400 lines on purpose: it is one file format written table by
 * table (head, hhea, maxp, OS/2, hmtx, cmap, loca, glyf, name, post) with the outline
 * conversion they share, and reads best in the order of the specification.
 */
final class GlyphSubsetFont {

	private GlyphSubsetFont() {
	}

	/**
	 * The TrueType font file with the glyphs of {@code codePoints} that {@code source}
	 * has (others are left out and fall back to {@code .notdef}).
	 */
	static byte[] build(TrueTypeFont source, SortedSet<Integer> codePoints) {
		try {
			return write(source, codePoints);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] write(TrueTypeFont source, SortedSet<Integer> codePoints) throws IOException {
		CmapLookup cmap = source.getUnicodeCmapLookup(false);
		Map<Integer, Integer> newGid = new TreeMap<>();
		List<Integer> sourceGids = new ArrayList<>();
		sourceGids.add(0);
		for (int cp : codePoints) {
			int gid = cmap.getGlyphId(cp);
			if (gid > 0) {
				newGid.put(cp, sourceGids.size());
				sourceGids.add(gid);
			}
		}
		int glyphCount = sourceGids.size();
		ByteArrayOutputStream glyf = new ByteArrayOutputStream();
		int[] loca = new int[glyphCount + 1];
		int[] advances = new int[glyphCount];
		int[] lsbs = new int[glyphCount];
		int[] bbox = { Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE };
		int maxPoints = 0;
		int maxContours = 0;
		int maxAdvance = 0;
		for (int i = 0; i < glyphCount; i++) {
			loca[i] = glyf.size();
			int gid = sourceGids.get(i);
			advances[i] = source.getAdvanceWidth(gid);
			maxAdvance = Math.max(maxAdvance, advances[i]);
			List<List<int[]>> contours = contours(path(source, gid));
			if (!contours.isEmpty()) {
				int[] box = writeGlyph(glyf, contours);
				lsbs[i] = box[0];
				bbox[0] = Math.min(bbox[0], box[0]);
				bbox[1] = Math.min(bbox[1], box[1]);
				bbox[2] = Math.max(bbox[2], box[2]);
				bbox[3] = Math.max(bbox[3], box[3]);
				maxPoints = Math.max(maxPoints, contours.stream().mapToInt(List::size).sum());
				maxContours = Math.max(maxContours, contours.size());
			}
			while (glyf.size() % 4 != 0) {
				glyf.write(0);
			}
		}
		loca[glyphCount] = glyf.size();
		if (bbox[0] > bbox[2]) {
			bbox = new int[] { 0, 0, 0, 0 };
		}
		int unitsPerEm = source.getUnitsPerEm();
		Map<String, byte[]> tables = new TreeMap<>();
		tables.put("OS/2", os2(source));
		tables.put("cmap", cmap(newGid));
		tables.put("glyf", glyf.toByteArray());
		tables.put("head", head(unitsPerEm, bbox));
		tables.put("hhea", hhea(source, glyphCount, maxAdvance));
		tables.put("hmtx", hmtx(advances, lsbs));
		tables.put("loca", loca(loca));
		tables.put("maxp", maxp(glyphCount, maxPoints, maxContours));
		tables.put("name", name(source));
		tables.put("post", post());
		return sfnt(tables);
	}

	private static GeneralPath path(TrueTypeFont source, int gid) throws IOException {
		if (source instanceof OpenTypeFont otf && otf.isPostScript()) {
			CFFFont cff = otf.getCFF().getFont();
			int index = (cff instanceof CFFCIDFont) ? cff.getCharset().getCIDForGID(gid) : gid;
			return cff.getType2CharString(index).getPath();
		}
		GlyphData glyph = source.getGlyph().getGlyph(gid);
		return (glyph != null) ? glyph.getPath() : new GeneralPath();
	}

	/** The outline as TrueType contours of points {x, y, onCurve}. */
	private static List<List<int[]>> contours(GeneralPath path) {
		List<List<int[]>> contours = new ArrayList<>();
		List<int[]> current = null;
		double[] c = new double[6];
		double x = 0;
		double y = 0;
		double startX = 0;
		double startY = 0;
		for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
			switch (it.currentSegment(c)) {
				case PathIterator.SEG_MOVETO -> {
					current = finish(contours, current);
					current = new ArrayList<>();
					x = c[0];
					y = c[1];
					startX = x;
					startY = y;
					current.add(point(x, y, true));
				}
				case PathIterator.SEG_LINETO -> {
					x = c[0];
					y = c[1];
					add(current, point(x, y, true));
				}
				case PathIterator.SEG_QUADTO -> {
					add(current, point(c[0], c[1], false));
					x = c[2];
					y = c[3];
					add(current, point(x, y, true));
				}
				case PathIterator.SEG_CUBICTO -> {
					cubic(current, x, y, c[0], c[1], c[2], c[3], c[4], c[5]);
					x = c[4];
					y = c[5];
				}
				case PathIterator.SEG_CLOSE -> {
					current = finish(contours, current);
					x = startX;
					y = startY;
				}
				default -> throw new IllegalStateException("Unknown path segment");
			}
		}
		finish(contours, current);
		return contours;
	}

	/** Two quadratic curves for one cubic, split at t = 1/2. */
	private static void cubic(List<int[]> contour, double x0, double y0, double x1, double y1, double x2, double y2,
			double x3, double y3) {
		double ax = (x0 + x1) / 2;
		double ay = (y0 + y1) / 2;
		double bx = (x1 + x2) / 2;
		double by = (y1 + y2) / 2;
		double cx = (x2 + x3) / 2;
		double cy = (y2 + y3) / 2;
		double abx = (ax + bx) / 2;
		double aby = (ay + by) / 2;
		double bcx = (bx + cx) / 2;
		double bcy = (by + cy) / 2;
		double mx = (abx + bcx) / 2;
		double my = (aby + bcy) / 2;
		quad(contour, x0, y0, ax, ay, abx, aby, mx, my);
		quad(contour, mx, my, bcx, bcy, cx, cy, x3, y3);
	}

	private static void quad(List<int[]> contour, double x0, double y0, double x1, double y1, double x2, double y2,
			double x3, double y3) {
		double qx = (3 * (x1 + x2) - x0 - x3) / 4;
		double qy = (3 * (y1 + y2) - y0 - y3) / 4;
		add(contour, point(qx, qy, false));
		add(contour, point(x3, y3, true));
	}

	private static void add(List<int[]> contour, int[] point) {
		if (contour != null) {
			contour.add(point);
		}
	}

	private static List<int[]> finish(List<List<int[]>> contours, List<int[]> contour) {
		if (contour != null) {
			if (contour.size() > 1) {
				int[] first = contour.get(0);
				int[] last = contour.get(contour.size() - 1);
				if (last[2] == 1 && last[0] == first[0] && last[1] == first[1]) {
					contour.remove(contour.size() - 1);
				}
			}
			if (contour.size() > 1) {
				contours.add(contour);
			}
		}
		return null;
	}

	private static int[] point(double x, double y, boolean on) {
		return new int[] { (int) Math.round(x), (int) Math.round(y), on ? 1 : 0 };
	}

	/** Writes a simple glyph; returns its bounding box. */
	private static int[] writeGlyph(ByteArrayOutputStream out, List<List<int[]>> contours) throws IOException {
		int[] box = { Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE };
		for (List<int[]> contour : contours) {
			for (int[] p : contour) {
				box[0] = Math.min(box[0], p[0]);
				box[1] = Math.min(box[1], p[1]);
				box[2] = Math.max(box[2], p[0]);
				box[3] = Math.max(box[3], p[1]);
			}
		}
		DataOutputStream data = new DataOutputStream(out);
		data.writeShort(contours.size());
		for (int v : box) {
			data.writeShort(v);
		}
		int end = -1;
		for (List<int[]> contour : contours) {
			end += contour.size();
			data.writeShort(end);
		}
		data.writeShort(0);
		for (List<int[]> contour : contours) {
			for (int[] p : contour) {
				data.writeByte(p[2]);
			}
		}
		for (int axis = 0; axis < 2; axis++) {
			int previous = 0;
			for (List<int[]> contour : contours) {
				for (int[] p : contour) {
					data.writeShort(p[axis] - previous);
					previous = p[axis];
				}
			}
		}
		return box;
	}

	/**
	 * Formats 4 (BMP) and 12 (all planes), one segment per run of consecutive code
	 * points.
	 */
	private static byte[] cmap(Map<Integer, Integer> gids) throws IOException {
		List<int[]> runs = new ArrayList<>();
		for (Map.Entry<Integer, Integer> e : gids.entrySet()) {
			int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
			if (last != null && last[1] + 1 == e.getKey() && last[2] + (e.getKey() - last[0]) == e.getValue()) {
				last[1] = e.getKey();
			}
			else {
				runs.add(new int[] { e.getKey(), e.getKey(), e.getValue() });
			}
		}
		List<int[]> bmp = new ArrayList<>();
		for (int[] run : runs) {
			if (run[0] <= 0xFFFE) {
				bmp.add(new int[] { run[0], Math.min(run[1], 0xFFFE), run[2] });
			}
		}
		bmp.add(new int[] { 0xFFFF, 0xFFFF, 0 });
		ByteArrayOutputStream f4bytes = new ByteArrayOutputStream();
		DataOutputStream f4 = new DataOutputStream(f4bytes);
		int segCount = bmp.size();
		int searchRange = 2 * Integer.highestOneBit(segCount);
		f4.writeShort(4);
		f4.writeShort(16 + 8 * segCount);
		f4.writeShort(0);
		f4.writeShort(segCount * 2);
		f4.writeShort(searchRange);
		f4.writeShort(Integer.numberOfTrailingZeros(searchRange / 2));
		f4.writeShort(segCount * 2 - searchRange);
		for (int[] run : bmp) {
			f4.writeShort(run[1]);
		}
		f4.writeShort(0);
		for (int[] run : bmp) {
			f4.writeShort(run[0]);
		}
		for (int[] run : bmp) {
			f4.writeShort((run[0] == 0xFFFF) ? 1 : (run[2] - run[0]) & 0xFFFF);
		}
		for (int i = 0; i < segCount; i++) {
			f4.writeShort(0);
		}
		ByteArrayOutputStream f12bytes = new ByteArrayOutputStream();
		DataOutputStream f12 = new DataOutputStream(f12bytes);
		f12.writeShort(12);
		f12.writeShort(0);
		f12.writeInt(16 + 12 * runs.size());
		f12.writeInt(0);
		f12.writeInt(runs.size());
		for (int[] run : runs) {
			f12.writeInt(run[0]);
			f12.writeInt(run[1]);
			f12.writeInt(run[2]);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DataOutputStream data = new DataOutputStream(out);
		data.writeShort(0);
		data.writeShort(2);
		data.writeShort(3);
		data.writeShort(1);
		data.writeInt(20);
		data.writeShort(3);
		data.writeShort(10);
		data.writeInt(20 + f4bytes.size());
		f4bytes.writeTo(data);
		f12bytes.writeTo(data);
		return out.toByteArray();
	}

	private static byte[] head(int unitsPerEm, int[] bbox) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DataOutputStream data = new DataOutputStream(out);
		data.writeInt(0x00010000);
		data.writeInt(0x00010000);
		data.writeInt(0);
		data.writeInt(0x5F0F3CF5);
		data.writeShort(0x000B);
		data.writeShort(unitsPerEm);
		data.writeLong(0);
		data.writeLong(0);
		for (int v : bbox) {
			data.writeShort(v);
		}
		data.writeShort(0);
		data.writeShort(8);
		data.writeShort(2);
		data.writeShort(1);
		data.writeShort(0);
		return out.toByteArray();
	}

	private static byte[] hhea(TrueTypeFont source, int glyphCount, int maxAdvance) throws IOException {
		var hhea = source.getHorizontalHeader();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DataOutputStream data = new DataOutputStream(out);
		data.writeInt(0x00010000);
		data.writeShort(hhea.getAscender());
		data.writeShort(hhea.getDescender());
		data.writeShort(hhea.getLineGap());
		data.writeShort(maxAdvance);
		data.writeShort(0);
		data.writeShort(0);
		data.writeShort(maxAdvance);
		data.writeShort(1);
		data.writeShort(0);
		data.writeShort(0);
		for (int i = 0; i < 5; i++) {
			data.writeShort(0);
		}
		data.writeShort(glyphCount);
		return out.toByteArray();
	}

	private static byte[] hmtx(int[] advances, int[] lsbs) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DataOutputStream data = new DataOutputStream(out);
		for (int i = 0; i < advances.length; i++) {
			data.writeShort(advances[i]);
			data.writeShort(lsbs[i]);
		}
		return out.toByteArray();
	}

	private static byte[] loca(int[] offsets) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DataOutputStream data = new DataOutputStream(out);
		for (int offset : offsets) {
			data.writeInt(offset);
		}
		return out.toByteArray();
	}

	private static byte[] maxp(int glyphCount, int maxPoints, int maxContours) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DataOutputStream data = new DataOutputStream(out);
		data.writeInt(0x00010000);
		data.writeShort(glyphCount);
		data.writeShort(maxPoints);
		data.writeShort(maxContours);
		data.writeShort(0);
		data.writeShort(0);
		data.writeShort(2);
		for (int i = 0; i < 8; i++) {
			data.writeShort(0);
		}
		return out.toByteArray();
	}

	private static byte[] post() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DataOutputStream data = new DataOutputStream(out);
		data.writeInt(0x00030000);
		data.writeInt(0);
		data.writeShort(-100);
		data.writeShort(50);
		data.writeInt(0);
		data.writeLong(0);
		data.writeLong(0);
		return out.toByteArray();
	}

	private static byte[] os2(TrueTypeFont source) throws IOException {
		return source.getTableBytes(source.getTableMap().get("OS/2"));
	}

	private static byte[] name(TrueTypeFont source) throws IOException {
		TTFTable table = source.getTableMap().get("name");
		return source.getTableBytes(table);
	}

	private static byte[] sfnt(Map<String, byte[]> tables) throws IOException {
		int count = tables.size();
		int searchRange = 16 * Integer.highestOneBit(count);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DataOutputStream data = new DataOutputStream(out);
		data.writeInt(0x00010000);
		data.writeShort(count);
		data.writeShort(searchRange);
		data.writeShort(Integer.numberOfTrailingZeros(searchRange / 16));
		data.writeShort(count * 16 - searchRange);
		int offset = 12 + 16 * count;
		for (Map.Entry<String, byte[]> table : tables.entrySet()) {
			byte[] tag = table.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			data.write(tag);
			data.writeInt(checksum(table.getValue()));
			data.writeInt(offset);
			data.writeInt(table.getValue().length);
			offset += (table.getValue().length + 3) & ~3;
		}
		for (byte[] table : tables.values()) {
			data.write(table);
			for (int i = table.length; i % 4 != 0; i++) {
				data.writeByte(0);
			}
		}
		return out.toByteArray();
	}

	private static int checksum(byte[] table) {
		int sum = 0;
		for (int i = 0; i < table.length; i += 4) {
			int word = 0;
			for (int j = 0; j < 4; j++) {
				word = (word << 8) | ((i + j < table.length) ? (table[i + j] & 0xFF) : 0);
			}
			sum += word;
		}
		return sum;
	}

}
