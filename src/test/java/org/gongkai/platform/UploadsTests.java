package org.gongkai.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.gongkai.platform.storage.LocalDiskObjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The upload store: content-addressed, type-checked by content (never by name), limited
 * in size, text extracted from real PDF, DOCX and XLSX built here; a refused file leaves
 * nothing behind.
 */
class UploadsTests {

	static final Set<String> DOCUMENTS = Set.of(Uploads.PDF, Uploads.DOCX, Uploads.XLSX, Uploads.PNG, Uploads.JPEG);

	static final UploadPolicy POLICY = new UploadPolicy(1024 * 1024, DOCUMENTS, 10_000);

	@TempDir
	Path dataDir;

	LocalDiskObjectStore store;

	Uploads uploads;

	@BeforeEach
	void setUp() {
		this.store = new LocalDiskObjectStore(this.dataDir.resolve("uploads"));
		this.uploads = new Uploads(new GongkaiProperties(this.dataDir, false, "Asia/Shanghai"), this.store);
	}

	@Test
	void aRealPdfIsStoredUnderItsHashWithItsText() throws IOException {
		byte[] pdf = TestDocuments.pdf("Applicant ID 11010519491231002X approved");
		StoredUpload stored = store(pdf, "名单.pdf");
		assertThat(stored.mediaType()).isEqualTo("application/pdf");
		assertThat(stored.size()).isEqualTo(pdf.length);
		assertThat(stored.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(sha256(pdf)));
		assertThat(stored.text()).contains("11010519491231002X");
		assertThat(stored.textComplete()).isTrue();
		Path file = this.dataDir.resolve("uploads")
			.resolve(stored.sha256().substring(0, 2))
			.resolve(stored.sha256().substring(2, 4))
			.resolve(stored.sha256());
		assertThat(file).hasBinaryContent(pdf);
		assertThat(this.store.path(stored.sha256())).isEqualTo(file);
		try (InputStream in = this.uploads.open(stored.sha256())) {
			assertThat(in.readAllBytes()).isEqualTo(pdf);
		}
		assertThat(temporaryFiles()).isEmpty();
	}

	@Test
	void docxAndXlsxAreRecognisedByContentAndTheirTextExtracted() {
		StoredUpload docx = store(TestDocuments.docx("关于低保对象的公示", "张三 11010519491231002X"), "a.docx");
		assertThat(docx.mediaType()).isEqualTo(Uploads.DOCX);
		assertThat(docx.text()).contains("关于低保对象的公示", "11010519491231002X");
		StoredUpload xlsx = store(TestDocuments.xlsx("姓名", "李四", "13800138000"), "b.xlsx");
		assertThat(xlsx.mediaType()).isEqualTo(Uploads.XLSX);
		assertThat(xlsx.text()).contains("李四", "13800138000");
	}

	@Test
	void imagesAreAcceptedWithoutText() {
		assertThat(store(TestDocuments.image("png"), "p.png").mediaType()).isEqualTo("image/png");
		StoredUpload jpeg = store(TestDocuments.image("jpg"), "p.jpg");
		assertThat(jpeg.mediaType()).isEqualTo("image/jpeg");
		assertThat(jpeg.text()).isEmpty();
	}

	@Test
	void theSameContentIsStoredOnce() throws IOException {
		byte[] docx = TestDocuments.docx("同一份文件");
		StoredUpload first = store(docx, "one.docx");
		StoredUpload second = store(docx, "two.docx");
		assertThat(second.sha256()).isEqualTo(first.sha256());
		assertThat(second.fileName()).isEqualTo("two.docx");
		try (Stream<Path> files = Files.walk(this.dataDir.resolve("uploads"))) {
			assertThat(files.filter(Files::isRegularFile)).hasSize(1);
		}
	}

	@Test
	void anHtmlPageNamedPdfIsRefusedAndNothingStored() throws IOException {
		assertRefused(TestDocuments.html(), "report.pdf", "upload.type-refused");
	}

