package org.gongkai.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a zip upload (DOCX, XLSX, any Office Open XML package) may unpack to, checked
 * before anything else unpacks it: first the sizes and the number of entries its central
 * directory declares (reading no compressed data), then every entry is inflated once,
 * counting, and refused as soon as it yields more than it declared (a lying header) or
 * the whole more than the budget. So a zip bomb costs at most the budget's inflation, and
 * an honest one none.
 */
final class ZipBudget {

	/** A zip file's first bytes: a local file header. */
	private static final byte[] MAGIC = { 'P', 'K', 3, 4 };

	private ZipBudget() {
	}

	/**
	 * Whether the file starts like a zip archive (whatever its name or detected type).
	 */
	static boolean isZip(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(MAGIC.length);
			return java.util.Arrays.equals(head, MAGIC);
		}
	}

	/**
	 * Checks a zip archive against the budget.
	 * @param file the archive
	 * @param maxBytes the most all entries together may unpack to
	 * @param maxEntries the most entries the archive may have
	 * @throws RuleViolationException {@code upload.unpacked-too-large} (arguments: the
	 * budget in MB and the entries) when the archive exceeds it,
	 * {@code upload.unreadable} when its directory cannot be read
	 */
	static void check(Path file, long maxBytes, int maxEntries) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > maxEntries) {
				throw exceeded(maxBytes, maxEntries, zip.size() + " entries");
			}
			long declared = 0;
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				long size = entries.nextElement().getSize();
				declared += Math.max(size, 0);
				if (size < 0 || declared > maxBytes) {
					throw exceeded(maxBytes, maxEntries, "declares " + declared + " bytes unpacked");
				}
			}
			byte[] buffer = new byte[64 * 1024];
			long total = 0;
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				long read = 0;
				try (InputStream in = zip.getInputStream(entry)) {
					int n;
					while ((n = in.read(buffer)) > 0) {
						read += n;
						total += n;
						if (read > entry.getSize() || total > maxBytes) {
							throw exceeded(maxBytes, maxEntries,
									entry.getName() + " unpacks beyond its declared " + entry.getSize() + " bytes");
						}
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new RuleViolationException("upload.unreadable", "Unreadable zip: " + ex);
		}
	}

	private static RuleViolationException exceeded(long maxBytes, int maxEntries, String why) {
		return new RuleViolationException("upload.unpacked-too-large", "Zip upload refused: " + why,
				Math.max(1, maxBytes / (1024 * 1024)), maxEntries);
	}

}
