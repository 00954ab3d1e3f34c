package org.gongkai.request.delivery;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.StoredUpload;
import org.gongkai.platform.Uploads;
import org.gongkai.privacy.Finding;
import org.gongkai.privacy.PrivacyScanner;
import org.gongkai.request.casework.CaseFiles;
import org.gongkai.request.casework.DisclosureRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Redacts a delivered PDF for a partial disclosure (Regulations art. 37): by found text
 * (what the privacy scanner finds in it, or phrases the clerk types) and by page areas,
 * with a reason. The redacted copy ({@link PdfRedaction}) replaces the original in what
 * the case delivers; the redaction log keeps page, kind, what (masked), reason, who and
 * when, and each page that had to become an image (kind {@code PAGE}, what the
 * {@link PdfRedaction.Flattened} reason).
 */
@Service
public class PdfRedactions {

	/** The most phrases and the most areas one redaction takes. */
	public static final int MAX_ITEMS = 50;

	/** The longest phrase and reason, in characters. */
	public static final int MAX_PHRASE = 200;

	public static final int MAX_REASON = 500;

	private static final float POINTS_PER_MM = 72f / 25.4f;

	private final DeliveredInformation delivered;

	private final CaseFiles files;

	private final Uploads uploads;

	private final PrivacyScanner scanner;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	PdfRedactions(DeliveredInformation delivered, CaseFiles files, Uploads uploads, PrivacyScanner scanner,
			AuditLog audit, JdbcClient jdbc) {
		this.delivered = delivered;
		this.files = files;
		this.uploads = uploads;
		this.scanner = scanner;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/**
	 * Blacks out, in a delivered PDF of the case, the personal data the scanner finds (if
	 * {@code scannerFindings}), each of the typed {@code phrases} (one a line) and each
	 * of the {@code areas} (one a line: page, left, top, width, height in millimetres
	 * from the page's top-left corner).
	 * @return the id of the redacted copy, which replaces the file
	 * @throws NotFoundException if the case has no such current file
	 * @throws RuleViolationException if the file is not a PDF, the reason is missing, an
	 * area is malformed, nothing was found to black out, or the PDF cannot be read
	 */
	@Transactional
	public long redact(long caseId, long fileId, boolean scannerFindings, String phrases, String areas, String reason) {
		DisclosureRequest request = this.delivered.editableCase(caseId);
		String why = (reason == null) ? "" : reason.replaceAll("\\p{Cntrl}", " ").strip();
		if (why.isEmpty() || why.length() > MAX_REASON) {
			throw new RuleViolationException("delivery.redaction.reason.invalid", "Reason missing", MAX_REASON);
		}
		FileContent file = this.delivered.content(caseId, fileId, true);
		if (!Uploads.PDF.equals(file.mediaType())) {
			throw new RuleViolationException("delivery.redaction.not-pdf", "Only PDFs are redacted");
		}
		try {
			// what each searched text is logged as: never the personal data itself
			Map<String, String> searched = new LinkedHashMap<>();
			if (scannerFindings) {
				String text = PdfRedaction.text(file.bytes());
				for (Finding finding : this.scanner.scan(text)) {
					searched.put(text.substring(finding.start(), finding.end()), finding.masked());
				}
			}
			for (String phrase : lines(phrases)) {
				if (phrase.length() > MAX_PHRASE) {
					throw new RuleViolationException("delivery.redaction.phrase.invalid", "Phrase too long",
							MAX_PHRASE);
				}
				searched.put(phrase, masked(phrase));
			}
			List<Logged> logged = new ArrayList<>();
			Map<String, List<PdfRedaction.Area>> found = PdfRedaction.findEach(file.bytes(), searched.keySet());
			for (Map.Entry<String, String> entry : searched.entrySet()) {
				for (PdfRedaction.Area area : found.get(entry.getKey())) {
					logged.add(new Logged(area, "TEXT", entry.getValue()));
				}
			}
			logged.addAll(areas(areas, PdfRedaction.pages(file.bytes())));
			if (logged.isEmpty()) {
				throw new RuleViolationException("delivery.redaction.nothing", "Nothing to redact");
			}
			PdfRedaction.Redacted redacted = PdfRedaction.redact(file.bytes(),
					logged.stream().map(Logged::area).toList());
			// a page that became an image of itself: the log says why
			redacted.flattened()
				.forEach((page, cause) -> logged
					.add(new Logged(new PdfRedaction.Area(page, 0, 0, 1, 1), "PAGE", cause.name())));
			StoredUpload upload = this.uploads.store(new ByteArrayInputStream(redacted.pdf()),
					redactedName(file.fileName()), DeliveredInformation.POLICY);
			String findings = DeliveredInformation.summary(this.scanner.scan(upload.text()));
			long copy = this.delivered.insertFile(request, upload.fileName(), upload.mediaType(), upload.sha256(),
					upload.size(), findings, true);
			this.jdbc.sql("update req_delivered_file set replaced_by = ? where id = ?").params(copy, fileId).update();
			String actor = DeliveredInformation.actor();
			for (Logged line : logged) {
				this.jdbc
					.sql("insert into req_redaction (case_id, file_id, page_no, kind, what, reason, redacted_by,"
							+ " redacted_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
					.params(caseId, copy, line.area().page(), line.kind(), line.what(), why, actor,
							Timestamp.from(this.files.now()))
					.update();
			}
			request.note("delivery-redacted", this.files.today(), actor, upload.fileName(), this.files.now());
			this.audit.record(AuditRecord.of("request.delivery-redacted", "DisclosureRequest", caseId)
				.withAgency(request.agencyId())
				.withBefore("file=" + fileId)
				.withAfter("file=" + copy + ", boxes=" + logged.size() + ", sha256=" + upload.sha256()));
			return copy;
		}
		catch (PdfRedaction.UnreadablePdf ex) {
			throw new RuleViolationException("delivery.redaction.unreadable", ex.getMessage());
		}
	}

	private static List<Logged> areas(String text, int pages) {
		List<Logged> areas = new ArrayList<>();
		int number = 0;
		for (String line : lines(text)) {
			number++;
			String[] parts = line.replace('，', ',').split("[,\\s]+");
			try {
				if (parts.length != 5) {
					throw new NumberFormatException(line);
				}
				int page = Integer.parseInt(parts[0]);
				if (page > pages) {
					throw new NumberFormatException(line);
				}
				float[] mm = new float[4];
				for (int i = 0; i < 4; i++) {
					mm[i] = Float.parseFloat(parts[i + 1]);
					if (!Float.isFinite(mm[i]) || mm[i] < 0 || mm[i] > 2000) {
						throw new NumberFormatException(line);
					}
				}
				PdfRedaction.Area area = new PdfRedaction.Area(page, mm[0] * POINTS_PER_MM, mm[1] * POINTS_PER_MM,
						mm[2] * POINTS_PER_MM, mm[3] * POINTS_PER_MM);
				areas.add(new Logged(area, "AREA",
						String.format(Locale.ROOT, "%s,%s,%s,%s mm", parts[1], parts[2], parts[3], parts[4])));
			}
			catch (IllegalArgumentException ex) {
				throw new RuleViolationException("delivery.redaction.area.invalid", "Bad area: " + line, number);
			}
		}
		if (areas.size() > MAX_ITEMS) {
			throw new RuleViolationException("delivery.redaction.too-many", "Too many areas", MAX_ITEMS);
		}
		return areas;
	}

	private static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		List<String> lines = text.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
		if (lines.size() > MAX_ITEMS) {
			throw new RuleViolationException("delivery.redaction.too-many", "Too many lines", MAX_ITEMS);
		}
		return lines;
	}

	/** A typed phrase in the log: its first character, the rest as stars. */
	static String masked(String phrase) {
		int first = phrase.offsetByCodePoints(0, 1);
		return phrase.substring(0, first) + "*".repeat(Math.min(20, phrase.codePointCount(first, phrase.length())));
	}

	private static String redactedName(String name) {
		int dot = name.toLowerCase(Locale.ROOT).lastIndexOf(".pdf");
		String base = (dot > 0) ? name.substring(0, dot) : name;
		return base + "（遮盖后）.pdf";
	}

	private record Logged(PdfRedaction.Area area, String kind, String what) {
	}

}
