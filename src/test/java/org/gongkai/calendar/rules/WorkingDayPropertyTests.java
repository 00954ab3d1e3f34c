package org.gongkai.calendar.rules;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the deadline arithmetic over the whole bundled range and the unknown year
 * after it.
 */
class WorkingDayPropertyTests {

	private static final WorkingDayRules RULES = WorkingDayRules.bundled();

	@Provide
	Arbitrary<LocalDate> dates() {
		return Arbitraries.integers()
			.between(0, (int) (LocalDate.of(2027, 12, 31).toEpochDay() - LocalDate.of(2007, 1, 1).toEpochDay()))
			.map((offset) -> LocalDate.of(2007, 1, 1).plusDays(offset));
	}

	@Property
	void theDueDateIsAWorkingDayAfterTheStart(@ForAll("dates") LocalDate from,
			@ForAll @IntRange(min = 1, max = 60) int n) {
		LocalDate due = RULES.deadline(from, n).due();
		assertThat(due).isAfter(from);
		assertThat(RULES.isWorkingDay(due)).isTrue();
	}

	@Property
	void exactlyNWorkingDaysLieBetweenStartAndDue(@ForAll("dates") LocalDate from,
			@ForAll @IntRange(min = 0, max = 60) int n) {
		assertThat(RULES.workingDaysBetween(from, RULES.deadline(from, n).due())).isEqualTo(n);
	}

	@Property
	void periodsAdd(@ForAll("dates") LocalDate from, @ForAll @IntRange(max = 40) int a,
			@ForAll @IntRange(max = 40) int b) {
		LocalDate first = RULES.deadline(from, a).due();
		assertThat(RULES.deadline(first, b).due()).isEqualTo(RULES.deadline(from, a + b).due());
	}

	@Property
	void aLongerPeriodNeverEndsEarlier(@ForAll("dates") LocalDate from, @ForAll @IntRange(max = 60) int n) {
		assertThat(RULES.deadline(from, n + 1).due()).isAfter(RULES.deadline(from, n).due());
	}

	@Property
	void provisionalExactlyWhenACountedDayIsUnsettled(@ForAll("dates") LocalDate from,
			@ForAll @IntRange(min = 1, max = 60) int n) {
		DueDate deadline = RULES.deadline(from, n);
		boolean unsettled = from.plusDays(1)
			.datesUntil(deadline.due().plusDays(1))
			.anyMatch((d) -> !RULES.isSettled(d));
		assertThat(deadline.provisional()).isEqualTo(unsettled);
	}

	@Property
	void twentyWorkingDaysNeverTakeMoreThanFortyCalendarDays(@ForAll("dates") LocalDate from) {
		// the longest run of days off in the notices is nine (Spring Festival 2026)
		assertThat(RULES.deadline(from, 20).due()).isBeforeOrEqualTo(from.plusDays(40));
	}

}
