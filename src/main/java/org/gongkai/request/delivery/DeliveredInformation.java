package org.gongkai.request.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.StorageUnavailableException;
import org.gongkai.platform.StoredUpload;
import org.gongkai.platform.UploadPolicy;
import org.gongkai.platform.Uploads;
import org.gongkai.privacy.Finding;
import org.gongkai.privacy.FindingType;
import org.gongkai.privacy.PrivacyScanner;
import org.gongkai.request.CaseStatus;
import org.gongkai.request.Delivery;
import org.gongkai.request.casework.CaseFiles;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.rules.Outcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The information a (partial) disclosure delivers (Regulations arts. 36, 37, 40): files
 * the clerk attaches (PDF, DOCX, XLSX, PNG, JPEG by content, through the platform's
 * upload checks) and a text. The text is masked by the privacy scanner before it is
 * stored; the text extracted from files is scanned and what is found is shown, so the
 * clerk can redact a PDF ({@link PdfRedactions}). Everything can change until the reply
 * letter is released; then the applicant downloads it with the tracking number and query
 * code, or receives it by e-mail.
 */
@Service
public class DeliveredInformation {

	/** The largest file, in bytes, as for publication attachments. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	/** The longest delivered text, in characters. */
	public static final int MAX_TEXT = 20_000;

	/** The most files one case delivers. */
	public static final int MAX_FILES = 20;

	static final UploadPolicy POLICY = new UploadPolicy(MAX_BYTES,
			Set.of(Uploads.PDF, Uploads.DOCX, Uploads.XLSX, Uploads.PNG, Uploads.JPEG), 1_000_000);

	private final CaseFiles files;

	private final AgencyAccess access;

	private final Uploads uploads;

	private final PrivacyScanner scanner;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	DeliveredInformation(CaseFiles files, AgencyAccess access, Uploads uploads, PrivacyScanner scanner, AuditLog audit,
			JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.files = files;
		this.access = access;
		this.uploads = uploads;
		this.scanner = scanner;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/**
	 * The case's delivered information for staff who may see its agency.
	 * @throws NotFoundException for an unknown case
	 * @throws ForbiddenException if the user may not see the case's agency
	 */
	@Transactional(readOnly = true)
	public DeliveryView forStaff(long caseId) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.requireVisible(request.agencyId());
		StaffPrincipal me = AgencyAccess.current();
		boolean clerk = me != null && me.has(Role.CLERK, request.agencyId());
		Outcome outcome = request.outcome();
		Map<String, Object> text = text(caseId);
		return new DeliveryView(caseId, request.trackingNo(), clerk && editable(request),
				outcome == null || outcome == Outcome.PARTIALLY_DISCLOSED, current(caseId),
				(text != null) ? (String) text.get("masked_text") : null,
				(text != null) ? counts((String) text.get("findings")) : List.of(), redactions(caseId));
	}

	/**
	 * Attaches a file (its agency's clerks only, until the reply is released).
	 * @param content the bytes, not closed
	 * @param fileName the client's file name (sanitised, never a path)
	 * @return the file's id
	 * @throws RuleViolationException when the file is refused (type, size, unreadable,
	 * too many) or the case delivers nothing now; nothing is stored then
	 */
	@Transactional
	public long attach(long caseId, InputStream content, String fileName) {
		DisclosureRequest request = editableCase(caseId);
		if (current(caseId).size() >= MAX_FILES) {
			throw new RuleViolationException("delivery.file.too-many", "Too many delivered files", MAX_FILES);
		}
		StoredUpload upload = this.uploads.store(content, fileName, POLICY);
		String findings = summary(this.scanner.scan(upload.text()));
		long id = insertFile(request, upload.fileName(), upload.mediaType(), upload.sha256(), upload.size(), findings,
				false);
		request.note("delivery-file-added", this.files.today(), actor(), upload.fileName(), this.files.now());
		this.audit.record(AuditRecord.of("request.delivery-file-added", "DisclosureRequest", caseId)
			.withAgency(request.agencyId())
			.withAfter("file=" + id + ", type=" + upload.mediaType() + ", size=" + upload.size() + ", sha256="
					+ upload.sha256() + ", findings=" + findings));
		return id;
	}

