package org.gongkai.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The check an uploaded Office Open XML workbook or document (XLSX, DOCX) passes before
 * Apache POI builds anything from it: every part is inflated once, counting, so that a
 * zip bomb costs at most the budget, and a package without {@code [Content_Types].xml}
 * (not an Office file at all) is told apart from one that is too large. Each import maps
 * the verdict to its own message.
 */
public final class OfficePackage {

	/** What the check found. */
	public enum Verdict {

		/** Within the budget and an Office Open XML package. */
		FITS,
		/** More parts, or more bytes inflated, than the budget allows. */
		TOO_LARGE,
		/** Not a readable zip, or no {@code [Content_Types].xml} in it. */
		CORRUPT

	}

	private OfficePackage() {
	}

	/**
	 * Inflates every part of {@code bytes} once.
	 * @param maxUnzipped the most all parts together may inflate to
	 * @param maxEntries the most parts the package may have
	 */
	public static Verdict inflate(byte[] bytes, long maxUnzipped, int maxEntries) {
		long total = 0;
		int entries = 0;
		boolean contentTypes = false;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > maxEntries) {
					return Verdict.TOO_LARGE;
				}
				contentTypes |= entry.getName().equals("[Content_Types].xml");
				int n;
				while ((n = zip.read(buffer)) > 0) {
					total += n;
					if (total > maxUnzipped) {
						return Verdict.TOO_LARGE;
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return Verdict.CORRUPT;
		}
		return contentTypes ? Verdict.FITS : Verdict.CORRUPT;
	}

}
