package org.gongkai.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.gongkai.platform.OfficePackage.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check an uploaded workbook passes before POI reads it, at the edges of its budget.
 */
class OfficePackageTests {

	@Test
	void aPackageWithinItsBudgetFitsAndOneByteOrOnePartMoreIsTooLarge() throws IOException {
		byte[] zip = zip(1000, 3);
		// [Content_Types].xml (2 bytes) and three parts of 1,000 bytes
		assertThat(OfficePackage.inflate(zip, 3002, 4)).isEqualTo(Verdict.FITS);
		assertThat(OfficePackage.inflate(zip, 3001, 4)).isEqualTo(Verdict.TOO_LARGE);
		assertThat(OfficePackage.inflate(zip, 3002, 3)).isEqualTo(Verdict.TOO_LARGE);
	}

	@Test
	void aZipWithoutContentTypesOrNoZipAtAllIsCorrupt() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.putNextEntry(new ZipEntry("xl/workbook.xml"));
			out.write("<x/>".getBytes(StandardCharsets.UTF_8));
		}
		assertThat(OfficePackage.inflate(bytes.toByteArray(), 1000, 10)).isEqualTo(Verdict.CORRUPT);
		assertThat(OfficePackage.inflate("姓名,身份证号".getBytes(StandardCharsets.UTF_8), 1000, 10))
			.isEqualTo(Verdict.CORRUPT);
		assertThat(OfficePackage.inflate(new byte[0], 1000, 10)).isEqualTo(Verdict.CORRUPT);
	}

	private static byte[] zip(int partSize, int parts) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.putNextEntry(new ZipEntry("[Content_Types].xml"));
			out.write("<>".getBytes(StandardCharsets.UTF_8));
			for (int i = 0; i < parts; i++) {
				out.putNextEntry(new ZipEntry("xl/part" + i + ".xml"));
				out.write(new byte[partSize]);
			}
		}
		return bytes.toByteArray();
	}

}
