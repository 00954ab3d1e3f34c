package org.gongkai.request.register;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.SerialNumbers;
import org.gongkai.platform.Uploads;
import org.gongkai.request.Channel;
import org.gongkai.request.RegisterImported;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.intake.RequestIntake;
import org.gongkai.request.rules.StatutoryClock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an office's register (台账) of applications from CSV or XLSX: every row becomes
 * an ordinary case of the agency (channel {@link Channel#IMPORTED}), received on the
 * register's date and, when the row has a result, closed on its closing date with that
 * table-三 outcome, so it shows in the case lists and counts for the annual report. A case
 * keeps the register's own tracking number; a row without one gets a new platform number
 * {@code YSQ-<year received>-<agency id>-<serial>}. All or nothing: one invalid row and
 * nothing is stored. One audit entry for the import (count, file SHA-256) and one per
 * case, in the same transaction.
 *
 * <p>
 * Who may import: the agency's clerks and leaders, and the disclosure office of the
 * agency or of any agency above it.
 */
@Service
public class RegisterImport {

	/** At most this many reasons are listed; a last one counts the rest. */
	static final int MAX_REASONS = 1000;

	/** Tracking numbers are looked up this many at a time. */
	private static final int LOOKUP_CHUNK = 500;

	/**
	 * Cases are written this many at a time, then the persistence context is flushed and
	 * emptied: each audit entry's query would otherwise dirty-check every case created so
	 * far, and 10,000 rows would take quadratic time.
	 */
	private static final int BATCH = 200;

	private final DisclosureRequests cases;

	private final RegisterUploads uploads;

	private final AgencyManagement agencies;

	private final WorkingDayCalendar calendar;

	private final SerialNumbers serials;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final SecureRandom random = new SecureRandom();

	RegisterImport(DisclosureRequests cases, RegisterUploads uploads, AgencyManagement agencies,
			WorkingDayCalendar calendar, SerialNumbers serials, AuditLog audit, MessageSource messages, Clock clock,
			EntityManager entityManager, ApplicationEventPublisher events) {
		this.events = events;
		this.cases = cases;
		this.uploads = uploads;
		this.agencies = agencies;
		this.calendar = calendar;
		this.serials = serials;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	/**
	 * Imports a register file for the agency with this credit code.
	 * @param creditCode the agency's unified social credit code
	 * @param fileName the uploaded file's name, only recorded (the type is read from the
	 * content), may be {@code null}
	 * @param content the file's bytes
	 * @return how many cases were created (none refused)
	 * @throws NotFoundException if no agency has that code
	 * @throws ForbiddenException unless the user may import for that agency
	 * @throws RegisterImportRefused if the file or any row is invalid: nothing is stored
	 */
	@Transactional
	public RegisterImportResult importRegister(String creditCode, String fileName, byte[] content) {
		AgencyDetails agency = this.agencies.findByCreditCode((creditCode != null) ? creditCode.strip() : "")
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
		long agencyId = agency.summary().id();
		requireImporter(agencyId);
		RegisterFile.Contents contents;
		try {
			contents = RegisterFile.read(content);
		}
		catch (RegisterFile.Unreadable ex) {
			throw refused(ex.kind(), ex.problems(), "Register file refused: " + ex.getMessage());
		}
		String sha256 = sha256(content);
		List<RegisterUpload> earlier = this.uploads.findByAgencyIdAndFileSha256(agencyId, sha256);
		if (!earlier.isEmpty()) {
			LocalDate on = LocalDate.ofInstant(earlier.get(0).importedAt(), zone());
			throw refused(RegisterImportRefused.Kind.INVALID,
					List.of(RegisterProblem.of(0, "request.import.file.already-imported", on)),
					"Register file " + sha256 + " already imported");
		}
		LocalDate today = LocalDate.now(this.clock);
		List<RegisterProblem> problems = new ArrayList<>();
		List<RegisterRow> rows = new ArrayList<>();
		for (RegisterFile.Line line : contents.lines()) {
			RegisterRow row = RegisterRow.read(line.row(), line.cells(), today, problems);
			if (row != null) {
				rows.add(row);
			}
		}
		checkTrackingNumbers(rows, problems);
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(RegisterProblem::row));
			throw refused(RegisterImportRefused.Kind.INVALID, problems,
					"Register refused: " + problems.size() + " problems");
		}
		store(agencyId, fileName, sha256, contents.format(), rows, today);
		return new RegisterImportResult(rows.size(), List.of());
	}

	/**
	 * The agencies the signed-in user may import registers for, by name.
	 */
	@Transactional(readOnly = true)
	public List<AgencySummary> importableAgencies() {
		Set<Long> allowed = importable(AgencyAccess.current());
		return this.agencies.all()
			.stream()
			.filter((a) -> allowed.contains(a.id()))
			.sorted(Comparator.comparing(AgencySummary::name))
			.toList();
	}

	private void requireImporter(long agencyId) {
		if (!importable(AgencyAccess.current()).contains(agencyId)) {
			throw new ForbiddenException("Register import for agency " + agencyId + " not allowed");
		}
	}

	/**
	 * Clerks and leaders for their agency; a disclosure office for its agency and every
	 * agency below it.
	 */
	private Set<Long> importable(StaffPrincipal me) {
		Set<Long> allowed = new HashSet<>();
		if (me == null) {
			return allowed;
		}
		for (Grant grant : me.grants()) {
			if (grant.agencyId() == null) {
				continue;
			}
			if (grant.role() == Role.CLERK || grant.role() == Role.LEADER) {
				allowed.add(grant.agencyId());
			}
			else if (grant.role() == Role.DISCLOSURE_OFFICE) {
				allowed.addAll(this.agencies.selfAndDescendants(grant.agencyId()));
			}
		}
		return allowed;
	}

	/**
	 * A number may appear once in the file and must not be taken by any case yet
	 * (tracking numbers are unique platform-wide).
	 */
	private void checkTrackingNumbers(List<RegisterRow> rows, List<RegisterProblem> problems) {
		Map<String, Integer> first = new HashMap<>();
		for (RegisterRow row : rows) {
			if (row.trackingNo() == null) {
				continue;
			}
			Integer earlier = first.putIfAbsent(row.trackingNo(), row.row());
			if (earlier != null) {
				problems.add(RegisterProblem.of(row.row(), "request.import.row.tracking-no.duplicate",
						RegisterRow.shown(row.trackingNo()), earlier));
			}
		}
		List<String> numbers = new ArrayList<>(first.keySet());
		Set<String> taken = new HashSet<>();
		for (int i = 0; i < numbers.size(); i += LOOKUP_CHUNK) {
			taken.addAll(
					this.uploads.takenTrackingNumbers(numbers.subList(i, Math.min(numbers.size(), i + LOOKUP_CHUNK))));
		}
		for (RegisterRow row : rows) {
			if (row.trackingNo() != null && taken.contains(row.trackingNo())
					&& first.get(row.trackingNo()) == row.row()) {
				problems.add(RegisterProblem.of(row.row(), "request.import.row.tracking-no.taken",
						RegisterRow.shown(row.trackingNo())));
			}
		}
	}

	private void store(long agencyId, String fileName, String sha256, RegisterFile.Format format,
			List<RegisterRow> rows, LocalDate today) {
		Instant now = Instant.now(this.clock);
		String actor = actor();
		RegisterUpload upload = this.uploads
			.save(new RegisterUpload(agencyId, fileNameOf(fileName), sha256, format, rows.size(), actor, now));
		this.audit.record(AuditRecord.of("request.register-imported", "RegisterUpload", upload.id())
			.withAgency(agencyId)
			.withAfter(upload.auditSummary()));
		StatutoryClock statutoryClock = new StatutoryClock(this.calendar.rules());
		int written = 0;
		for (RegisterRow row : rows) {
			if (++written % BATCH == 0) {
				this.entityManager.flush();
				this.entityManager.clear();
			}
			String trackingNo = (row.trackingNo() != null) ? row.trackingNo() : newTrackingNo(agencyId, row);
			DisclosureRequest fresh = DisclosureRequest.imported(agencyId, trackingNo,
					RequestIntake.hash(trackingNo, unknowableCode()), row, upload.id(), today, actor, now);
			LocalDate asOf = (fresh.closedOn() != null) ? fresh.closedOn() : today;
			fresh.noteDue(statutoryClock.read(fresh.clockFacts(), asOf).due());
			DisclosureRequest request = this.cases.save(fresh);
			this.audit.record(AuditRecord.of("request.imported", "DisclosureRequest", request.id())
				.withAgency(agencyId)
				.withAfter("row=" + row.row() + ", " + request.auditSummary()));
		}
		LocalDate earliest = rows.stream().map(RegisterRow::receivedOn).min(LocalDate::compareTo).orElse(null);
		this.events.publishEvent(new RegisterImported(agencyId, upload.id(), rows.size(), earliest));
	}

	/** A new platform number in the year the application was received. */
	private String newTrackingNo(long agencyId, RegisterRow row) {
		int year = row.receivedOn().getYear();
		long serial = this.serials.next(RequestIntake.SERIES, agencyId, year);
		return String.format(Locale.ROOT, "YSQ-%d-%d-%05d", year, agencyId, serial);
	}

	/**
	 * Imported cases were not applied for here, so nobody holds a query code: the stored
	 * hash is of a random code that is thrown away.
	 */
	private String unknowableCode() {
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private RegisterImportRefused refused(RegisterImportRefused.Kind kind, List<RegisterProblem> problems,
			String logMessage) {
		List<RegisterImportResult.Rejection> rejected = new ArrayList<>();
		for (RegisterProblem problem : problems) {
			if (rejected.size() == MAX_REASONS) {
				rejected.add(new RegisterImportResult.Rejection(problem.row(),
						text("request.import.more", List.of(problems.size() - MAX_REASONS))));
				break;
			}
			rejected.add(new RegisterImportResult.Rejection(problem.row(), text(problem.key(), problem.arguments())));
		}
		return new RegisterImportRefused(kind, new RegisterImportResult(0, rejected), logMessage);
	}

	/** The Chinese reason; arguments as plain text (no digit grouping in row numbers). */
	private String text(String key, List<Object> arguments) {
		Object[] args = arguments.stream().map(String::valueOf).toArray();
		return this.messages.getMessage(key, args, key, Locale.CHINA);
	}

	/**
	 * The name as every upload's name is kept ({@link Uploads#fileName}); null stays
	 * null.
	 */
	private static String fileNameOf(String name) {
		return (name != null) ? Uploads.fileName(name) : null;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 missing", ex);
		}
	}

	private static String actor() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : "system";
	}

	private ZoneId zone() {
		return this.clock.getZone();
	}

}