	/**
	 * Removes a file from what the case delivers (its agency's clerks only, until the
	 * reply is released): it is no longer shown nor delivered; its row, its redaction log
	 * and its bytes stay. A released file is never removed: the applicant may have
	 * downloaded it or received it by e-mail, and what the answer delivered stays on
	 * record; a mistake then is corrected by a new answer.
	 * @return the removed file's name
	 * @throws NotFoundException if the case delivers no such file now
	 * @throws RuleViolationException {@code delivery.file.remove.released} once the reply
	 * is released, {@code delivery.closed} when the answer delivers nothing
	 */
	@Transactional
	public String remove(long caseId, long fileId) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		if (released(request)) {
			throw new RuleViolationException("delivery.file.remove.released",
					"Delivered file " + fileId + " of case " + caseId + " already released");
		}
		editableCase(caseId);
		DeliveryView.DeliveredFile file = current(caseId).stream()
			.filter((f) -> f.id() == fileId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Delivered file " + fileId));
		this.jdbc
			.sql("update req_delivered_file set removed_by = ?, removed_at = ? where id = ? and case_id = ?"
					+ " and replaced_by is null and removed_at is null")
			.params(actor(), Timestamp.from(this.files.now()), fileId, caseId)
			.update();
		request.note("delivery-file-removed", this.files.today(), actor(), file.fileName(), this.files.now());
		this.audit.record(AuditRecord.of("request.delivery-file-removed", "DisclosureRequest", caseId)
			.withAgency(request.agencyId())
			.withBefore("file=" + fileId + ", name=" + file.fileName() + ", type=" + file.mediaType() + ", size="
					+ file.size()));
		return file.fileName();
	}

	/**
	 * Sets the delivered text (its agency's clerks only, until the reply is released):
	 * personal data the scanner finds is masked before it is stored. A blank text removes
	 * it.
	 * @return what was found and masked
	 * @throws RuleViolationException for a text over {@value #MAX_TEXT} characters
	 */
	@Transactional
	public List<DeliveryView.FindingCount> writeText(long caseId, String text) {
		DisclosureRequest request = editableCase(caseId);
		String clean = (text == null) ? ""
				: text.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
		if (clean.length() > MAX_TEXT) {
			throw new RuleViolationException("delivery.text.too-long", "Delivered text too long",
					String.valueOf(MAX_TEXT));
		}
		this.jdbc.sql("delete from req_delivered_text where case_id = ?").param(caseId).update();
		List<Finding> found = this.scanner.scan(clean);
		String findings = summary(found);
		if (!clean.isEmpty()) {
			this.jdbc
				.sql("insert into req_delivered_text (case_id, masked_text, findings, updated_by, updated_at)"
						+ " values (?, ?, ?, ?, ?)")
				.params(caseId, this.scanner.maskAll(clean), findings, actor(), Timestamp.from(this.files.now()))
				.update();
		}
		request.note("delivery-text-written", this.files.today(), actor(), null, this.files.now());
		this.audit.record(AuditRecord.of("request.delivery-text-written", "DisclosureRequest", caseId)
			.withAgency(request.agencyId())
			.withAfter("chars=" + clean.length() + ", findings=" + findings));
		return counts(findings);
	}

