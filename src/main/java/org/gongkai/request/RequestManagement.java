package org.gongkai.request;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.gongkai.platform.Sha256;
import org.gongkai.platform.StoredUpload;
import org.gongkai.platform.UploadPolicy;
import org.gongkai.platform.Uploads;
import org.gongkai.request.rules.ClockFacts;
import org.gongkai.request.rules.ClockReading;
import org.gongkai.request.rules.ClockReading.ClockState;
import org.gongkai.request.rules.StatutoryClock;

import org.springframework.context.ApplicationEventPublisher;
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

	/** The dashboard's "due soon": due within this many working days from today. */
	static final int DUE_SOON_DAYS = 5;

	private final DisclosureRequests cases;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final WorkingDayCalendar calendar;

	private final SerialNumbers serials;

	private final AuditLog audit;

	private final Clock clock;

	private final ReplyLetters letters;

	private final Uploads uploads;

	private final ApplicationEventPublisher events;

	/** Identity proofs: a scan or photo of the document, or a PDF; 5 MB at most. */
	static final UploadPolicy IDENTITY_PROOF = new UploadPolicy(5L * 1024 * 1024,
			Set.of(Uploads.PDF, Uploads.PNG, Uploads.JPEG), 0);

	private final SecureRandom random = new SecureRandom();

	RequestManagement(DisclosureRequests cases, AgencyManagement agencies, AgencyAccess access,
			WorkingDayCalendar calendar, SerialNumbers serials, AuditLog audit, Clock clock, ReplyLetters letters,
			Uploads uploads, ApplicationEventPublisher events) {
		this.uploads = uploads;
		this.events = events;
		this.cases = cases;
		this.agencies = agencies;
		this.access = access;
		this.calendar = calendar;
		this.serials = serials;
		this.audit = audit;
		this.clock = clock;
		this.letters = letters;
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
	 * Stores an online application with the applicant's identity proof (art. 29): the
	 * form is checked first, then the file by its content (PDF, PNG or JPEG, at most 5
	 * MB); nothing is stored if either is refused.
	 * @param proof the uploaded bytes, or {@code null} for none
	 * @param proofName the file's name as uploaded
	 * @throws RuleViolationException naming the first invalid field, or {@code upload.*}
	 * for a refused file
	 */
	@Transactional
	public Receipt apply(String creditCode, ApplicationForm form, InputStream proof, String proofName) {
		AgencyDetails agency = this.agencies.findByCreditCode((creditCode != null) ? creditCode.strip() : "")
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
		ValidApplication application = ValidApplication.of(form);
		StoredUpload upload = (proof != null) ? this.uploads.store(proof, proofName, IDENTITY_PROOF) : null;
		Receipt receipt = store(agency.summary().id(), application, Channel.ONLINE, null, "public");
		if (upload != null) {
			DisclosureRequest request = this.cases.findByTrackingNo(receipt.trackingNo()).orElseThrow();
			request.attachIdentityProof(upload.sha256(), upload.fileName(), upload.mediaType(), upload.size());
			this.audit.record(AuditRecord.of("request.identity-proof-attached", "DisclosureRequest", request.id())
				.withAgency(request.agencyId())
				.withActor("public")
				.withAfter("sha256=" + upload.sha256() + ", type=" + upload.mediaType() + ", size=" + upload.size()));
		}
		return receipt;
	}

	/**
	 * The identity proof of a case, if the applicant uploaded one, for staff who may see
	 * its agency.
	 */
	@Transactional(readOnly = true)
	public Optional<IdentityProof> identityProof(long caseId) {
		DisclosureRequest request = load(caseId);
		this.access.requireVisible(request.agencyId());
		return Optional.ofNullable(request.identityProof());
	}

	/**
	 * Opens the identity proof of a case for download by staff who may see its agency.
	 * @throws NotFoundException if the case has none
	 */
	@Transactional(readOnly = true)
	public IdentityProofFile openIdentityProof(long caseId) {
		DisclosureRequest request = load(caseId);
		this.access.requireVisible(request.agencyId());
		IdentityProof proof = request.identityProof();
		if (proof == null) {
			throw new NotFoundException("No identity proof on case " + caseId);
		}
		return new IdentityProofFile(proof, this.uploads.open(request.identityProofSha256()));
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
		if (channel == null || channel == Channel.ONLINE || channel == Channel.IMPORTED) {
			throw new RuleViolationException("request.channel.invalid", "Staff intake needs an offline channel");
		}
		ValidApplication application = ValidApplication.of(form);
		LocalDate received = null;
		if (channel != Channel.FAX) {
			if (receivedOn == null || receivedOn.isAfter(today())) {
				throw new RuleViolationException("request.received-on.invalid", "Receipt date missing or future");
			}
			// A receipt date more than a year back is a typing error, not a late
			// registration.
			if (receivedOn.isBefore(today().minusYears(1))) {
				throw new RuleViolationException("request.received-on.too-old", "Receipt date over a year ago",
						today().minusYears(1));
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
		request.noteDue(read(request).due());
		this.audit.record(AuditRecord.of("request.confirmed", "DisclosureRequest", request.id())
			.withAgency(request.agencyId())
			.withBefore(before)
			.withAfter(request.auditSummary()));
		this.events.publishEvent(new RequestReceived(request.id(), request.agencyId(), request.receivedOn()));
	}

	/**
	 * What the holder of a tracking number and its query code may see. An unknown number
	 * and a wrong code give the same answer.
	 * @throws NotFoundException for an unknown number or a wrong code
	 */
	@Transactional(readOnly = true)
	public Tracking track(String trackingNo, String queryCode) {
		DisclosureRequest request = byCode(trackingNo, queryCode);
		ClockReading clock = read(request);
		LocalDate correctionDueOn = correctable(request) ? request.correctionPeriodEndsOn() : null;
		return new Tracking(request.trackingNo(), request.status(), request.receivedOn(), clock.due(),
				clock.provisional(), correctionDueOn);
	}

	/**
	 * The applicant sends the corrected application online, with the tracking number and
	 * query code, within the period the correction notice set (Regulations art. 30). It
	 * counts as received today: the platform confirms it at once (art. 31), and the 20
	 * working days run again from today. The original description stays in the case's
	 * event log.
	 * @param correctedDescription the corrected description of the information wanted, 1
	 * to 2,000 characters
	 * @throws NotFoundException for an unknown number or a wrong code
	 * @throws RuleViolationException {@code request.correction.not-awaited} if no
	 * correction is awaited or its period is over, {@code request.description.invalid}
	 * for an empty or too long text
	 */
	@Transactional
	public void correctOnline(String trackingNo, String queryCode, String correctedDescription) {
		DisclosureRequest request = byCode(trackingNo, queryCode);
		if (!correctable(request)) {
			throw new RuleViolationException("request.correction.not-awaited",
					"No correction awaited on " + request.trackingNo());
		}
		String text = ValidApplication.text(correctedDescription);
		if (text.isEmpty() || text.length() > ValidApplication.MAX_DESCRIPTION) {
			throw new RuleViolationException("request.description.invalid", "Bad corrected description",
					ValidApplication.MAX_DESCRIPTION);
		}
		String before = request.auditSummary();
		request.correctOnline(text, today(), now());
		request.noteDue(read(request).due());
		this.audit.record(AuditRecord.of("request.correction-received", "DisclosureRequest", request.id())
			.withAgency(request.agencyId())
			.withActor("public")
			.withBefore(before)
			.withAfter(request.auditSummary()));
	}

	/** Regulations art. 30: a correction is taken up to the last day of its period. */
	private boolean correctable(DisclosureRequest request) {
		return request.awaitsCorrection() && !today().isAfter(request.correctionPeriodEndsOn());
	}

	/**
	 * The case with this number if the code matches; an unknown number looks the same.
	 */
	private DisclosureRequest byCode(String trackingNo, String queryCode) {
		String number = (trackingNo != null) ? trackingNo.strip().toUpperCase(Locale.ROOT) : "";
		String code = (queryCode != null) ? queryCode.strip().toUpperCase(Locale.ROOT) : "";
		String hash = hash(number, code);
		DisclosureRequest request = (number.length() <= 40) ? this.cases.findByTrackingNo(number).orElse(null) : null;
		boolean matches = request != null && MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
				request.queryCodeHash().getBytes(StandardCharsets.US_ASCII));
		if (!matches) {
			throw new NotFoundException("Tracking number with this code");
		}
		return request;
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
	 * The dashboard of the cases of every agency the signed-in user may see: the count of
	 * every view and the rows of the selected one, newest first. Overdue and due soon are
	 * read from each case's clock as of today, never stored.
	 * @param view the selected view, {@code null} for {@link DashboardView#ALL}
	 */
	@Transactional(readOnly = true)
	public Dashboard dashboard(DashboardView view) {
		DashboardView selected = (view != null) ? view : DashboardView.ALL;
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		List<DisclosureRequest> all = visible.isEmpty() ? List.of()
				: this.cases.findByAgencyIdInOrderBySubmittedAtDesc(visible);
		LocalDate today = today();
		LocalDate soon = this.calendar.rules().deadline(today, DUE_SOON_DAYS).due();
		Map<DashboardView, Long> counts = new EnumMap<>(DashboardView.class);
		for (DashboardView v : DashboardView.values()) {
			counts.put(v, 0L);
		}
		List<Dashboard.Row> rows = new ArrayList<>();
		StaffPrincipal me = AgencyAccess.current();
		String myName = (me != null) ? me.username() : null;
		for (DisclosureRequest request : all) {
			ClockReading clock = read(request);
			Dashboard.Row row = new Dashboard.Row(request.id(), request.trackingNo(), request.applicantType(),
					request.receivedOn(), clock.due(), clock.provisional(), request.status(), clock.state(),
					request.open() && request.openConsultation() != null);
			for (DashboardView v : DashboardView.values()) {
				if ((v == DashboardView.MINE) ? mine(request, myName) : in(v, request, row, today, soon)) {
					counts.merge(v, 1L, Long::sum);
					if (v == selected) {
						rows.add(row);
					}
				}
			}
		}
		return new Dashboard(selected, counts, rows);
	}

	private static boolean in(DashboardView view, DisclosureRequest request, Dashboard.Row row, LocalDate today,
			LocalDate soon) {
		boolean open = request.open();
		return switch (view) {
			case DUE_SOON -> open && row.clockState() == ClockState.RUNNING && row.due() != null
					&& !row.due().isBefore(today) && !row.due().isAfter(soon);
			case OVERDUE -> open && row.clockState() == ClockState.OVERDUE;
			case AWAITING_CONFIRMATION -> request.status() == CaseStatus.AWAITING_CONFIRMATION;
			case AWAITING_CORRECTION -> open && row.clockState() == ClockState.AWAITING_CORRECTION;
			case IN_CONSULTATION -> row.inConsultation();
			case CLOSED -> request.status() == CaseStatus.CLOSED;
			case ALL -> true;
			case MINE -> false;
		};
	}

	/** The open cases assigned to the signed-in user. */
	private static boolean mine(DisclosureRequest request, String username) {
		return username != null && request.open() && username.equals(request.assignee());
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
		ClockReading clock = read(request);
		return request.details(clock, confirmable, actions(request, clock));
	}

	/**
	 * Sends the one correction notice (Regulations art. 30: "一次性"): the clock stops until
	 * the corrected application arrives. Today is the notice date.
	 * @param periodEndsOn the last day of the period the notice sets, after today
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 * @throws RuleViolationException if a notice was already sent, the case is not
	 * received and open, or the period does not end after today
	 */
	@Transactional
	public void requestCorrection(long caseId, LocalDate periodEndsOn) {
		DisclosureRequest request = load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		if (request.status() != CaseStatus.RECEIVED) {
			throw notOpen(caseId);
		}
		if (request.correctionRequestedOn() != null) {
			throw new RuleViolationException("request.correction.once", "Correction already requested on " + caseId);
		}
		if (periodEndsOn == null || !periodEndsOn.isAfter(today())) {
			throw new RuleViolationException("request.correction.period.invalid", "Correction period must end later");
		}
		// Regulations art. 30: the correction notice goes out within 7 working days of
		// receipt; a later notice would stop a clock the law lets run.
		LocalDate noticeDue = read(request).correctionNoticeDue();
		if (noticeDue != null && today().isAfter(noticeDue)) {
			throw new RuleViolationException("request.correction.too-late", "Correction notice after " + noticeDue,
					noticeDue);
		}
		String before = request.auditSummary();
		request.requestCorrection(today(), periodEndsOn, actor(), now());
		record("request.correction-requested", request, before);
		this.letters.issue(request, LetterKind.CORRECTION);
	}

	/**
	 * Records the corrected application; the 20 working days run again from {@code on}
	 * (Regulations art. 30).
	 * @param on the day it arrived: not before the notice, not in the future
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 * @throws RuleViolationException if no correction is awaited or the date is invalid
	 */
	@Transactional
	public void receiveCorrection(long caseId, LocalDate on) {
		DisclosureRequest request = load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		if (request.status() != CaseStatus.RECEIVED || request.correctionRequestedOn() == null
				|| request.correctionReceivedOn() != null) {
			throw new RuleViolationException("request.correction.not-awaited", "No correction awaited on " + caseId);
		}
		requireDate(on, request.correctionRequestedOn());
		String before = request.auditSummary();
		request.receiveCorrection(on, actor(), now());
		record("request.correction-received", request, before);
	}

	/**
	 * Records a written consultation of a third party (Regulations art. 32) or of another
	 * agency (art. 34): working days after {@code sentOn} do not count until the answer,
	 * at most 15 working days.
	 * @param kind {@code THIRD_PARTY_CONSULTATION} or {@code AGENCY_CONSULTATION}
	 * @param sentOn the day the letter was sent: not before the clock started, not in the
	 * future
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 * @throws RuleViolationException if the clock does not run, a consultation is still
	 * open, or the input is invalid
	 */
	@Transactional
	public void startConsultation(long caseId, ClockFacts.PauseKind kind, LocalDate sentOn) {
		DisclosureRequest request = load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		ClockReading clock = read(request);
		if (request.status() != CaseStatus.RECEIVED || clock.countsFrom() == null) {
			throw notOpen(caseId);
		}
		if (request.openConsultation() != null) {
			throw new RuleViolationException("request.consultation.open", "A consultation is open on " + caseId);
		}
		if (kind == null || kind == ClockFacts.PauseKind.FEE_PAYMENT) {
			throw new RuleViolationException("request.consultation.kind.invalid", "Unknown consultation kind");
		}
		requireDate(sentOn, clock.countsFrom());
		String before = request.auditSummary();
		request.startConsultation(kind, sentOn, actor(), now());
		record("request.consultation-sent", request, before);
		this.letters.issue(request, LetterKind.CONSULTATION);
	}

	/**
	 * Records the answer to the open consultation; the clock runs again the next working
	 * day.
	 * @param answeredOn the day the answer came: not before the letter, not in the future
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 * @throws RuleViolationException if no consultation is open or the date is invalid
	 */
	@Transactional
	public void answerConsultation(long caseId, LocalDate answeredOn) {
		DisclosureRequest request = load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		Consultation open = request.openConsultation();
		if (request.status() != CaseStatus.RECEIVED || open == null) {
			throw new RuleViolationException("request.consultation.none", "No open consultation on " + caseId);
		}
		requireDate(answeredOn, open.sentOn());
		String before = request.auditSummary();
		request.answerConsultation(open, answeredOn, actor(), now());
		record("request.consultation-answered", request, before);
	}

	/**
	 * Extends the deadline by 20 working days (Regulations art. 33): once, approved by
	 * the head of the disclosure office, and no later than the original due date (the
	 * applicant must be told before it).
	 * @param reason why, not blank, at most 500 characters
	 * @throws ForbiddenException unless the user is a leader of the case's agency
	 * @throws RuleViolationException if already extended, too late, the clock does not
	 * run, or the reason is missing
	 */
	@Transactional
	public void extend(long caseId, String reason) {
		DisclosureRequest request = load(caseId);
		this.access.require(Role.LEADER, request.agencyId());
		ClockReading clock = read(request);
		if (request.status() != CaseStatus.RECEIVED || clock.originalDue() == null) {
			throw notOpen(caseId);
		}
		if (request.extended()) {
			throw new RuleViolationException("request.extension.once", "Already extended: " + caseId);
		}
		// Regulations art. 33: the applicant is told of the extension before the original
		// deadline.
		if (today().isAfter(clock.originalDue())) {
			throw new RuleViolationException("request.extension.too-late", "Original deadline passed on " + caseId,
					clock.originalDue());
		}
		String text = ValidApplication.text(reason);
		if (text.isEmpty() || text.length() > 500) {
			throw new RuleViolationException("request.extension.reason.invalid", "Extension reason missing", 500);
		}
		String before = request.auditSummary();
		request.extend(today(), actor(), text, now());
		record("request.extended", request, before);
		this.letters.issue(request, LetterKind.EXTENSION);
	}

	/**
	 * Records the answer. Full disclosure closes the case at once; every other answer
	 * waits for a leader's approval ({@link Outcome#needsLeaderApproval()}).
	 * @param outcome the table-三 row, not {@code null}
	 * @param note the clerk's note, at most 2000 characters, may be {@code null}
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 * @throws RuleViolationException if the case is not open or the input is invalid
	 */
	@Transactional
	public void decide(long caseId, Outcome outcome, String note) {
		DisclosureRequest request = load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		if (request.status() != CaseStatus.RECEIVED) {
			throw notOpen(caseId);
		}
		if (outcome == null) {
			throw new RuleViolationException("request.outcome.invalid", "Unknown outcome");
		}
		String text = ValidApplication.text(note).isEmpty() ? null : ValidApplication.text(note);
		if (text != null && text.length() > 2000) {
			throw new RuleViolationException("request.decision.note.invalid", "Note too long", 2000);
		}
		String before = request.auditSummary();
		request.decide(outcome, text, today(), actor(), now());
		record("request.decided", request, before);
		if (request.status() == CaseStatus.CLOSED) {
			this.letters.issue(request, LetterKind.REPLY);
			this.events.publishEvent(closed(request));
		}
	}

	/**
	 * A leader approves the recorded answer; the case closes today.
	 * @throws ForbiddenException unless the user is a leader of the case's agency
	 * @throws RuleViolationException if no answer awaits approval
	 */
	@Transactional
	public void approveDecision(long caseId) {
		DisclosureRequest request = load(caseId);
		this.access.require(Role.LEADER, request.agencyId());
		if (request.status() != CaseStatus.AWAITING_APPROVAL) {
			throw new RuleViolationException("request.approval.not-awaiting", "Nothing to approve on " + caseId);
		}
		String before = request.auditSummary();
		request.approve(today(), actor(), now());
		record("request.approved", request, before);
		this.letters.issue(request, LetterKind.REPLY);
		this.events.publishEvent(closed(request));
	}

	/** The event of a case just closed. */
	static RequestClosed closed(DisclosureRequest request) {
		return new RequestClosed(request.id(), request.agencyId(), request.receivedOn(), request.closedOn(),
				request.outcome());
	}

	private CaseActions actions(DisclosureRequest request, ClockReading clock) {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null) {
			return CaseActions.NONE;
		}
		boolean clerk = me.has(Role.CLERK, request.agencyId());
		boolean leader = me.has(Role.LEADER, request.agencyId());
		boolean open = request.status() == CaseStatus.RECEIVED;
		boolean running = open && clock.countsFrom() != null;
		boolean consulting = request.openConsultation() != null;
		// Regulations art. 30: no correction notice after the 7th working day.
		boolean correctionInTime = clock.correctionNoticeDue() != null && !today().isAfter(clock.correctionNoticeDue());
		return new CaseActions(clerk && open && request.correctionRequestedOn() == null && correctionInTime,
				clerk && open && request.correctionRequestedOn() != null && request.correctionReceivedOn() == null,
				clerk && running && !consulting, clerk && open && consulting,
				leader && running && !request.extended() && !today().isAfter(clock.originalDue()), clerk && open,
				leader && request.status() == CaseStatus.AWAITING_APPROVAL);
	}

	private void requireDate(LocalDate day, LocalDate notBefore) {
		if (day == null || day.isBefore(notBefore) || day.isAfter(today())) {
			throw new RuleViolationException("request.date.invalid", "Date outside " + notBefore + ".." + today(),
					notBefore, today());
		}
	}

	private static RuleViolationException notOpen(long caseId) {
		return new RuleViolationException("request.case.not-open", "Case " + caseId + " not open for this step");
	}

	private void record(String action, DisclosureRequest request, String before) {
		request.noteDue(read(request).due());
		this.audit.record(AuditRecord.of(action, "DisclosureRequest", request.id())
			.withAgency(request.agencyId())
			.withBefore(before)
			.withAfter(request.auditSummary()));
	}

	private static String actor() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : "system";
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private Receipt store(long agencyId, ValidApplication application, Channel channel, LocalDate receivedOn,
			String actor) {
		Instant now = Instant.now(this.clock);
		int year = today().getYear();
		long serial = this.serials.next(SERIES, agencyId, year);
		String trackingNo = String.format(Locale.ROOT, "YSQ-%d-%d-%05d", year, agencyId, serial);
		String code = newCode();
		DisclosureRequest fresh = new DisclosureRequest(agencyId, trackingNo, hash(trackingNo, code), application,
				channel, now, receivedOn);
		fresh.noteDue(read(fresh).due());
		DisclosureRequest request = this.cases.save(fresh);
		AuditRecord record = AuditRecord.of("request.applied", "DisclosureRequest", request.id())
			.withAgency(agencyId)
			.withAfter(request.auditSummary());
		this.audit.record((actor != null) ? record.withActor(actor) : record);
		if (receivedOn != null) {
			this.events.publishEvent(new RequestReceived(request.id(), agencyId, receivedOn));
		}
		return new Receipt(trackingNo, code);
	}

	/**
	 * The clock from the stored facts and today's calendar snapshot, so a newly loaded
	 * holiday notice moves open deadlines; a closed case is read as of its closing day.
	 */
	private ClockReading read(DisclosureRequest request) {
		LocalDate asOf = (request.closedOn() != null) ? request.closedOn() : today();
		return new StatutoryClock(this.calendar.rules()).read(request.clockFacts(), asOf);
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
		return Sha256.hex(trackingNo + ":" + code);
	}

}
