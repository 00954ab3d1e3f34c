package org.gongkai.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.SerialNumbers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request module's API: intake of applications (online by the public, on paper and in
 * person by the agency's clerks), confirmation of receipt, and tracking.
 *
 * <p>
 * Tracking numbers read {@code YSQ-<year>-<agency id>-<serial>}: the year of submission
 * (Asia/Shanghai), the receiving agency's id, and a gap-free serial per agency and year,
 * at least five digits ({@code YSQ-2026-42-00017}). Agency ids are unique, so the numbers
 * are unique platform-wide.
 */
@Service
public class RequestManagement {

	/** The serial number series of tracking numbers. */
	static final String SERIES = "tracking-number";

	/** Query code characters: no 0/O, 1/I/L, so a code read aloud or copied survives. */
	private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	static final int CODE_LENGTH = 8;

	private final DisclosureRequests cases;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final WorkingDayCalendar calendar;

	private final SerialNumbers serials;

	private final AuditLog audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	RequestManagement(DisclosureRequests cases, AgencyManagement agencies, AgencyAccess access,
			WorkingDayCalendar calendar, SerialNumbers serials, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.agencies = agencies;
		this.access = access;
		this.calendar = calendar;
		this.serials = serials;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Stores an online application from the public. It awaits the office's confirmation
	 * (Regulations art. 31): no receipt date, no clock yet. The receipt is returned only
	 * once the transaction has committed, so a number shown to the applicant is never
	 * lost.
	 * @param creditCode the receiving agency's credit code
	 * @throws NotFoundException if no agency has that code
	 * @throws RuleViolationException naming the first invalid field
	 */
	@Transactional
	public Receipt apply(String creditCode, ApplicationForm form) {
		AgencyDetails agency = this.agencies.findByCreditCode((creditCode != null) ? creditCode.strip() : "")
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
		ValidApplication application = ValidApplication.of(form);
		return store(agency.summary().id(), application, Channel.ONLINE, null, "public");
	}

	/**
	 * Registers an application a clerk received in person, by post, fax, e-mail or
	 * orally. Fax applications, like online ones, await confirmation (art. 31); the
	 * others are received on {@code receivedOn}.
	 * @param receivedOn the art. 31 receipt date, not in the future (ignored for fax)
	 * @throws ForbiddenException unless the user is a clerk of the agency
	 */
	@Transactional
	public Receipt registerWalkIn(long agencyId, ApplicationForm form, Channel channel, LocalDate receivedOn) {
		this.access.require(Role.CLERK, agencyId);
		if (channel == null || channel == Channel.ONLINE) {
			throw new RuleViolationException("request.channel.invalid", "Staff intake needs an offline channel");
		}
		ValidApplication application = ValidApplication.of(form);
		LocalDate received = null;
		if (channel != Channel.FAX) {
			if (receivedOn == null || receivedOn.isAfter(today())) {
				throw new RuleViolationException("request.received-on.invalid", "Receipt date missing or future");
			}
			received = receivedOn;
		}
		return store(agencyId, application, channel, received, null);
	}

	/**
	 * Confirms receipt of an online or fax application: today (Asia/Shanghai) becomes the
	 * receipt date and the clock starts (Regulations art. 31).
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 * @throws RuleViolationException if the case is not awaiting confirmation
	 */
	@Transactional
	public void confirm(long caseId) {
		DisclosureRequest request = load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		if (request.status() != CaseStatus.AWAITING_CONFIRMATION) {
			throw new RuleViolationException("request.confirm.not-awaiting", "Case " + caseId + " already received");
		}
		String before = request.auditSummary();
		request.confirm(today(), Instant.now(this.clock));
		this.audit.record(AuditRecord.of("request.confirmed", "DisclosureRequest", request.id())
			.withAgency(request.agencyId())
			.withBefore(before)
			.withAfter(request.auditSummary()));
	}

	/**
	 * What the holder of a tracking number and its query code may see. An unknown number
	 * and a wrong code give the same answer.
	 * @throws NotFoundException for an unknown number or a wrong code
	 */
	@Transactional(readOnly = true)
	public Tracking track(String trackingNo, String queryCode) {
		String number = (trackingNo != null) ? trackingNo.strip().toUpperCase(Locale.ROOT) : "";
		String code = (queryCode != null) ? queryCode.strip().toUpperCase(Locale.ROOT) : "";
		String hash = hash(number, code);
		DisclosureRequest request = (number.length() <= 40) ? this.cases.findByTrackingNo(number).orElse(null) : null;
		boolean matches = request != null && MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
				request.queryCodeHash().getBytes(StandardCharsets.US_ASCII));
		if (!matches) {
			throw new NotFoundException("Tracking number with this code");
		}
		ClockReading clock = read(request);
		return new Tracking(request.trackingNo(), request.status(), request.receivedOn(), clock.due(),
				clock.provisional());
	}

	/** The cases of every agency the signed-in user may see, newest first. */
	@Transactional(readOnly = true)
	public List<CaseSummary> visibleCases() {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		if (visible.isEmpty()) {
			return List.of();
		}
		return this.cases.findByAgencyIdInOrderBySubmittedAtDesc(visible)
			.stream()
			.map((c) -> c.summary(read(c).due()))
			.toList();
	}

	/**
	 * One case with everything the applicant gave, for staff who may see its agency.
	 * @throws NotFoundException if there is no such case
	 * @throws ForbiddenException if the user may not see its agency
	 */
	@Transactional(readOnly = true)
	public CaseDetails details(long caseId) {
		DisclosureRequest request = load(caseId);
		this.access.requireVisible(request.agencyId());
		StaffPrincipal me = AgencyAccess.current();
		boolean confirmable = request.status() == CaseStatus.AWAITING_CONFIRMATION && me != null
				&& me.has(Role.CLERK, request.agencyId());
		return request.details(read(request), confirmable);
	}

	private Receipt store(long agencyId, ValidApplication application, Channel channel, LocalDate receivedOn,
			String actor) {
		Instant now = Instant.now(this.clock);
		int year = today().getYear();
		long serial = this.serials.next(SERIES, agencyId, year);
		String trackingNo = String.format(Locale.ROOT, "YSQ-%d-%d-%05d", year, agencyId, serial);
		String code = newCode();
		DisclosureRequest request = this.cases.save(new DisclosureRequest(agencyId, trackingNo, hash(trackingNo, code),
				application, channel, now, receivedOn));
		AuditRecord record = AuditRecord.of("request.applied", "DisclosureRequest", request.id())
			.withAgency(agencyId)
			.withAfter(request.auditSummary());
		this.audit.record((actor != null) ? record.withActor(actor) : record);
		return new Receipt(trackingNo, code);
	}

	private ClockReading read(DisclosureRequest request) {
		return new StatutoryClock(this.calendar.rules()).read(request.clockFacts(), today());
	}

	private DisclosureRequest load(long caseId) {
		return this.cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private String newCode() {
		char[] code = new char[CODE_LENGTH];
		for (int i = 0; i < code.length; i++) {
			code[i] = CODE_ALPHABET[this.random.nextInt(CODE_ALPHABET.length)];
		}
		return new String(code);
	}

	/** SHA-256 of the code salted with its tracking number, in hex. */
	static String hash(String trackingNo, String code) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest((trackingNo + ":" + code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
