package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Deadlines on the bundled notices (docs/legal-rules.md, Working days and the holiday
 * calendar; Civil Code art. 201: the start day is not counted). Expected dates are worked
 * out by hand from the State Council notices.
 */
class WorkingDayRulesTests {

	private static final WorkingDayRules RULES = WorkingDayRules.bundled();

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({
			// Year end 2025/26: 1–3 January 2026 off, Sunday 4 January a make-up working
			// day
			"2025-12-31, 1, 2026-01-04", "2025-12-31, 2, 2026-01-05", "2025-12-30, 1, 2025-12-31",
			// Year end 2018/19: Saturday 29 December 2018 made a working day by the 2019
			// notice
			"2018-12-28, 1, 2018-12-29", "2018-12-28, 2, 2019-01-02",
			// Spring Festival 2026: Saturday 14 February worked, 15–23 February off,
			// Saturday 28 February worked
			"2026-02-13, 1, 2026-02-14", "2026-02-13, 2, 2026-02-24", "2026-02-12, 20, 2026-03-18",
			// Spring Festival 2024: 10–17 February off, Sunday 18 February worked
			"2024-02-08, 1, 2024-02-09", "2024-02-08, 2, 2024-02-18",
			// National Day 2025: Sunday 28 September and Saturday 11 October worked, 1–8
			// October off
			"2025-09-26, 1, 2025-09-28", "2025-09-26, 5, 2025-10-10", "2025-09-30, 1, 2025-10-09",
			"2025-09-30, 3, 2025-10-11",
			// National Day 2024: Sunday 29 September worked, 1–7 October off
			"2024-09-27, 1, 2024-09-29", "2024-09-30, 1, 2024-10-08",
			// Mid-Autumn 2026: 25–27 September off
			"2026-09-24, 1, 2026-09-28",
			// An ordinary month: weekends only
			"2026-11-02, 10, 2026-11-16", "2026-11-20, 1, 2026-11-23" })
	void countsWorkingDaysAfterTheStartDay(LocalDate from, int days, LocalDate due) {
		DueDate deadline = RULES.deadline(from, days);
		assertThat(deadline.due()).isEqualTo(due);
		assertThat(deadline.from()).isEqualTo(from);
		assertThat(deadline.workingDays()).isEqualTo(days);
	}

	@Test
	void knowsMakeUpWeekendsAndWeekdayHolidays() {
		assertThat(RULES.isWorkingDay(LocalDate.of(2026, 1, 4))).as("Sunday make-up day").isTrue();
		assertThat(RULES.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday make-up day").isTrue();
		assertThat(RULES.isWorkingDay(LocalDate.of(2026, 10, 1))).as("National Day, a Thursday").isFalse();
		assertThat(RULES.isWorkingDay(LocalDate.of(2026, 11, 21))).as("ordinary Saturday").isFalse();
		assertThat(RULES.isWorkingDay(LocalDate.of(2026, 11, 20))).as("ordinary Friday").isTrue();
	}

	@Test
	void deadlinesInsideKnownYearsAreFinal() {
		assertThat(RULES.deadline(LocalDate.of(2026, 11, 2), 10).provisional()).isFalse();
		assertThat(RULES.deadline(LocalDate.of(2026, 12, 23), 1).due()).isEqualTo(LocalDate.of(2026, 12, 24));
		assertThat(RULES.deadline(LocalDate.of(2026, 12, 23), 1).provisional()).isFalse();
	}

	@Test
	void deadlineCrossingIntoAYearWithoutNoticeIsProvisionalAndCountsWeekendsOnly() {
		DueDate deadline = RULES.deadline(LocalDate.of(2026, 12, 10), 20);
		// 11 Dec .. 31 Dec 2026 holds 15 working days; 1 Jan 2027 (no notice) counts as a
		// Friday like any other
		assertThat(deadline.due()).isEqualTo(LocalDate.of(2027, 1, 7));
		assertThat(deadline.provisional()).isTrue();
	}

	@Test
	void lastDaysOfDecemberWaitForTheNextYearsNotice() {
		// The 2008, 2012, 2019 and 2023 notices moved days at the end of the year before
		assertThat(RULES.deadline(LocalDate.of(2026, 12, 24), 1).due()).isEqualTo(LocalDate.of(2026, 12, 25));
		assertThat(RULES.deadline(LocalDate.of(2026, 12, 24), 1).provisional()).isTrue();
		assertThat(RULES.deadline(LocalDate.of(2025, 12, 24), 1).provisional()).isFalse();
	}

	@Test
	void loadingTheMissingNoticeSettlesTheDeadline() {
		List<HolidayNotice> notices = new ArrayList<>(BundledNotices.read());
		notices.add(new HolidayNotice(2027, List.of("https://www.gov.cn/example"),
				List.of(new NoticeDay(LocalDate.of(2027, 1, 1), "元旦", true))));
		DueDate deadline = WorkingDayRules.of(notices).deadline(LocalDate.of(2026, 12, 10), 20);
		assertThat(deadline.provisional()).isFalse();
		assertThat(deadline.due()).as("1 January 2027 is now a day off").isEqualTo(LocalDate.of(2027, 1, 8));
	}

	@Test
	void zeroDaysIsTheStartDayItself() {
		assertThat(RULES.deadline(LocalDate.of(2026, 10, 1), 0).due()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(RULES.deadline(LocalDate.of(2027, 3, 1), 0).provisional()).isTrue();
	}

	@Test
	void negativeCountIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> RULES.deadline(LocalDate.of(2026, 1, 1), -1));
	}

	@Test
	void everyBundledYearFrom2007To2026IsANotice() {
		for (int year = 2007; year <= 2026; year++) {
			assertThat(RULES.hasNotice(year)).as("notice %d", year).isTrue();
		}
		assertThat(RULES.hasNotice(2027)).isFalse();
	}

	@Test
	void countsWorkingDaysBetweenDates() {
		assertThat(RULES.workingDaysBetween(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 10))).isEqualTo(5);
		assertThat(RULES.workingDaysBetween(LocalDate.of(2025, 10, 10), LocalDate.of(2025, 9, 26))).isZero();
	}

}