	/**
	 * A delivered file for staff who may see the case's agency.
	 * @throws NotFoundException if the case has no such file
	 */
	@Transactional(readOnly = true)
	public FileContent staffFile(long caseId, long fileId) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.requireVisible(request.agencyId());
		return content(caseId, fileId, false);
	}

	/**
	 * What a released (partial) disclosure delivers, for the holder of the tracking
	 * number and query code; {@link Delivered#NOTHING} before the reply is released.
	 * @throws NotFoundException for an unknown number or a wrong code, alike
	 */
	@Transactional(readOnly = true)
	public Delivered released(String trackingNo, String queryCode) {
		return delivered(this.files.byCode(trackingNo, queryCode));
	}

	/**
	 * A released file for the holder of the tracking number and query code, when the
	 * applicant chose to get the information online or by e-mail.
	 * @throws NotFoundException for a wrong number or code, a file of another case, or a
	 * case not released, alike
	 * @throws RuleViolationException {@code delivery.public.not-online.<way>} (403) when
	 * the applicant chose to get it by post or to pick it up
	 */
	@Transactional(readOnly = true)
	public FileContent releasedFile(String trackingNo, String queryCode, long fileId) {
		DisclosureRequest request = this.files.byCode(trackingNo, queryCode);
		if (!released(request)) {
			throw new NotFoundException("Nothing released on " + trackingNo);
		}
		FileContent file = content(request.id(), fileId, true);
		if (!request.downloadsDelivered()) {
			throw new NotOnline(request.delivery());
		}
		return file;
	}

	/** What a case delivers once released, in the caller's transaction. */
	public Delivered delivered(DisclosureRequest request) {
		if (!released(request)) {
			return Delivered.NOTHING;
		}
		Map<String, Object> text = text(request.id());
		return new Delivered(current(request.id()), (text != null) ? (String) text.get("masked_text") : null,
				request.downloadsDelivered(), request.delivery());
	}

	/** The applicant chose to get the information on paper: no download. */
	static final class NotOnline extends RuleViolationException {

		NotOnline(Delivery delivery) {
			super("delivery.public.not-online." + delivery, "Information is provided by " + delivery);
		}

		@Override
		public int status() {
			return 403;
		}

	}

	/** The bytes of a case's current file, in the caller's transaction. */
	public FileContent content(long caseId, long fileId, boolean currentOnly) {
		Map<String, Object> row = this.jdbc
			.sql("select file_name, media_type, sha256, replaced_by, removed_at from req_delivered_file where id = ?"
					+ " and case_id = ?")
			.params(fileId, caseId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.filter((r) -> !currentOnly || (r.get("replaced_by") == null && r.get("removed_at") == null))
			.orElseThrow(() -> new NotFoundException("Delivered file " + fileId));
		try (InputStream in = this.uploads.open((String) row.get("sha256"))) {
			return new FileContent((String) row.get("file_name"), (String) row.get("media_type"), in.readAllBytes());
		}
		catch (IOException ex) {
			throw new StorageUnavailableException("Could not read delivered file " + fileId, ex);
		}
	}

	/** Whether the case's answer, a (partial) disclosure, has reached the applicant. */
	boolean released(DisclosureRequest request) {
		Outcome outcome = request.outcome();
		if (request.status() != CaseStatus.CLOSED
				|| (outcome != Outcome.DISCLOSED && outcome != Outcome.PARTIALLY_DISCLOSED)) {
			return false;
		}
		return this.jdbc.sql("select count(*) from req_letter where case_id = ? and kind = 'REPLY' and released")
			.param(request.id())
			.query(Long.class)
			.single() > 0;
	}

	/** The case, if the signed-in clerk may change what it delivers now. */
	DisclosureRequest editableCase(long caseId) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		if (!editable(request)) {
			throw new RuleViolationException("delivery.closed", "Delivery of case " + caseId + " cannot change");
		}
		return request;
	}

	private boolean editable(DisclosureRequest request) {
		Outcome outcome = request.outcome();
		boolean answerAllows = outcome == null || outcome == Outcome.DISCLOSED
				|| outcome == Outcome.PARTIALLY_DISCLOSED;
		return request.status() != CaseStatus.AWAITING_CONFIRMATION && answerAllows && !released(request)
				&& !(request.status() == CaseStatus.CLOSED && outcome == null);
	}

	long insertFile(DisclosureRequest request, String name, String type, String sha256, long size, String findings,
			boolean redacted) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into req_delivered_file (case_id, agency_id, file_name, media_type, sha256, size_bytes,"
					+ " findings, redacted, added_by, added_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(request.id(), request.agencyId(), name, type, sha256, size, findings, redacted, actor(),
					Timestamp.from(this.files.now()))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	List<DeliveryView.DeliveredFile> current(long caseId) {
		return this.jdbc
			.sql("select id, file_name, media_type, size_bytes, findings, redacted from req_delivered_file"
					+ " where case_id = ? and replaced_by is null and removed_at is null order by id")
			.param(caseId)
			.query((rs, n) -> new DeliveryView.DeliveredFile(rs.getLong("id"), rs.getString("file_name"),
					rs.getString("media_type"), rs.getLong("size_bytes"), counts(rs.getString("findings")),
					rs.getBoolean("redacted")))
			.list();
	}

	private Map<String, Object> text(long caseId) {
		return this.jdbc.sql("select masked_text, findings from req_delivered_text where case_id = ?")
			.param(caseId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(null);
	}

	private List<DeliveryView.Redaction> redactions(long caseId) {
		return this.jdbc
			.sql("select f.file_name, r.page_no, r.kind, r.what, r.reason, r.redacted_by, r.redacted_at"
					+ " from req_redaction r join req_delivered_file f on f.id = r.file_id where r.case_id = ?"
					+ " order by r.id")
			.param(caseId)
			.query((rs, n) -> new DeliveryView.Redaction(rs.getString(1), rs.getInt(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6),
					LocalDateTime.ofInstant(rs.getTimestamp(7).toInstant(), this.clock.getZone())))
			.list();
	}

	/** {@code ID_CARD:2,MOBILE:1}: what was found, by type. */
	static String summary(List<Finding> findings) {
		Map<FindingType, Integer> counts = new EnumMap<>(FindingType.class);
		findings.forEach((f) -> counts.merge(f.type(), 1, Integer::sum));
		List<String> parts = new ArrayList<>();
		counts.forEach((type, count) -> parts.add(type.name() + ":" + count));
		return String.join(",", parts);
	}

	static List<DeliveryView.FindingCount> counts(String summary) {
		if (summary == null || summary.isBlank()) {
			return List.of();
		}
		return Arrays.stream(summary.split(","))
			.map((part) -> part.split(":"))
			.map((kv) -> new DeliveryView.FindingCount(kv[0], Integer.parseInt(kv[1])))
			.toList();
	}

	static String actor() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : "system";
	}

	Instant now() {
		return this.files.now();
	}

}
