package org.gongkai.mailbox.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.calendar.rules.DueDate;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.mailbox.rules.ReplyDeadline;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's lists of letters (docs/legal-rules.md, Interaction): open, mine, due
 * soon, overdue, open more than three months (website checks), flagged, answered, all;
 * and the reminders of the signed-in clerk. Every list is read as of today, from today's
 * calendar snapshot.
 */
@Service
public class LetterWorklists {

	/** Reminders and the due-soon list: due within this many working days. */
	static final int DUE_SOON_DAYS = 3;

	private final Letters letters;

	private final AgencyAccess access;

	private final WorkingDayCalendar calendar;

	private final LetterSummaries summaries;

	private final Clock clock;

	LetterWorklists(Letters letters, AgencyAccess access, WorkingDayCalendar calendar, LetterSummaries summaries,
			Clock clock) {
		this.letters = letters;
		this.access = access;
		this.calendar = calendar;
		this.summaries = summaries;
		this.clock = clock;
	}

	/**
	 * The letters of every agency the user may see (held or received there): the count of
	 * every list and the rows of the selected one.
	 */
	@Transactional(readOnly = true)
	public LetterDashboard dashboard(LetterList list) {
		return dashboard(list, (letter) -> true);
	}

	/**
	 * The dashboard of the letters that also match {@code filter}: every count and the
	 * rows are of those letters only (a list's search and filters).
	 */
	@Transactional(readOnly = true)
	public LetterDashboard dashboard(LetterList list, Predicate<LetterSummary> filter) {
		LetterList selected = (list != null) ? list : LetterList.OPEN;
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		Map<LetterList, Long> counts = new EnumMap<>(LetterList.class);
		for (LetterList l : LetterList.values()) {
			counts.put(l, 0L);
		}
		List<LetterSummary> rows = new ArrayList<>();
		if (!visible.isEmpty()) {
			StaffPrincipal me = AgencyAccess.current();
			LocalDate soon = this.calendar.rules().deadline(today(), DUE_SOON_DAYS).due();
			Map<Long, String> names = this.summaries.agencyNames();
			for (Letter letter : this.letters.findByAgencyIdInOrReceivingAgencyIdInOrderBySubmittedAtDesc(visible,
					visible)) {
				LetterSummary summary = this.summaries.summary(letter, names);
				if (!filter.test(summary)) {
					continue;
				}
				for (LetterList l : LetterList.values()) {
					if (in(l, summary, me, soon)) {
						counts.merge(l, 1L, Long::sum);
						if (l == selected) {
							rows.add(summary);
						}
					}
				}
			}
		}
		return new LetterDashboard(selected, counts, rows);
	}

	private boolean in(LetterList list, LetterSummary letter, StaffPrincipal me, LocalDate soon) {
		boolean open = letter.status().open();
		return switch (list) {
			case OPEN -> open;
			case MINE -> open && me != null && me.username().equals(letter.assignee());
			case DUE_SOON -> open && !letter.overdue() && ReplyDeadline.dueBy(letter.due(), soon);
			case OVERDUE -> open && letter.overdue();
			case OVER_THREE_MONTHS -> letter.overThreeMonths();
			case FLAGGED -> letter.flagged();
			case REPLIED -> !open;
			case ALL -> true;
		};
	}

	/**
	 * The open letters the signed-in clerk should answer soon or is late with: those
	 * assigned to them, and the unassigned ones of agencies they are a clerk of.
	 */
	@Transactional(readOnly = true)
	public List<LetterReminder> reminders() {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null) {
			return List.of();
		}
		Set<Long> clerkOf = new HashSet<>();
		for (Long id : this.access.visibleAgencies(me)) {
			if (me.has(Role.CLERK, id)) {
				clerkOf.add(id);
			}
		}
		if (clerkOf.isEmpty()) {
			return List.of();
		}
		LocalDate today = today();
		LocalDate soon = this.calendar.rules().deadline(today, DUE_SOON_DAYS).due();
		List<LetterReminder> out = new ArrayList<>();
		for (Letter letter : this.letters.findByAgencyIdIn(clerkOf)) {
			boolean mine = letter.assignee() == null || letter.assignee().equals(me.username());
			if (!letter.status().open() || !mine) {
				continue;
			}
			DueDate due = this.summaries.due(letter);
			if (ReplyDeadline.dueBy(due.due(), soon)) {
				out.add(new LetterReminder(letter.id(), letter.trackingNo(), due.due(),
						ReplyDeadline.overdue(true, due.due(), null, today), due.provisional()));
			}
		}
		out.sort(Comparator.comparing(LetterReminder::due).thenComparing(LetterReminder::trackingNo));
		return out;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
