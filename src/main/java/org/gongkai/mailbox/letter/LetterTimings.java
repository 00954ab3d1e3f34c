package org.gongkai.mailbox.letter;

import java.util.Comparator;
import java.util.List;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.mailbox.LetterTiming;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the letters' deadlines for {@link org.gongkai.mailbox.LetterTimeliness}. */
@Component
public class LetterTimings {

	private final Letters letters;

	private final WorkingDayCalendar calendar;

	LetterTimings(Letters letters, WorkingDayCalendar calendar) {
		this.letters = letters;
		this.calendar = calendar;
	}

	/** The agency's letters with their due dates, oldest first. */
	@Transactional(readOnly = true)
	public List<LetterTiming> ofAgency(long agencyId) {
		return this.letters.findByAgencyId(agencyId)
			.stream()
			.filter((letter) -> letter.receivedOn() != null)
			.sorted(Comparator.comparing(Letter::id))
			.map((letter) -> new LetterTiming(letter.id(), letter.trackingNo(), letter.receivedOn(),
					this.calendar.deadline(letter.receivedOn(), letter.periodDays()).due(),
					letter.status().open() ? null : letter.repliedOn()))
			.toList();
	}

}
