package org.gongkai.request.intake;

import java.time.LocalDate;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.CaseStatus;
import org.gongkai.request.Channel;
import org.gongkai.request.casework.CaseFiles;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.letters.ReplyLetters;
import org.gongkai.request.rules.AppealPeriods;
import org.gongkai.request.rules.ClockReading;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the applicant does with the tracking number and query code: follow the case, and
 * send the corrected application online (Regulations art. 30).
 */
@Service
public class RequestTracking {

	private final DisclosureRequests cases;

	private final AuditLog audit;

	private final CaseFiles files;

	private final ReplyLetters letters;

	private final WorkingDayCalendar calendar;

	RequestTracking(DisclosureRequests cases, AuditLog audit, CaseFiles files, ReplyLetters letters,
			WorkingDayCalendar calendar) {
		this.cases = cases;
		this.audit = audit;
		this.files = files;
		this.letters = letters;
		this.calendar = calendar;
	}

	/**
	 * What the holder of a tracking number and its query code may see. An unknown number
	 * and a wrong code give the same answer.
	 * @throws NotFoundException for an unknown number or a wrong code
	 */
	@Transactional(readOnly = true)
	public Tracking track(String trackingNo, String queryCode) {
		DisclosureRequest request = this.files.byCode(trackingNo, queryCode);
		ClockReading clock = this.files.read(request);
		LocalDate correctionDueOn = correctable(request) ? request.correctionPeriodEndsOn() : null;
		Channel channel = request.summary(null).channel();
		LocalDate answerReceivedOn = null;
		AppealPeriods.Deadlines remedies = null;
		if (request.status() == CaseStatus.CLOSED && request.closedOn() != null) {
			answerReceivedOn = this.letters.replyDeliveredOn(request.id());
			remedies = new AppealPeriods(this.calendar.rules())
				.from((answerReceivedOn != null) ? answerReceivedOn : request.closedOn());
		}
		return new Tracking(request.trackingNo(), request.status(), request.receivedOn(), clock.due(),
				clock.provisional(), correctionDueOn, request.description(), request.correctionItems(),
				PublicTimeline.of(request, channel, this.files.zone()), request.outcome(), request.closedOn(),
				answerReceivedOn, remedies);
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
		DisclosureRequest request = this.files.byCode(trackingNo, queryCode);
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
		request.correctOnline(text, this.files.today(), this.files.now());
		request.noteDue(this.files.read(request).due());
		this.audit.record(AuditRecord.of("request.correction-received", "DisclosureRequest", request.id())
			.withAgency(request.agencyId())
			.withActor("public")
			.withBefore(before)
			.withAfter(request.auditSummary()));
	}

	/** Regulations art. 30: a correction is taken up to the last day of its period. */
	private boolean correctable(DisclosureRequest request) {
		return request.awaitsCorrection() && !this.files.today().isAfter(request.correctionPeriodEndsOn());
	}

}
