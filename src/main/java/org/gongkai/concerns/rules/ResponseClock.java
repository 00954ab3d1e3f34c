package org.gongkai.concerns.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock of a response to a concern (回应关切), counted in calendar hours from the moment
 * the concern arose or was seen, holidays included, as the national rule counts
 * (国办发〔2016〕61号: a major concern within 48 hours, a major emergency within 24). A
 * response at the due instant exactly is on time; the reminder falls when the given share
 * of the time has passed.
 */
public final class ResponseClock {

	/** The most hours a setting may give a response (a year). */
	public static final int MAX_HOURS = 24 * 366;

	private ResponseClock() {
	}

	/**
	 * The instant the response is due.
	 * @param arose when the concern arose or was seen
	 * @param hours the hours allowed, 1 to {@link #MAX_HOURS}
	 */
	public static Instant dueAt(Instant arose, int hours) {
		if (hours < 1 || hours > MAX_HOURS) {
			throw new IllegalArgumentException("Hours out of range: " + hours);
		}
		return arose.plus(Duration.ofHours(hours));
	}

	/**
	 * The instant the reminder falls: {@code percent} of the time from {@code arose} to
	 * {@code due} passed (rounded down to the second).
	 * @param percent 1 to 99
	 */
	public static Instant reminderAt(Instant arose, Instant due, int percent) {
		if (percent < 1 || percent > 99) {
			throw new IllegalArgumentException("Reminder percent out of range: " + percent);
		}
		long seconds = Duration.between(arose, due).getSeconds();
		return arose.plusSeconds(seconds * percent / 100);
	}

	/**
	 * Whether a response at {@code answered} came after {@code due} (exactly due is on
	 * time).
	 */
	public static boolean late(Instant due, Instant answered) {
		return answered.isAfter(due);
	}

	/** Whether a concern still open at {@code now} is overdue. */
	public static boolean overdue(Instant due, Instant answered, Instant now) {
		return (answered != null) ? late(due, answered) : now.isAfter(due);
	}

	/**
	 * Whether a concern still open at {@code now} is past its reminder mark but not yet
	 * due.
	 */
	public static boolean dueSoon(Instant reminder, Instant due, Instant answered, Instant now) {
		return answered == null && !now.isBefore(reminder) && !now.isAfter(due);
	}

	/**
	 * The whole hours from the concern to its response (rounded down), for the public
	 * list.
	 */
	public static long hoursTaken(Instant arose, Instant answered) {
		return Math.max(0, Duration.between(arose, answered).toHours());
	}

}