	@Test
	void aProgramNamedDocxIsRefusedAndNothingStored() throws IOException {
		assertRefused(TestDocuments.exe(), "notice.docx", "upload.type-refused");
	}

	@Test
	void anSvgIsRefusedEvenNamedPng() throws IOException {
		assertRefused(TestDocuments.svg(), "logo.png", "upload.type-refused");
	}

	@Test
	void plainTextNamedXlsxIsRefused() throws IOException {
		assertRefused("姓名,身份证号\n".getBytes(StandardCharsets.UTF_8), "list.xlsx", "upload.type-refused");
	}

	@Test
	void aFileOverTheLimitIsRefusedAndNothingStored() throws IOException {
		byte[] big = new byte[1024 * 1024 + 1];
		System.arraycopy(TestDocuments.image("png"), 0, big, 0, 8);
		assertRefused(big, "big.png", "upload.too-large");
	}

	@Test
	void anEmptyFileIsRefused() throws IOException {
		assertRefused(new byte[0], "empty.pdf", "upload.empty");
	}

	@Test
	void aCorruptPdfIsRefusedAsUnreadable() throws IOException {
		byte[] pdf = TestDocuments.pdf("text");
		byte[] broken = java.util.Arrays.copyOf(pdf, 40);
		assertRefused(broken, "broken.pdf", "upload.unreadable");
	}

