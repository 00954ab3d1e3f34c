package org.gongkai.rendering;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The CJK system fonts letters and reports are set in: a serif (the 仿宋 and 小标宋 roles of
 * GB/T 9704) from Debian's fonts-noto-cjk, else its sans, else WenQuanYi from
 * fonts-wqy-zenhei or fonts-wqy-microhei. The files are looked up under
 * {@code /usr/share/fonts} once, on first use; a letter gets a subset of only its
 * characters ({@link GlyphSubsetFont}).
 *
 * <p>
 * Memory: a Noto CJK collection holds five faces sharing one 23 MB outline table, and
 * parsing a face costs about 50 MB of heap. Only the simplified-Chinese face is copied
 * out of the collection and parsed, and the parsed faces are held softly, so a small heap
 * drops them under pressure and they are parsed again when the next PDF is made.
 */
@Component
public class CjkFonts {

	private static final Logger log = LoggerFactory.getLogger(CjkFonts.class);

	static final Path FONT_ROOT = Path.of("/usr/share/fonts");

	/** File names in order of preference, regular then bold. */
	private static final List<String[]> CANDIDATES = List.of(
			new String[] { "NotoSerifCJK-Regular.ttc", "NotoSerifCJK-Bold.ttc" },
			new String[] { "NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc" },
			new String[] { "wqy-zenhei.ttc", "wqy-zenhei.ttc" },
			new String[] { "wqy-microhei.ttc", "wqy-microhei.ttc" });

	private final Path root;

	private Face regular;

	private Face bold;

	private boolean searched;

	public CjkFonts() {
		this(FONT_ROOT);
	}

	/** Fonts looked up under {@code root} instead of {@code /usr/share/fonts}. */
	public CjkFonts(Path root) {
		this.root = root;
	}

	/**
	 * The regular and bold font subsets holding {@code text}'s characters.
	 * @throws FontMissingException if no CJK font is installed
	 */
	public synchronized Subsets subsets(String text) {
		find();
		SortedSet<Integer> codePoints = new TreeSet<>();
		text.codePoints().forEach(codePoints::add);
		byte[] regularSubset = GlyphSubsetFont.build(this.regular.font(), codePoints);
		byte[] boldSubset = (this.bold == this.regular) ? regularSubset
				: GlyphSubsetFont.build(this.bold.font(), codePoints);
		return new Subsets(regularSubset, boldSubset);
	}

	private void find() {
		if (this.regular != null) {
			return;
		}
		if (!this.searched) {
			this.searched = true;
			List<Path> files = new ArrayList<>();
			if (Files.isDirectory(this.root)) {
				try (Stream<Path> walk = Files.walk(this.root)) {
					walk.filter(Files::isRegularFile).forEach(files::add);
				}
				catch (IOException | UncheckedIOException ex) {
					log.warn("Cannot list fonts under {}: {}", this.root, ex.getMessage());
				}
			}
			for (String[] candidate : CANDIDATES) {
				Path regularFile = byName(files, candidate[0]);
				if (regularFile != null) {
					Path boldFile = byName(files, candidate[1]);
					this.regular = new Face(regularFile);
					this.bold = (boldFile == null || boldFile.equals(regularFile)) ? this.regular : new Face(boldFile);
					log.info("Letters use the CJK fonts {} and {}", regularFile,
							(boldFile != null) ? boldFile : regularFile);
					return;
				}
			}
		}
		log.error("No CJK font found under {}: PDF letters cannot be produced. Install Debian's "
				+ "fonts-noto-cjk (or fonts-wqy-zenhei) and restart.", this.root);
		throw new FontMissingException();
	}

	private static Path byName(List<Path> files, String name) {
		return files.stream().filter((f) -> f.getFileName().toString().equalsIgnoreCase(name)).findFirst().orElse(null);
	}

	/** The index of the simplified-Chinese face of a collection, else 0. */
	private static int simplifiedChineseFace(File collection) throws IOException {
		List<String> names = new ArrayList<>();
		TrueTypeCollection.processAllFontHeaders(collection, (headers) -> names.add(headers.getName()));
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (name != null && (name.contains("CJKsc") || name.contains("SC") || name.contains("ZenHei")
					|| name.contains("MicroHei"))) {
				return i;
			}
		}
		return 0;
	}

	/**
	 * One face of a collection as a standalone font file: its table directory with the
	 * tables it uses, read straight from the collection.
	 */
	static byte[] extract(File collection, int index) throws IOException {
		try (RandomAccessFile file = new RandomAccessFile(collection, "r")) {
			file.seek(12 + 4L * index);
			long offset = file.readInt() & 0xFFFFFFFFL;
			file.seek(offset);
			int version = file.readInt();
			int count = file.readUnsignedShort();
			int[][] directory = new int[count][4];
			file.seek(offset + 12);
			for (int i = 0; i < count; i++) {
				for (int j = 0; j < 4; j++) {
					directory[i][j] = file.readInt();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			DataOutputStream data = new DataOutputStream(out);
			int searchRange = 16 * Integer.highestOneBit(count);
			data.writeInt(version);
			data.writeShort(count);
			data.writeShort(searchRange);
			data.writeShort(Integer.numberOfTrailingZeros(searchRange / 16));
			data.writeShort(count * 16 - searchRange);
			long position = 12 + 16L * count;
			for (int[] table : directory) {
				data.writeInt(table[0]);
				data.writeInt(table[1]);
				data.writeInt((int) position);
				data.writeInt(table[3]);
				position += (table[3] + 3L) & ~3L;
			}
			for (int[] table : directory) {
				byte[] bytes = new byte[table[3]];
				file.seek(table[2] & 0xFFFFFFFFL);
				file.readFully(bytes);
				data.write(bytes);
				for (int i = bytes.length; i % 4 != 0; i++) {
					data.writeByte(0);
				}
			}
			return out.toByteArray();
		}
	}

	/** A font file, parsed on demand and held softly. */
	private static final class Face {

		private final Path file;

		private SoftReference<TrueTypeFont> parsed = new SoftReference<>(null);

		Face(Path file) {
			this.file = file;
		}

		TrueTypeFont font() {
			TrueTypeFont font = this.parsed.get();
			if (font == null) {
				try {
					font = parse();
				}
				catch (IOException ex) {
					log.error("Cannot read the CJK font {}: {}", this.file, ex.getMessage());
					throw new FontMissingException();
				}
				this.parsed = new SoftReference<>(font);
			}
			return font;
		}

		private TrueTypeFont parse() throws IOException {
			File source = this.file.toFile();
			byte[] bytes = this.file.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")
					? extract(source, simplifiedChineseFace(source)) : Files.readAllBytes(this.file);
			boolean cff = bytes.length > 4 && bytes[0] == 'O' && bytes[1] == 'T' && bytes[2] == 'T' && bytes[3] == 'O';
			TTFParser parser = cff ? new OTFParser() : new TTFParser();
			return parser.parse(new RandomAccessReadBuffer(bytes));
		}

	}

	/** TrueType font files of a letter's characters. */
	public record Subsets(byte[] regular, byte[] bold) {

	}

	/** No CJK font is installed: PDF letters cannot be produced. */
	public static final class FontMissingException extends RuntimeException {

		FontMissingException() {
			super("No CJK font installed (fonts-noto-cjk or fonts-wqy-zenhei)");
		}

	}

}
