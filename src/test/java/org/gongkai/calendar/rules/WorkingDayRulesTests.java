package org.gongkai.calendar.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
		Map<Integer, List<NoticeDay>> notices = new HashMap<>(BundledNoticeDays.read());
		notices.put(2027, List.of(new NoticeDay(LocalDate.of(2027, 1, 1), "元旦", true)));
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

	@Test
	void aDateListedByTwoNoticesTakesItsStatusFromItsOwnYearsNotice() {
		LocalDate newYearsEve = LocalDate.of(2030, 12, 31);
		LocalDate newYearsDay = LocalDate.of(2031, 1, 1);
		// the 2030 notice is read first; its own day stays even though 2031 lists it too
		// and its word on 1 January gives way to the 2031 notice read after it
		WorkingDayRules rules = WorkingDayRules
			.of(Map.of(2030, List.of(new NoticeDay(newYearsEve, "元旦", true), new NoticeDay(newYearsDay, "元旦", false)),
					2031, List.of(new NoticeDay(newYearsEve, "元旦", false), new NoticeDay(newYearsDay, "元旦", true))));
		assertThat(rules.isWorkingDay(newYearsEve)).as("a Tuesday off by its own year's notice").isFalse();
		assertThat(rules.isWorkingDay(newYearsDay)).as("a Wednesday off by its own year's notice").isFalse();
	}

	@Test
	void aDateListedOnlyByAnotherYearsNoticeTakesThatStatus() {
		// Saturday 29 December 2018 was made a working day by the 2019 notice alone
		assertThat(RULES.isWorkingDay(LocalDate.of(2018, 12, 29))).isTrue();
		WorkingDayRules rules = WorkingDayRules
			.of(Map.of(2031, List.of(new NoticeDay(LocalDate.of(2030, 12, 30), "元旦", true))));
		assertThat(rules.isWorkingDay(LocalDate.of(2030, 12, 30))).as("a Monday off by the next notice").isFalse();
	}

	@Test
	void withoutNoticesOnlyWeekendsAreOff() {
		WorkingDayRules rules = WorkingDayRules.of(Map.of());
		assertThat(rules.isWorkingDay(LocalDate.of(2026, 10, 1))).as("Thursday").isTrue();
		assertThat(rules.isWorkingDay(LocalDate.of(2026, 10, 2))).as("Friday").isTrue();
		assertThat(rules.isWorkingDay(LocalDate.of(2026, 10, 3))).as("Saturday").isFalse();
		assertThat(rules.isWorkingDay(LocalDate.of(2026, 10, 4))).as("Sunday").isFalse();
		assertThat(rules.isWorkingDay(LocalDate.of(2026, 10, 5))).as("Monday").isTrue();
		assertThat(rules.hasNotice(2026)).isFalse();
		assertThat(rules.isSettled(LocalDate.of(2026, 6, 1))).isFalse();
	}

	@Test
	void aDayIsSettledOnceItsYearsNoticeIsLoadedAndFromChristmasTheNextYearsToo() {
		assertThat(RULES.isSettled(LocalDate.of(2026, 1, 1))).isTrue();
		assertThat(RULES.isSettled(LocalDate.of(2026, 12, 24))).isTrue();
		assertThat(RULES.isSettled(LocalDate.of(2026, 12, 25))).as("2027 notice not loaded").isFalse();
		assertThat(RULES.isSettled(LocalDate.of(2026, 12, 31))).isFalse();
		assertThat(RULES.isSettled(LocalDate.of(2025, 12, 25))).as("2026 notice loaded").isTrue();
		assertThat(RULES.isSettled(LocalDate.of(2025, 12, 31))).isTrue();
		assertThat(RULES.isSettled(LocalDate.of(2027, 1, 4))).as("no 2027 notice").isFalse();
		assertThat(RULES.isSettled(LocalDate.of(2006, 6, 1))).as("before the bundled years").isFalse();
	}

	@Test
	void aDeadlineIsFinalWhenEveryCountedDayIsSettledEvenIfTheStartDayIsNot() {
		WorkingDayRules rules = WorkingDayRules
			.of(Map.of(2031, List.of(new NoticeDay(LocalDate.of(2031, 1, 1), "元旦", true))));
		assertThat(rules.isSettled(LocalDate.of(2030, 12, 31))).isFalse();
		DueDate deadline = rules.deadline(LocalDate.of(2030, 12, 31), 1);
		assertThat(deadline.due()).isEqualTo(LocalDate.of(2031, 1, 2));
		assertThat(deadline.provisional()).isFalse();
		DueDate none = rules.deadline(LocalDate.of(2030, 12, 31), 0);
		assertThat(none.due()).isEqualTo(LocalDate.of(2030, 12, 31));
		assertThat(none.provisional()).as("zero days rest on the unsettled start day").isTrue();
		assertThat(rules.deadline(LocalDate.of(2031, 3, 3), 0).provisional()).isFalse();
	}

	@Test
	void zeroDaysOnASettledDayIsFinal() {
		DueDate deadline = RULES.deadline(LocalDate.of(2026, 10, 1), 0);
		assertThat(deadline.provisional()).isFalse();
		assertThat(deadline.workingDays()).isZero();
		assertThat(deadline.from()).isEqualTo(LocalDate.of(2026, 10, 1));
	}

	@Test
	void countsWorkingDaysUpToAndIncludingTheLastDay() {
		LocalDate friday = LocalDate.of(2026, 11, 20);
		assertThat(RULES.workingDaysBetween(friday, friday)).isZero();
		assertThat(RULES.workingDaysBetween(friday, friday.plusDays(1))).as("to Saturday").isZero();
		assertThat(RULES.workingDaysBetween(friday, friday.plusDays(3))).as("to Monday").isEqualTo(1);
		assertThat(RULES.workingDaysBetween(friday.minusDays(1), friday)).as("Thursday to Friday").isEqualTo(1);
	}

	@Test
	void theBundledNoticesRunFrom2007WithTheirDaysAndNames() {
		Map<Integer, List<NoticeDay>> bundled = BundledNoticeDays.read();
		assertThat(bundled.keySet()).as("2027 has no days yet")
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(2007, 2026).boxed().toList());
		assertThat(bundled.get(2026)).contains(new NoticeDay(LocalDate.of(2026, 1, 1), "元旦", true),
				new NoticeDay(LocalDate.of(2026, 1, 4), "元旦", false));
		assertThat(WorkingDayRules.bundled()).isNotNull().isSameAs(WorkingDayRules.bundled());
	}

}