	@Test
	void aZipBombDressedAsDocxIsRefusedAsUnreadable() throws IOException {
		// a real DOCX whose document part expands about 1000-fold (POI refuses beyond
		// 100-fold)
		byte[] docx = TestDocuments.docx("x");
		java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
				ZipOutputStream out = new ZipOutputStream(bomb)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("word/document.xml")) {
					out.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
							+ "<w:body><w:p><w:r><w:t>")
						.getBytes(StandardCharsets.UTF_8));
					byte[] chunk = new byte[1024 * 1024];
					java.util.Arrays.fill(chunk, (byte) 'a');
					for (int i = 0; i < 8; i++) {
						out.write(chunk);
					}
					out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		assertRefused(bomb.toByteArray(), "bomb.docx", "upload.unreadable");
	}

	@Test
	void aDocxDeclaringMoreThanTheUnpackedLimitIsRefusedBeforeItIsUnpacked() throws IOException {
		// a real DOCX whose document part unpacks to just over 100 MB (about 100 KB
		// packed)
		byte[] bomb = docxWithDocumentPart(Uploads.MAX_UNPACKED_BYTES + 1024 * 1024);
		assertThat(bomb.length).isLessThan(1024 * 1024);
		assertTimeoutPreemptively(Duration.ofSeconds(2),
				() -> assertRefused(bomb, "bomb.docx", "upload.unpacked-too-large"));
	}

	@Test
	void aDocxWhoseDirectoryUnderstatesItsSizeIsRefusedWhileCounting() throws IOException {
		byte[] docx = docxWithDocumentPart(8 * 1024 * 1024);
		// the central directory claims the document part unpacks to 1,000 bytes
		byte[] name = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
		ByteBuffer zip = ByteBuffer.wrap(docx).order(ByteOrder.LITTLE_ENDIAN);
		boolean patched = false;
		for (int at = 0; at + 46 + name.length <= docx.length; at++) {
			if (zip.getInt(at) == 0x02014b50 && zip.getShort(at + 28) == name.length
					&& Arrays.equals(Arrays.copyOfRange(docx, at + 46, at + 46 + name.length), name)) {
				zip.putInt(at + 24, 1000);
				patched = true;
			}
		}
		assertThat(patched).isTrue();
		assertTimeoutPreemptively(Duration.ofSeconds(2),
				() -> assertRefused(docx, "liar.docx", "upload.unpacked-too-large"));
	}

	/** A real DOCX whose document part is text of about {@code size} bytes. */
	private static byte[] docxWithDocumentPart(long size) throws IOException {
		byte[] docx = TestDocuments.docx("x");
		java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
				ZipOutputStream out = new ZipOutputStream(bomb)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("word/document.xml")) {
					out.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
							+ "<w:body><w:p><w:r><w:t>")
						.getBytes(StandardCharsets.UTF_8));
					byte[] chunk = new byte[1024 * 1024];
					Arrays.fill(chunk, (byte) 'a');
					for (long written = 0; written < size; written += chunk.length) {
						out.write(chunk);
					}
					out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		return bomb.toByteArray();
	}

	@Test
	void textBeyondTheCapIsCutAndSaid() {
		UploadPolicy small = new UploadPolicy(1024 * 1024, DOCUMENTS, 100);
		StoredUpload stored = this.uploads.store(new ByteArrayInputStream(TestDocuments.docx("长".repeat(500))),
				"long.docx", small);
		assertThat(stored.textComplete()).isFalse();
		assertThat(stored.text().length()).isLessThanOrEqualTo(100);
	}

	@Test
	void fileNamesLoseTheirPathsAndControlCharacters() {
		assertThat(Uploads.fileName("../../../etc/passwd")).isEqualTo("passwd");
		assertThat(Uploads.fileName("C:\\Users\\x\\..\\公示名单.pdf")).isEqualTo("公示名单.pdf");
		assertThat(Uploads.fileName("..")).isEqualTo("file");
		assertThat(Uploads.fileName("/")).isEqualTo("file");
		assertThat(Uploads.fileName(null)).isEqualTo("file");
		assertThat(Uploads.fileName("a\u0000b\r\nc\u202e.pdf")).isEqualTo("abc.pdf");
		assertThat(Uploads.fileName("<script>alert(1)<\\/script>.pdf")).isEqualTo("script.pdf");
		String longName = "名".repeat(300) + ".docx";
		assertThat(Uploads.fileName(longName)).hasSize(Uploads.MAX_FILE_NAME).endsWith("名.docx");
	}

	@Test
	void fileNamesFitTheirColumnInUtf16UnitsAndKeepWholeCharacters() {
		// 210 emoji are 420 UTF-16 units: too long for a VARCHAR(200) on H2
		String emoji = "\uD83D\uDE00".repeat(210) + ".pdf";
		String name = Uploads.fileName(emoji);
		assertThat(name.length()).isLessThanOrEqualTo(Uploads.MAX_FILE_NAME);
		assertThat(name).endsWith("\uD83D\uDE00.pdf");
		assertThat(name.codePoints().filter((c) -> Character.getType(c) == Character.SURROGATE)).isEmpty();
		assertThat(Uploads.fileName("a" + "\uD83D\uDE00".repeat(210) + ".pdf")).hasSize(199).startsWith("a\uD83D");
		assertThat(Uploads.fileName("lone\uD800surrogate\uDC00.pdf")).isEqualTo("lonesurrogate.pdf");
	}

	@Test
	void aHostileNameCannotPlaceTheFileOutsideTheStore() throws IOException {
		StoredUpload stored = store(TestDocuments.pdf("x"), "../../../../tmp/evil.pdf");
		assertThat(stored.fileName()).isEqualTo("evil.pdf");
		assertThat(this.store.path(stored.sha256())).startsWith(this.dataDir.resolve("uploads"));
		assertThatThrownBy(() -> this.store.path("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
	}

	private StoredUpload store(byte[] content, String name) {
		return this.uploads.store(new ByteArrayInputStream(content), name, POLICY);
	}

	private void assertRefused(byte[] content, String name, String key) throws IOException {
		assertThatThrownBy(() -> store(content, name)).isInstanceOfSatisfying(RuleViolationException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo(key));
		Path root = this.dataDir.resolve("uploads");
		if (Files.exists(root)) {
			try (Stream<Path> files = Files.walk(root)) {
				assertThat(files.filter(Files::isRegularFile)).isEmpty();
			}
		}
	}

	private Stream<Path> temporaryFiles() throws IOException {
		Path tmp = this.dataDir.resolve("uploads").resolve("tmp");
		try (Stream<Path> files = Files.list(tmp)) {
			return files.toList().stream();
		}
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
