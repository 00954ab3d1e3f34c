package org.gongkai.calendar.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The arithmetic of working days for a fixed set of holiday notices. Plain Java,
 * immutable.
 * <p>
 * docs/legal-rules.md, Working days and the holiday calendar: a day is a working day if
 * it is Monday–Friday and not a day off in that year's notice, or a weekend day the
 * notice makes a working day (调休上班). "Within N working days from day D" means D is not
 * counted (Civil Code art. 201); the deadline is the N-th working day after D.
 */
public final class WorkingDayRules {

	/**
	 * A notice for year Y+1 may move days from here to the end of year Y (make-up working
	 * days and days off around New Year; the 2008, 2012, 2019 and 2023 notices did). Such
	 * days are not settled until that notice is loaded.
	 */
	static final MonthDay NEXT_NOTICE_REACHES_BACK_TO = MonthDay.of(12, 25);

	private final Map<LocalDate, Boolean> offDays;

	private final Set<Integer> noticeYears;

	/**
	 * @param offDays the exceptions: {@code true} for a day off, {@code false} for a
	 * working weekend day
	 * @param noticeYears the years whose notice is loaded
	 */
	WorkingDayRules(Map<LocalDate, Boolean> offDays, Set<Integer> noticeYears) {
		this.offDays = Map.copyOf(offDays);
		this.noticeYears = Set.copyOf(noticeYears);
	}

	/**
	 * The rules of a set of notices. A date listed by two notices (a notice may reach
	 * into the December before or the January after its year) takes its status from the
	 * notice of its own year; where neither is of its year, from the earlier notice.
	 * @param noticesByYear the days each loaded notice lists, by the notice's year
	 */
	public static WorkingDayRules of(Map<Integer, ? extends Collection<NoticeDay>> noticesByYear) {
		Map<LocalDate, Boolean> offDays = new HashMap<>();
		for (Integer year : new TreeSet<>(noticesByYear.keySet())) {
			for (NoticeDay day : noticesByYear.get(year)) {
				if (day.date().getYear() == year || !offDays.containsKey(day.date())) {
					offDays.put(day.date(), day.offDay());
				}
			}
		}
		return new WorkingDayRules(offDays, noticesByYear.keySet());
	}

	/**
	 * The rules of the notices shipped with the platform (2007–2026), without the
	 * database: for tests and benchmarks of modules that count deadlines.
	 */
	public static WorkingDayRules bundled() {
		return BundledNoticeDays.RULES;
	}

	/** Whether {@code day} is a working day (weekends only where no notice is loaded). */
	public boolean isWorkingDay(LocalDate day) {
		Boolean off = this.offDays.get(day);
		if (off != null) {
			return !off;
		}
		DayOfWeek dow = day.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

	/**
	 * Whether the status of the day is certain: its year's notice is loaded, and for the
	 * last days of December, the next year's too.
	 */
	public boolean isSettled(LocalDate day) {
		if (!this.noticeYears.contains(day.getYear())) {
			return false;
		}
		return MonthDay.from(day).isBefore(NEXT_NOTICE_REACHES_BACK_TO) || this.noticeYears.contains(day.getYear() + 1);
	}

	/** Whether the notice of {@code year} is loaded. */
	public boolean hasNotice(int year) {
		return this.noticeYears.contains(year);
	}

	/**
	 * The {@code workingDays}-th working day after {@code from}; {@code from} itself when
	 * the count is zero.
	 */
	public DueDate deadline(LocalDate from, int workingDays) {
		if (workingDays < 0) {
			throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
		}
		LocalDate day = from;
		boolean provisional = false;
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			provisional |= !isSettled(day);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		if (workingDays == 0) {
			provisional = !isSettled(from);
		}
		return new DueDate(from, workingDays, day, provisional);
	}

	/**
	 * How many working days lie after {@code from} up to and including {@code to}; zero
	 * when {@code to} is not after {@code from}.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}
