package org.gongkai.mailbox.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.calendar.rules.WorkingDayRules;
import org.gongkai.mailbox.rules.ReplyDeadline;
import org.gongkai.mailbox.rules.ReplyRates;
import org.gongkai.platform.WorkFigure;
import org.gongkai.platform.WorkFigure.Section;
import org.gongkai.platform.WorkFigure.Unit;
import org.gongkai.platform.WorkFigureSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters' figures of the work summary, counted as {@link ReplyStatistics} counts
 * them: the letters the agency holds that it received in the span, of them those answered
 * (replied or turned into a request), those answered by their deadline, and the on-time
 * rate (answered on time per answered, in per mille, rounded half up; left out when none
 * was answered: a summary must not print 0.0 % for an office that had nothing to answer).
 * Each links to the agency's letters received in the span.
 */
@Component
class LetterFigures implements WorkFigureSource {

	private final Letters letters;

	private final WorkingDayCalendar calendar;

	LetterFigures(Letters letters, WorkingDayCalendar calendar) {
		this.letters = letters;
		this.calendar = calendar;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkFigure> figuresOf(long agencyId, LocalDate from, LocalDate to) {
		long received = 0;
		long answered = 0;
		long onTime = 0;
		WorkingDayRules rules = this.calendar.rules();
		for (Letter letter : this.letters.findByAgencyId(agencyId)) {
			if (letter.receivedOn() == null || letter.receivedOn().isBefore(from) || letter.receivedOn().isAfter(to)) {
				continue;
			}
			received++;
			if (letter.repliedOn() != null) {
				answered++;
				if (ReplyDeadline.answeredOnTime(letter.repliedOn(),
						rules.deadline(letter.receivedOn(), letter.periodDays()).due())) {
					onTime++;
				}
			}
		}
		String list = "/admin/mailbox?list=" + LetterList.ALL.name() + "&agency=" + agencyId + "&from=" + from + "&to="
				+ to;
		List<WorkFigure> figures = new ArrayList<>(
				List.of(new WorkFigure(Section.RESPONSE, 30, "mailbox.letters.received", received, Unit.ITEMS, list),
						new WorkFigure(Section.RESPONSE, 31, "mailbox.letters.replied", answered, Unit.ITEMS, list),
						new WorkFigure(Section.RESPONSE, 32, "mailbox.letters.on-time", onTime, Unit.ITEMS, list)));
		if (answered > 0) {
			figures.add(new WorkFigure(Section.RESPONSE, 33, "mailbox.letters.on-time-rate",
					ReplyRates.tenths(onTime, answered), Unit.PER_MILLE, list));
		}
		return figures;
	}

}
