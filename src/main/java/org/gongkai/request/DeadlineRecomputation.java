package org.gongkai.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.calendar.CalendarChanged;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.calendar.rules.WorkingDayRules;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.rules.StatutoryClock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * docs/legal-rules.md, Working days and the holiday calendar: loading or changing a
 * year's calendar recomputes every open deadline and logs the change on each case it
 * moved. Due dates are derived on every read; what is compared is the last due date
 * logged on the case with the one the new calendar gives.
 */
@Component
class DeadlineRecomputation {

	private final DisclosureRequests cases;

	private final WorkingDayCalendar calendar;

	private final AuditLog audit;

	private final Clock clock;

	DeadlineRecomputation(DisclosureRequests cases, WorkingDayCalendar calendar, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(CalendarChanged event) {
		// The calendar reloads on the same event; listener order is not guaranteed, so
		// read the stored notices here too.
		this.calendar.reload();
		recompute(this.calendar.rules());
	}

	/** Logs and audits every open deadline the rules move; returns how many moved. */
	int recompute(WorkingDayRules rules) {
		LocalDate today = LocalDate.now(this.clock);
		Instant now = Instant.now(this.clock);
		StatutoryClock statutory = new StatutoryClock(rules);
		int moved = 0;
		for (DisclosureRequest request : this.cases
			.findByStatusIn(EnumSet.of(CaseStatus.RECEIVED, CaseStatus.AWAITING_APPROVAL))) {
			LocalDate due = statutory.read(request.clockFacts(), today).due();
			LocalDate before = request.lastDueOn();
			if (before == null || due == null) {
				request.noteDue(due);
			}
			else if (!before.equals(due)) {
				request.dueMoved(before, due, today, now);
				this.audit.record(AuditRecord.of("request.due-moved", "DisclosureRequest", request.id())
					.withAgency(request.agencyId())
					.withBefore("due=" + before)
					.withAfter("due=" + due)
					.withActor("system"));
				moved++;
			}
		}
		return moved;
	}

}
