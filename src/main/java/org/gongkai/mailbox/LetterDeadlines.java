package org.gongkai.mailbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.calendar.CalendarChanged;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.calendar.rules.WorkingDayRules;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * docs/legal-rules.md, Working days and the holiday calendar: loading or changing a
 * year's calendar recomputes every open deadline and logs the change on each letter it
 * moved (the writer sees it). Due dates are derived on every read; what is compared is
 * the last due date logged on the letter with the one the new calendar gives.
 */
@Component
class LetterDeadlines {

	private final Letters letters;

	private final LetterSteps steps;

	private final WorkingDayCalendar calendar;

	private final AuditLog audit;

	private final Clock clock;

	LetterDeadlines(Letters letters, LetterSteps steps, WorkingDayCalendar calendar, AuditLog audit, Clock clock) {
		this.letters = letters;
		this.steps = steps;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(CalendarChanged event) {
		// the calendar reloads on the same event; listener order is not guaranteed
		this.calendar.reload();
		recompute(this.calendar.rules());
	}

	/** Logs and audits every open deadline the rules move; returns how many moved. */
	@Transactional
	int recompute(WorkingDayRules rules) {
		Instant now = Instant.now(this.clock);
		int moved = 0;
		for (Letter letter : this.letters.findByStatusIn(EnumSet.of(LetterStatus.RECEIVED, LetterStatus.ASSIGNED))) {
			LocalDate due = rules.deadline(letter.receivedOn(), letter.periodDays()).due();
			LocalDate before = letter.lastDueOn();
			if (due.equals(before)) {
				continue;
			}
			letter.noteDue(due);
			if (before != null) {
				this.steps.save(new LetterStep(letter.id(), StepKind.DUE_MOVED, now, "system", null, null,
						before + " → " + due));
				this.audit.record(AuditRecord.of("mailbox.due-moved", "Letter", letter.id())
					.withAgency(letter.agencyId())
					.withBefore("due=" + before)
					.withAfter("due=" + due)
					.withActor("system"));
				moved++;
			}
		}
		return moved;
	}

}
