package org.gongkai.request.casework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.intake.RequestIntake;
import org.gongkai.request.rules.ClockReading;
import org.gongkai.request.rules.StatutoryClock;

import org.springframework.stereotype.Component;

/**
 * What the request services share about one case: loading it, reading its clock, and
 * recording a step in the audit log with the due date it leaves. Runs inside the calling
 * service's transaction.
 */
@Component
public class CaseFiles {

	private final DisclosureRequests cases;

	private final WorkingDayCalendar calendar;

	private final AuditLog audit;

	private final Clock clock;

	CaseFiles(DisclosureRequests cases, WorkingDayCalendar calendar, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The case with this id.
	 * @throws NotFoundException if there is none
	 */
	public DisclosureRequest load(long caseId) {
		return this.cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
	}

	/**
	 * The id of the case with this tracking number at this agency.
	 * @throws NotFoundException if the agency has no such case
	 */
	public long idAt(long agencyId, String trackingNo) {
		String number = (trackingNo != null) ? trackingNo.strip() : "";
		return ((number.length() <= 40) ? this.cases.findByTrackingNo(number) : Optional.<DisclosureRequest>empty())
			.filter((request) -> request.agencyId() == agencyId)
			.map(DisclosureRequest::id)
			.orElseThrow(() -> new NotFoundException("Case " + number + " at agency " + agencyId));
	}

	/**
	 * The case with this number if the code matches; an unknown number looks the same.
	 */
	public DisclosureRequest byCode(String trackingNo, String queryCode) {
		String number = (trackingNo != null) ? trackingNo.strip().toUpperCase(Locale.ROOT) : "";
		String code = (queryCode != null) ? queryCode.strip().toUpperCase(Locale.ROOT) : "";
		String hash = RequestIntake.hash(number, code);
		DisclosureRequest request = (number.length() <= 40) ? this.cases.findByTrackingNo(number).orElse(null) : null;
		boolean matches = request != null && MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
				request.queryCodeHash().getBytes(StandardCharsets.US_ASCII));
		if (!matches) {
			throw new NotFoundException("Tracking number with this code");
		}
		return request;
	}

	/**
	 * The clock from the stored facts and today's calendar snapshot, so a newly loaded
	 * holiday notice moves open deadlines; a closed case is read as of its closing day.
	 */
	public ClockReading read(DisclosureRequest request) {
		LocalDate asOf = (request.closedOn() != null) ? request.closedOn() : today();
		return new StatutoryClock(this.calendar.rules()).read(request.clockFacts(), asOf);
	}

	/** Notes the case's new due date and audits the step, before and after. */
	void record(String action, DisclosureRequest request, String before) {
		request.noteDue(read(request).due());
		this.audit.record(AuditRecord.of(action, "DisclosureRequest", request.id())
			.withAgency(request.agencyId())
			.withBefore(before)
			.withAfter(request.auditSummary()));
	}

	/**
	 * Refuses a step's date before {@code notBefore} or in the future.
	 * @throws RuleViolationException {@code request.date.invalid}
	 */
	void requireDate(LocalDate day, LocalDate notBefore) {
		if (day == null || day.isBefore(notBefore) || day.isAfter(today())) {
			throw new RuleViolationException("request.date.invalid", "Date outside " + notBefore + ".." + today(),
					notBefore, today());
		}
	}

	/** The signed-in user's login name, or {@code system}. */
	static String actor() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : "system";
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public Instant now() {
		return Instant.now(this.clock);
	}

	/** The platform's time zone, in which legal dates are read. */
	public ZoneId zone() {
		return this.clock.getZone();
	}

}
