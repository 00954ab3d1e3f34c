package org.gongkai.mailbox.letter;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.gongkai.account.AgencyAccess;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.calendar.rules.WorkingDayRules;
import org.gongkai.mailbox.LetterChannel;
import org.gongkai.mailbox.rules.ReplyDeadline;
import org.gongkai.mailbox.rules.ReplyRates;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How well agencies answer their letters (docs/legal-rules.md, Interaction): letters
 * received, answered, answered by their deadline, mean working days to the answer, and
 * the writers' ratings; per agency in total (its public page) or per month of receipt
 * (the back office).
 */
@Service
public class ReplyStatistics {

	private final Letters letters;

	private final AgencyAccess access;

	private final WorkingDayCalendar calendar;

	private final LetterSummaries summaries;

	ReplyStatistics(Letters letters, AgencyAccess access, WorkingDayCalendar calendar, LetterSummaries summaries) {
		this.letters = letters;
		this.access = access;
		this.calendar = calendar;
		this.summaries = summaries;
	}

	/** The reply figures of one agency in total, for its public page. */
	@Transactional(readOnly = true)
	public ReplyFigures publicFigures(long agencyId) {
		return figures(agencyId, this.summaries.agencyName(agencyId), null, this.letters.findByAgencyId(agencyId));
	}

	/**
	 * Reply figures per agency and month of receipt for the agencies the user may see,
	 * and a total per agency.
	 */
	@Transactional(readOnly = true)
	public List<ReplyFigures> statistics(boolean monthly) {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		if (visible.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = this.summaries.agencyNames();
		// per agency, then per month of receipt (one group per agency for the totals)
		Map<Long, Map<YearMonth, List<Letter>>> grouped = new TreeMap<>();
		for (Letter letter : this.letters.findByAgencyIdIn(visible)) {
			YearMonth month = monthly ? YearMonth.from(letter.receivedOn()) : YearMonth.of(1990, 1);
			grouped.computeIfAbsent(letter.agencyId(), (k) -> new TreeMap<>())
				.computeIfAbsent(month, (k) -> new ArrayList<>())
				.add(letter);
		}
		List<ReplyFigures> out = new ArrayList<>();
		grouped.forEach((agency, months) -> months.forEach((month, list) -> out
			.add(figures(agency, names.getOrDefault(agency, ""), monthly ? month : null, list))));
		return out;
	}

	/**
	 * Reply figures per channel over the letters the user may see (held by a visible
	 * agency), one row per channel, channels without letters included: letters registered
	 * from the telephone, the suggestion box or a visit are counted as online letters
	 * are.
	 */
	@Transactional(readOnly = true)
	public List<ChannelReplyFigures> byChannel() {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		Map<LetterChannel, List<Letter>> grouped = new EnumMap<>(LetterChannel.class);
		for (LetterChannel channel : LetterChannel.values()) {
			grouped.put(channel, new ArrayList<>());
		}
		if (!visible.isEmpty()) {
			for (Letter letter : this.letters.findByAgencyIdIn(visible)) {
				grouped.get(letter.channel()).add(letter);
			}
		}
		List<ChannelReplyFigures> out = new ArrayList<>();
		grouped.forEach((channel, list) -> out.add(new ChannelReplyFigures(channel, figures(0, "", null, list))));
		return out;
	}

	private ReplyFigures figures(long agencyId, String name, YearMonth month, List<Letter> list) {
		long answered = 0;
		long onTime = 0;
		long days = 0;
		long rated = 0;
		long satisfied = 0;
		WorkingDayRules rules = this.calendar.rules();
		for (Letter letter : list) {
			if (letter.repliedOn() != null) {
				answered++;
				if (ReplyDeadline.answeredOnTime(letter.repliedOn(),
						rules.deadline(letter.receivedOn(), letter.periodDays()).due())) {
					onTime++;
				}
				days += rules.workingDaysBetween(letter.receivedOn(), letter.repliedOn());
			}
			if (letter.rating() != null) {
				rated++;
				if (letter.rating() != Rating.UNSATISFIED) {
					satisfied++;
				}
			}
		}
		return new ReplyFigures(agencyId, name, month, list.size(), answered, onTime,
				ReplyRates.averageDays(days, answered), rated, satisfied);
	}

}
