package org.gongkai.mailbox;

import org.gongkai.calendar.CalendarChanged;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.calendar.rules.WorkingDayRules;
import org.gongkai.mailbox.letter.OpenLetterDeadlines;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * docs/legal-rules.md, Working days and the holiday calendar: loading or changing a
 * year's calendar recomputes every open deadline and logs the change on each letter it
 * moved (the writer sees it). Due dates are derived on every read; what is compared is
 * the last due date logged on the letter with the one the new calendar gives
 * ({@link org.gongkai.mailbox.letter.OpenLetterDeadlines}). The listener stays in this
 * package: its name is the listener's id in the event publication registry.
 */
@Component
class LetterDeadlines {

	private final WorkingDayCalendar calendar;

	private final OpenLetterDeadlines deadlines;

	LetterDeadlines(WorkingDayCalendar calendar, OpenLetterDeadlines deadlines) {
		this.calendar = calendar;
		this.deadlines = deadlines;
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
		return this.deadlines.recompute(rules);
	}

}
