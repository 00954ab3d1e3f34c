package org.gongkai.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Checks uploaded files and keeps them in the {@link ObjectStore} (by default under the
 * data directory, {@code <data-dir>/uploads/ab/cd/<sha256>}; or an S3-compatible bucket),
 * addressed by the SHA-256 of their content, so the same content is stored once. A file
 * is written to a temporary file on this node's disk ({@code <data-dir>/uploads/tmp})
 * first and handed to the store only once it has passed every check; a refused file
 * leaves nothing behind. A store that cannot be reached refuses the upload with a
 * {@link StorageUnavailableException} (503).
 *
 * <p>
 * The type is detected from the content with Apache Tika, never from the file name or the
 * client's Content-Type: an HTML page or a program named {@code x.pdf} is refused. Text
 * is extracted from PDF, DOCX and XLSX (and the documents of those types embedded in
 * them), with a cap on the characters, POI's zip-bomb limits and a time limit per file.
 *
 * <p>
 * Refusals are {@link RuleViolationException}s with these keys (messages in
 * {@code messages/common.properties}): {@code upload.empty}, {@code upload.too-large}
 * (argument: the limit in MB), {@code upload.unpacked-too-large} (a zip that would unpack
 * beyond {@value #MAX_UNPACKED_BYTES} bytes or has more than {@value #MAX_ZIP_ENTRIES}
 * entries, refused before it is unpacked: {@link ZipBudget}), {@code upload.type-refused}
 * and {@code upload.unreadable}.
 */
@Service
public class Uploads {

	/** The longest file name kept, in characters. */
	public static final int MAX_FILE_NAME = 200;

	public static final String PDF = "application/pdf";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String PNG = "image/png";

	public static final String JPEG = "image/jpeg";

	private static final Logger log = LoggerFactory.getLogger(Uploads.class);

	/** Seconds one file's text extraction may take. */
	private static final long EXTRACTION_SECONDS = 60;

	/** The largest uncompressed part of a DOCX or XLSX that is read (zip bombs). */
	private static final long MAX_ZIP_ENTRY_BYTES = 64L * 1024 * 1024;

	/**
	 * The most a zip upload (DOCX, XLSX) may unpack to over all its entries; checked on
	 * its central directory and while counting, before anything else unpacks it.
	 */
	static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

	/** The most entries a zip upload may have. */
	static final int MAX_ZIP_ENTRIES = 2000;

	static {
		// POI's protection against zip bombs: a part may not expand more than 100-fold
		// (the default) nor beyond 64 MB.
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY_BYTES);
	}

	private final Path temporary;

	private final ObjectStore store;

	private final Detector detector = new DefaultDetector();

	private final Parser parser;

	private final ExecutorService extraction = Executors.newFixedThreadPool(2, (task) -> {
		Thread thread = new Thread(task, "upload-text");
		thread.setDaemon(true);
		return thread;
	});

	public Uploads(GongkaiProperties properties, ObjectStore store) {
		this.temporary = properties.dataDir().toAbsolutePath().normalize().resolve("uploads").resolve("tmp");
		this.store = store;
		PDFParser pdf = new PDFParser();
		this.parser = new AutoDetectParser(this.detector, pdf, new OOXMLParser());
	}

	/**
	 * Checks and stores an uploaded file.
	 * @param content the bytes; read to the end or to just past the limit, not closed
	 * @param fileName the client's file name (may be null or hostile: only shown, never
	 * used as a path)
	 * @param policy the limits and the accepted types
	 * @return what was stored
	 * @throws RuleViolationException when the file is empty, too large, of a type the
	 * policy does not accept, or unreadable; nothing is stored then
	 * @throws StorageUnavailableException when the store cannot be reached; nothing is
	 * stored then either
	 */
	public StoredUpload store(InputStream content, String fileName, UploadPolicy policy) {
		Path temp = null;
		try {
			Files.createDirectories(this.temporary);
			temp = Files.createTempFile(this.temporary, "upload-", ".part");
			MessageDigest digest = sha256();
			long size = copy(content, temp, digest, policy.maxBytes());
			if (size == 0) {
				throw new RuleViolationException("upload.empty", "Empty upload");
			}
			if (ZipBudget.isZip(temp)) {
				// before Tika's detector or POI unpacks anything of it
				ZipBudget.check(temp, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES);
			}
			String type = detect(temp);
			if (!policy.mediaTypes().contains(type)) {
				throw new RuleViolationException("upload.type-refused", "Upload of type " + type + " refused");
			}
			Extracted text = extract(temp, type, policy.maxTextChars());
			String hash = HexFormat.of().formatHex(digest.digest());
			this.store.put(hash, temp);
			return new StoredUpload(hash, type, size, fileName(fileName), text.text(), text.complete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store an upload", ex);
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ex) {
					log.warn("Could not delete {}", temp, ex);
				}
			}
		}
	}

	/**
	 * Opens a stored file; the caller closes the stream.
	 * @param sha256 the address {@link #store} returned
	 * @throws NotFoundException if there is no such file
	 * @throws StorageUnavailableException if the store cannot be reached
	 * @throws IllegalArgumentException unless {@code sha256} is 64 lowercase hex digits
	 */
	public InputStream open(String sha256) {
		return this.store.get(sha256);
	}

	/**
	 * A client's file name made safe to show, to store and to offer in a download: the
	 * last path segment (after / or \), without control and format characters, lone
	 * surrogates and the characters Windows forbids, without leading and trailing dots
	 * and spaces, at most {@link #MAX_FILE_NAME} UTF-16 code units (so it fits a
	 * {@code VARCHAR(200)} whether the database counts code units or code points; the
	 * extension kept, no character cut in half); {@code file} if nothing is left.
	 */
	public static String fileName(String name) {
		if (name == null) {
			return "file";
		}
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		String clean = last.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Cs}\\u2028\\u2029<>:\"|?*]", "")
			.replaceAll("^[.\\s]+|[.\\s]+$", "");
		if (clean.isEmpty()) {
			return "file";
		}
		if (clean.length() > MAX_FILE_NAME) {
			int dot = clean.lastIndexOf('.');
			String extension = (dot > 0 && clean.length() - dot <= 10) ? clean.substring(dot) : "";
			String base = clean.substring(0, clean.length() - extension.length());
			int keep = MAX_FILE_NAME - extension.length();
			if (Character.isHighSurrogate(base.charAt(keep - 1))) {
				keep--;
			}
			clean = base.substring(0, keep) + extension;
		}
		return clean;
	}

	@PreDestroy
	void close() {
		this.extraction.shutdownNow();
	}

	private static long copy(InputStream content, Path temp, MessageDigest digest, long limit) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long size = 0;
		try (OutputStream out = Files.newOutputStream(temp)) {
			int read;
			while ((read = content.read(buffer)) != -1) {
				size += read;
				if (size > limit) {
					throw new RuleViolationException("upload.too-large", "Upload over " + limit + " bytes",
							megabytes(limit));
				}
				digest.update(buffer, 0, read);
				out.write(buffer, 0, read);
			}
		}
		return size;
	}

	private String detect(Path file) throws IOException {
		// no file name in the metadata: the content alone decides
		try (TikaInputStream in = TikaInputStream.get(file)) {
			MediaType type = this.detector.detect(in, new Metadata());
			return type.getBaseType().toString();
		}
	}

	private Extracted extract(Path file, String type, int maxChars) {
		if (maxChars == 0 || !(PDF.equals(type) || DOCX.equals(type) || XLSX.equals(type))) {
			return new Extracted("", true);
		}
		Future<Extracted> result = this.extraction.submit(() -> parse(file, maxChars));
		try {
			return result.get(EXTRACTION_SECONDS, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			result.cancel(true);
			throw new RuleViolationException("upload.unreadable", "Text extraction timed out");
		}
		catch (InterruptedException ex) {
			result.cancel(true);
			Thread.currentThread().interrupt();
			throw new RuleViolationException("upload.unreadable", "Interrupted");
		}
		catch (ExecutionException ex) {
			log.info("Unreadable upload of type {}: {}", type, ex.getCause().toString());
			throw new RuleViolationException("upload.unreadable", "Text extraction failed: " + ex.getCause());
		}
	}

	private Extracted parse(Path file, int maxChars) throws Exception {
		BodyContentHandler handler = new BodyContentHandler(maxChars);
		ParseContext context = new ParseContext();
		// embedded PDF, DOCX and XLSX documents are read too, nothing else
		context.set(Parser.class, this.parser);
		PDFParserConfig pdf = new PDFParserConfig();
		pdf.setExtractInlineImages(false);
		pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
		pdf.setMaxMainMemoryBytes(128L * 1024 * 1024);
		context.set(PDFParserConfig.class, pdf);
		try (TikaInputStream in = TikaInputStream.get(file)) {
			this.parser.parse(in, handler, new Metadata(), context);
			return new Extracted(handler.toString(), true);
		}
		catch (Exception ex) {
			if (WriteLimitReachedException.isWriteLimitReached(ex)) {
				return new Extracted(handler.toString(), false);
			}
			throw ex;
		}
	}

	private static long megabytes(long bytes) {
		return Math.max(1, bytes / (1024 * 1024));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Extracted(String text, boolean complete) {
	}

}
