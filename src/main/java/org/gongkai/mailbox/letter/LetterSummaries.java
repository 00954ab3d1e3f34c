package org.gongkai.mailbox.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.calendar.rules.DueDate;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.mailbox.rules.ReplyDeadline;

import org.springframework.stereotype.Component;

/**
 * A letter as lists and pages show it: its due date derived from today's calendar
 * snapshot, whether it is overdue or open too long, and the names of the agencies.
 */
@Component
class LetterSummaries {

	private final WorkingDayCalendar calendar;

	private final AgencyManagement agencies;

	private final Clock clock;

	LetterSummaries(WorkingDayCalendar calendar, AgencyManagement agencies, Clock clock) {
		this.calendar = calendar;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** The deadline from today's calendar snapshot, so a new holiday notice moves it. */
	DueDate due(Letter letter) {
		return this.calendar.rules().deadline(letter.receivedOn(), letter.periodDays());
	}

	LetterSummary summary(Letter letter, Map<Long, String> names) {
		DueDate due = due(letter);
		LocalDate today = LocalDate.now(this.clock);
		boolean open = letter.status().open();
		boolean overdue = ReplyDeadline.overdue(open, due.due(), letter.repliedOn(), today);
		boolean overThreeMonths = ReplyDeadline.unansweredTooLong(open, letter.receivedOn(), today);
		return new LetterSummary(letter.id(), letter.trackingNo(), letter.type(), letter.subject(), letter.agencyId(),
				names.getOrDefault(letter.agencyId(), ""), letter.status(), letter.receivedOn(), due.due(),
				due.provisional(), overdue, overThreeMonths, letter.flagged(), letter.assignee(), letter.repliedOn(),
				letter.channel());
	}

	/** The name of every agency by its id. */
	Map<Long, String> agencyNames() {
		Map<Long, String> names = new HashMap<>();
		for (AgencySummary agency : this.agencies.all()) {
			names.put(agency.id(), agency.name());
		}
		return names;
	}

	String agencyName(long agencyId) {
		return this.agencies.details(agencyId).summary().name();
	}

}
