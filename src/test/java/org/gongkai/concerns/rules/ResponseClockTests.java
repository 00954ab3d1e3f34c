package org.gongkai.concerns.rules;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The response clock counts calendar hours from the concern: due at arose + hours, the
 * reminder at the given share of the time, exactly due is on time.
 */
class ResponseClockTests {

	private static final Instant AROSE = Instant.parse("2026-09-30T22:30:00Z");

	@Test
	void theResponseIsDueTheGivenHoursAfterTheConcernHolidaysIncluded() {
		// 06:30 on 1 October in Beijing: the National Day holiday does not stop the clock
		assertThat(ResponseClock.dueAt(AROSE, 48)).isEqualTo(Instant.parse("2026-10-02T22:30:00Z"));
		assertThat(ResponseClock.dueAt(AROSE, 24)).isEqualTo(Instant.parse("2026-10-01T22:30:00Z"));
		assertThat(ResponseClock.dueAt(AROSE, 1)).isEqualTo(AROSE.plus(Duration.ofHours(1)));
		assertThat(ResponseClock.dueAt(AROSE, ResponseClock.MAX_HOURS))
			.isEqualTo(AROSE.plus(Duration.ofHours(ResponseClock.MAX_HOURS)));
		assertThatIllegalArgumentException().isThrownBy(() -> ResponseClock.dueAt(AROSE, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> ResponseClock.dueAt(AROSE, ResponseClock.MAX_HOURS + 1));
	}

	@Test
	void theReminderFallsWhenTheShareOfTheTimePassed() {
		Instant due = ResponseClock.dueAt(AROSE, 48);
		assertThat(ResponseClock.reminderAt(AROSE, due, 75)).isEqualTo(AROSE.plus(Duration.ofHours(36)));
		assertThat(ResponseClock.reminderAt(AROSE, due, 1)).isEqualTo(AROSE.plusSeconds(48 * 36));
		assertThat(ResponseClock.reminderAt(AROSE, due, 99)).isEqualTo(AROSE.plusSeconds(48 * 3600 * 99 / 100));
		assertThat(ResponseClock.reminderAt(AROSE, AROSE.plusSeconds(3), 50)).as("rounded down to the second")
			.isEqualTo(AROSE.plusSeconds(1));
		assertThatIllegalArgumentException().isThrownBy(() -> ResponseClock.reminderAt(AROSE, due, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> ResponseClock.reminderAt(AROSE, due, 100));
	}

	@Test
	void aResponseExactlyWhenDueIsOnTimeAndASecondLaterIsLate() {
		Instant due = ResponseClock.dueAt(AROSE, 24);
		assertThat(ResponseClock.late(due, due)).isFalse();
		assertThat(ResponseClock.late(due, due.minusSeconds(1))).isFalse();
		assertThat(ResponseClock.late(due, due.plusSeconds(1))).isTrue();
		assertThat(ResponseClock.overdue(due, null, due)).as("open, due this instant").isFalse();
		assertThat(ResponseClock.overdue(due, null, due.plusSeconds(1))).isTrue();
		assertThat(ResponseClock.overdue(due, due, due.plusSeconds(100))).as("answered on time").isFalse();
		assertThat(ResponseClock.overdue(due, due.plusSeconds(1), due.plusSeconds(1))).isTrue();
	}

	@Test
	void aConcernIsDueSoonFromItsReminderToItsDueInstantWhileOpen() {
		Instant due = ResponseClock.dueAt(AROSE, 48);
		Instant reminder = ResponseClock.reminderAt(AROSE, due, 75);
		assertThat(ResponseClock.dueSoon(reminder, due, null, reminder.minusSeconds(1))).isFalse();
		assertThat(ResponseClock.dueSoon(reminder, due, null, reminder)).isTrue();
		assertThat(ResponseClock.dueSoon(reminder, due, null, due)).isTrue();
		assertThat(ResponseClock.dueSoon(reminder, due, null, due.plusSeconds(1))).isFalse();
		assertThat(ResponseClock.dueSoon(reminder, due, reminder, due)).as("answered").isFalse();
	}

	@Test
	void theHoursTakenAreWholeHoursRoundedDown() {
		assertThat(ResponseClock.hoursTaken(AROSE, AROSE)).isZero();
		assertThat(ResponseClock.hoursTaken(AROSE, AROSE.plus(Duration.ofMinutes(119)))).isEqualTo(1);
		assertThat(ResponseClock.hoursTaken(AROSE, AROSE.plus(Duration.ofHours(2)))).isEqualTo(2);
		assertThat(ResponseClock.hoursTaken(AROSE, AROSE.minusSeconds(3600))).as("never negative").isZero();
	}

}
