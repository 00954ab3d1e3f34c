package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.gongkai.calendar.rules.DueDate;
import org.gongkai.calendar.rules.NoticeDay;
import org.gongkai.calendar.rules.WorkingDayRules;
import org.gongkai.platform.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The working-day calendar's API: which days are working days, and legal deadlines in
 * working days (docs/legal-rules.md, Working days and the holiday calendar). Holds the
 * loaded notices in memory; reloads after a notice changes.
 */
@Service
public class WorkingDayCalendar {

	/** The largest period accepted: no legal period comes near it. */
	public static final int MAX_WORKING_DAYS = 1000;

	static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

	private final NoticeYears years;

	private volatile WorkingDayRules rules;

	WorkingDayCalendar(NoticeYears years) {
		this.years = years;
	}

	/**
	 * The {@code workingDays}-th working day after {@code from} ({@code from} itself is
	 * not counted).
	 * @param from the start date, 1990-01-01 to 2199-12-31
	 * @param workingDays 0 to {@value #MAX_WORKING_DAYS}
	 * @return the due date, provisional where a counted day's notice is not loaded
	 * @throws RuleViolationException for a date or count out of range
	 */
	public DueDate deadline(LocalDate from, int workingDays) {
		checkDate(from);
		if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
			throw new RuleViolationException("calendar.deadline.days-range", "workingDays out of range: " + workingDays,
					String.valueOf(MAX_WORKING_DAYS));
		}
		return rules().deadline(from, workingDays);
	}

	/**
	 * Whether {@code day} is a working day by the loaded notices (weekends only where
	 * none).
	 */
	public boolean isWorkingDay(LocalDate day) {
		return rules().isWorkingDay(day);
	}

	/**
	 * Whether the working-day status of {@code day} can no longer change (its notices are
	 * loaded).
	 */
	public boolean isSettled(LocalDate day) {
		return rules().isSettled(day);
	}

	/** Working days after {@code from} up to and including {@code to}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		checkDate(from);
		checkDate(to);
		return rules().workingDaysBetween(from, to);
	}

	/**
	 * What the calendar knows of a year.
	 * @param year 1990 to 2199
	 * @return its days off and working weekend days from every loaded notice
	 */
	@Transactional(readOnly = true)
	public YearCalendar year(int year) {
		if (year < EARLIEST.getYear() || year > LATEST.getYear()) {
			throw new RuleViolationException("calendar.year-range", "Year out of range: " + year,
					String.valueOf(EARLIEST.getYear()), String.valueOf(LATEST.getYear()));
		}
		List<NoticeDay> off = new ArrayList<>();
		List<NoticeDay> working = new ArrayList<>();
		List<String> papers = new ArrayList<>();
		for (NoticeYear notice : this.years.findAllById(List.of(year - 1, year, year + 1))) {
			if (notice.year() == year) {
				papers.addAll(notice.papers());
			}
			for (NoticeDay day : notice.days()) {
				if (day.date().getYear() == year) {
					(day.offDay() ? off : working).add(day);
				}
			}
		}
		off.sort(Comparator.comparing(NoticeDay::date));
		working.sort(Comparator.comparing(NoticeDay::date));
		return new YearCalendar(year, rules().hasNotice(year), papers, off, working);
	}

	@TransactionalEventListener
	void on(CalendarChanged event) {
		reload();
	}

	/** Reads every stored notice again. */
	@Transactional(readOnly = true)
	public void reload() {
		this.rules = WorkingDayRules
			.of(this.years.findAll().stream().collect(Collectors.toMap(NoticeYear::year, NoticeYear::days)));
	}

	/**
	 * The rules as loaded now, to compute a whole case with one consistent calendar.
	 */
	public WorkingDayRules rules() {
		WorkingDayRules current = this.rules;
		if (current == null) {
			reload();
			current = this.rules;
		}
		return current;
	}

	private static void checkDate(LocalDate day) {
		if (day == null || day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
			throw new RuleViolationException("calendar.deadline.from-range", "Date out of range: " + day, EARLIEST,
					LATEST);
		}
	}

}
