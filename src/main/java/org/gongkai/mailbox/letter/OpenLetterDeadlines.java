package org.gongkai.mailbox.letter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.calendar.rules.WorkingDayRules;

import org.springframework.stereotype.Component;

/**
 * The open letters' deadlines against a new calendar: each one the calendar moves is
 * noted on the letter, logged as a step the writer sees and audited, in the caller's
 * transaction ({@link org.gongkai.mailbox.letter.LetterDeadlines}).
 */
@Component
public class OpenLetterDeadlines {

	private final Letters letters;

	private final LetterSteps steps;

	private final AuditLog audit;

	private final Clock clock;

	OpenLetterDeadlines(Letters letters, LetterSteps steps, AuditLog audit, Clock clock) {
		this.letters = letters;
		this.steps = steps;
		this.audit = audit;
		this.clock = clock;
	}

	/** Logs and audits every open deadline the rules move; returns how many moved. */
	public int recompute(WorkingDayRules rules) {
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
