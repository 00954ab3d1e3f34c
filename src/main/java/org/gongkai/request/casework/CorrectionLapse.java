package org.gongkai.request.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.request.CaseStatus;
import org.gongkai.request.letters.LetterKind;
import org.gongkai.request.letters.ReplyLetters;
import org.gongkai.request.rules.Outcome;
import org.gongkai.request.rules.UncorrectedApplication;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regulations art. 30: 「申请人无正当理由逾期不补正的，视为放弃申请」 (the rule:
 * {@link UncorrectedApplication}). A case whose correction period ended without the
 * corrected application closes with {@link Outcome#OTHER_NOT_CORRECTED} (其他处理 1, table 三
 * row 3.6.1), logged and audited. A good reason is recorded by entering the correction
 * before the daily run.
 */
@Component
public class CorrectionLapse {

	private final DisclosureRequests cases;

	private final AuditLog audit;

	private final Clock clock;

	private final ReplyLetters letters;

	private final ApplicationEventPublisher events;

	CorrectionLapse(DisclosureRequests cases, AuditLog audit, Clock clock, ReplyLetters letters,
			ApplicationEventPublisher events) {
		this.events = events;
		this.letters = letters;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Closes every received case whose correction period ended before {@code today}
	 * without a correction; returns how many.
	 */
	@Transactional
	public int closeLapsed(LocalDate today) {
		Instant now = Instant.now(this.clock);
		int closed = 0;
		for (DisclosureRequest request : this.cases.findByStatusIn(EnumSet.of(CaseStatus.RECEIVED))) {
			if (!UncorrectedApplication.deemedAbandoned(request.correctionRequestedOn(),
					request.correctionPeriodEndsOn(), request.correctionReceivedOn(), today)) {
				continue;
			}
			String before = request.auditSummary();
			request.closeAs(Outcome.OTHER_NOT_CORRECTED, "correction-lapsed", today, "system", now);
			this.letters.issue(request, LetterKind.REPLY);
			this.audit.record(AuditRecord.of("request.correction-lapsed", "DisclosureRequest", request.id())
				.withAgency(request.agencyId())
				.withBefore(before)
				.withAfter(request.auditSummary())
				.withActor("system"));
			this.events.publishEvent(CaseHandling.closed(request));
			closed++;
		}
		return closed;
	}

}
