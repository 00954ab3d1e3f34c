package org.gongkai.request.fees;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.calendar.rules.DueDate;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.CaseStatus;
import org.gongkai.request.RequestProperties;
import org.gongkai.request.casework.CaseHandling;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.intake.ValidApplication;
import org.gongkai.request.letters.LetterKind;
import org.gongkai.request.letters.ReplyLetters;
import org.gongkai.request.rules.ApplicantMonth;
import org.gongkai.request.rules.ClockReading;
import org.gongkai.request.rules.FeePaymentPeriod;
import org.gongkai.request.rules.FeeSchedule;
import org.gongkai.request.rules.Outcome;
import org.gongkai.request.rules.StatutoryClock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Information-processing fees in the case workflow (Regulations art. 42, 国办函〔2020〕109号,
 * docs/legal-rules.md, Fees): the clerk sends the fee notice, whose amount follows
 * {@link FeeSchedule}; while payment is awaited the clock stands still if
 * {@code gongkai.request.fee-pauses-clock} is on (the default); payment or a leader's
 * waiver lets it run again; a fee not paid within 20 working days of the day after the
 * notice was received closes the case as deemed abandoned
 * ({@link Outcome#OTHER_FEE_UNPAID}, table 三 row 3.6.2).
 *
 * <p>
 * Per application, the applicant's applications to the agency cumulate over the calendar
 * month of receipt (the same document number or credit code, any case status); per
 * volume, the pages of this one answer count, as the notice prescribes.
 */
@Service
public class RequestFees {

	/** A sanity bound on the pages of one answer. */
	static final int MAX_PAGES = 100_000;

	private final DisclosureRequests cases;

	private final FeeNotices notices;

	private final AgencyAccess access;

	private final WorkingDayCalendar calendar;

	private final AuditLog audit;

	private final RequestProperties properties;

	private final Clock clock;

	private final ReplyLetters letters;

	private final ApplicationEventPublisher events;

	RequestFees(DisclosureRequests cases, FeeNotices notices, AgencyAccess access, WorkingDayCalendar calendar,
			AuditLog audit, RequestProperties properties, Clock clock, ReplyLetters letters,
			ApplicationEventPublisher events) {
		this.events = events;
		this.cases = cases;
		this.notices = notices;
		this.access = access;
		this.calendar = calendar;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
		this.letters = letters;
	}

	/**
	 * The case's fee notice, if one was sent.
	 * @throws NotFoundException if there is no such case
	 * @throws ForbiddenException if the user may not see its agency
	 */
	@Transactional(readOnly = true)
	public Optional<FeeNoticeView> fee(long caseId) {
		DisclosureRequest request = load(caseId);
		this.access.requireVisible(request.agencyId());
		return this.notices.findByCaseId(caseId).map((n) -> n.view(payBy(n)));
	}

	/**
	 * The fee the case would be charged on {@code basis} (per volume: for {@code pages}).
	 * @throws RuleViolationException if the case has no receipt date or pages are invalid
	 */
	@Transactional(readOnly = true)
	public BigDecimal quote(long caseId, FeeBasis basis, Integer pages) {
		DisclosureRequest request = load(caseId);
		this.access.requireVisible(request.agencyId());
		return amount(request, basis, pages).amount();
	}

	/**
	 * Sends the fee notice: the amount from {@link FeeSchedule}; the clock stands still
	 * from the day after {@code notifiedOn} if the setting says so.
	 * @param basis per application or per volume
	 * @param pages the pages of the answer (per volume only)
	 * @param notifiedOn the day the applicant received the notice: not before the clock
	 * started, not in the future
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 * @throws RuleViolationException if the case's clock does not run, a notice was
	 * already sent, nothing is due, or the input is invalid
	 */
	@Transactional
	public void issue(long caseId, FeeBasis basis, Integer pages, LocalDate notifiedOn) {
		DisclosureRequest request = load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		ClockReading clock = read(request);
		if (request.status() != CaseStatus.RECEIVED || clock.countsFrom() == null) {
			throw new RuleViolationException("request.case.not-open", "Case " + caseId + " not open for a fee");
		}
		if (this.notices.findByCaseId(caseId).isPresent()) {
			throw new RuleViolationException("request.fee.once", "Fee notice already sent on " + caseId);
		}
		Amount amount = amount(request, basis, pages);
		if (amount.amount().signum() == 0) {
			throw new RuleViolationException("request.fee.free", "Nothing due on " + caseId, amount.units());
		}
		requireDate(notifiedOn, clock.countsFrom());
		FeeNotice notice = this.notices.save(new FeeNotice(caseId, request.agencyId(), basis, amount.units(),
				amount.amount(), notifiedOn, this.properties.feePausesClock(), actor(), now()));
		String before = request.auditSummary();
		request.feeNoticed(notifiedOn, this.properties.feePausesClock(), actor(),
				basis + " " + amount.units() + " " + amount.amount().toPlainString(), now());
		record("request.fee-noticed", request, before, notice);
		this.letters.issueFee(request, amount.amount());
	}

	/**
	 * Records the payment; the clock runs again the day after {@code paidOn}.
	 * @param paidOn not before the notice, not after the payment deadline, not in the
	 * future
	 * @param amount the amount paid: exactly the amount due
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 * @throws RuleViolationException if no payment is awaited or the input is invalid
	 */
	@Transactional
	public void recordPayment(long caseId, LocalDate paidOn, BigDecimal amount) {
		DisclosureRequest request = load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		FeeNotice notice = awaited(request);
		LocalDate payBy = payBy(notice).due();
		requireDate(paidOn, notice.notifiedOn());
		if (paidOn.isAfter(payBy)) {
			throw new RuleViolationException("request.fee.paid-late", "Paid after " + payBy, payBy);
		}
		if (amount == null || amount.compareTo(notice.amount()) != 0) {
			throw new RuleViolationException("request.fee.amount.invalid", "Paid amount differs from the amount due",
					notice.amount().toPlainString());
		}
		String before = request.auditSummary();
		notice.pay(paidOn, notice.amount(), now());
		request.feeSettled("fee-paid", paidOn, actor(), notice.amount().toPlainString(), now());
		record("request.fee-paid", request, before, notice);
	}

	/**
	 * A leader waives the fee (国办函〔2020〕109号 art. 7); the clock runs again from tomorrow.
	 * @param reason why, not blank, at most 500 characters
	 * @throws ForbiddenException unless the user is a leader of the case's agency
	 * @throws RuleViolationException if no payment is awaited or the reason is missing
	 */
	@Transactional
	public void waive(long caseId, String reason) {
		DisclosureRequest request = load(caseId);
		this.access.require(Role.LEADER, request.agencyId());
		FeeNotice notice = awaited(request);
		String text = ValidApplication.text(reason);
		if (text.isEmpty() || text.length() > 500) {
			throw new RuleViolationException("request.fee.waive-reason.invalid", "Waiver reason missing", 500);
		}
		String before = request.auditSummary();
		notice.waive(today(), text, now());
		request.feeSettled("fee-waived", today(), actor(), text, now());
		record("request.fee-waived", request, before, notice);
	}

	/**
	 * 国办函〔2020〕109号: a fee not paid by its deadline means the application is deemed
	 * abandoned. Closes every such open case as of {@code today} with
	 * {@link Outcome#OTHER_FEE_UNPAID} (其他处理 2), logged and audited.
	 * @return how many cases were closed
	 */
	@Transactional
	public int closeUnpaid(LocalDate today) {
		int closed = 0;
		Instant now = now();
		for (FeeNotice notice : this.notices.findByStatus(FeeStatus.AWAITING_PAYMENT)) {
			DisclosureRequest request = this.cases.findById(notice.caseId()).orElse(null);
			if (request == null || request.status() != CaseStatus.RECEIVED || !today.isAfter(payBy(notice).due())) {
				continue;
			}
			String before = request.auditSummary();
			notice.lapse(now);
			request.closeAs(Outcome.OTHER_FEE_UNPAID, "fee-lapsed", today, "system", now);
			this.letters.issue(request, LetterKind.REPLY);
			request.noteDue(null);
			this.audit.record(AuditRecord.of("request.fee-lapsed", "DisclosureRequest", request.id())
				.withAgency(request.agencyId())
				.withBefore(before)
				.withAfter(request.auditSummary() + ", fee=" + notice.auditSummary())
				.withActor("system"));
			this.events.publishEvent(CaseHandling.closed(request));
			closed++;
		}
		return closed;
	}

	/** 国办函〔2020〕109号: 20 working days from the day after the notice was received. */
	private DueDate payBy(FeeNotice notice) {
		return FeePaymentPeriod.payBy(this.calendar.rules(), notice.notifiedOn());
	}

	private Amount amount(DisclosureRequest request, FeeBasis basis, Integer pages) {
		if (basis == null) {
			throw new RuleViolationException("request.fee.basis.invalid", "Unknown fee basis");
		}
		if (basis == FeeBasis.PER_VOLUME) {
			if (pages == null || pages < 1 || pages > MAX_PAGES) {
				throw new RuleViolationException("request.fee.pages.invalid", "Pages out of range", MAX_PAGES);
			}
			return new Amount(pages, FeeSchedule.perVolume(pages));
		}
		LocalDate received = request.receivedOn();
		if (received == null) {
			throw new RuleViolationException("request.case.not-open", "Case not received");
		}
		int ordinal = ordinal(request, received);
		return new Amount(ordinal, FeeSchedule.perApplication(ordinal));
	}

	/**
	 * The case's place among its applicant's applications to the agency received in the
	 * same calendar month (国办函〔2020〕109号: 「同一申请人一个自然月内累计申请」).
	 */
	private int ordinal(DisclosureRequest request, LocalDate received) {
		ApplicantMonth month = ApplicantMonth.of(received);
		List<Long> ids = this.cases
			.findByApplicantReceivedBetween(request.agencyId(), request.idNumber(), month.first(), month.last())
			.stream()
			.map(DisclosureRequest::id)
			.toList();
		return ApplicantMonth.ordinal(ids, request.id());
	}

	private FeeNotice awaited(DisclosureRequest request) {
		return this.notices.findByCaseId(request.id())
			.filter((n) -> n.status() == FeeStatus.AWAITING_PAYMENT && request.status() == CaseStatus.RECEIVED)
			.orElseThrow(
					() -> new RuleViolationException("request.fee.not-awaited", "No fee awaited on " + request.id()));
	}

	private void record(String action, DisclosureRequest request, String before, FeeNotice notice) {
		request.noteDue(read(request).due());
		this.audit.record(AuditRecord.of(action, "DisclosureRequest", request.id())
			.withAgency(request.agencyId())
			.withBefore(before)
			.withAfter(request.auditSummary() + ", fee=" + notice.auditSummary()));
	}

	private void requireDate(LocalDate day, LocalDate notBefore) {
		if (day == null || day.isBefore(notBefore) || day.isAfter(today())) {
			throw new RuleViolationException("request.date.invalid", "Date outside " + notBefore + ".." + today(),
					notBefore, today());
		}
	}

	private ClockReading read(DisclosureRequest request) {
		LocalDate asOf = (request.closedOn() != null) ? request.closedOn() : today();
		return new StatutoryClock(this.calendar.rules()).read(request.clockFacts(), asOf);
	}

	private DisclosureRequest load(long caseId) {
		return this.cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
	}

	private static String actor() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : "system";
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private record Amount(int units, BigDecimal amount) {

	}

}
