package org.gongkai.activities.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain checks of an activity as typed: counts are whole numbers from 0 to a sane
 * upper bound, training hours a number from 0 to {@value #MAX_HOURS} with at most one
 * decimal, and an activity that was held lies between {@link #EARLIEST} and today, its
 * end (if any) not before its start, not after today and at most {@value #MAX_DAYS} days
 * after the start.
 */
public final class ActivityRules {

	/** The most copies of material one activity can hand out. */
	public static final int MAX_COPIES = 1_000_000;

	/** The most people one activity can advise or train. */
	public static final int MAX_PEOPLE = 100_000;

	/** The most hours a training can last. */
	public static final int MAX_HOURS = 1000;

	/** The most days an activity can last. */
	public static final int MAX_DAYS = 366;

	/** The earliest day an activity can have been held. */
	public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	private ActivityRules() {
	}

	/**
	 * A count as typed (surrounding spaces ignored): the number if it is a whole number
	 * from 0 to {@code max}, else {@code null} (blank, signs, decimals, letters, too
	 * large).
	 */
	public static Integer count(String typed, int max) {
		if (typed == null) {
			return null;
		}
		String text = typed.strip();
		if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return null;
		}
		int value = Integer.parseInt(text);
		return (value <= max) ? value : null;
	}

	/**
	 * Training hours as typed: a number from 0 to {@value #MAX_HOURS} with at most one
	 * decimal, else {@code null}.
	 */
	public static BigDecimal hours(String typed) {
		if (typed == null || !typed.strip().matches("\\d{1,4}(\\.\\d)?")) {
			return null;
		}
		BigDecimal value = new BigDecimal(typed.strip());
		return (value.compareTo(BigDecimal.valueOf(MAX_HOURS)) <= 0) ? value : null;
	}

	/**
	 * What is wrong with the days of a held activity, as the last part of a message key:
	 * {@code held-on.future}, {@code held-on.too-early}, {@code ends-on.before},
	 * {@code ends-on.future}, {@code ends-on.too-long}; empty if nothing.
	 * @param heldOn the first day, not null
	 * @param endsOn the last day, or {@code null} for a one-day activity
	 * @param today the platform's today
	 */
	public static List<String> dateProblems(LocalDate heldOn, LocalDate endsOn, LocalDate today) {
		List<String> out = new ArrayList<>();
		if (heldOn.isAfter(today)) {
			out.add("held-on.future");
		}
		if (heldOn.isBefore(EARLIEST)) {
			out.add("held-on.too-early");
		}
		if (endsOn != null) {
			if (endsOn.isBefore(heldOn)) {
				out.add("ends-on.before");
			}
			else if (endsOn.isAfter(today)) {
				out.add("ends-on.future");
			}
			else if (endsOn.isAfter(heldOn.plusDays(MAX_DAYS))) {
				out.add("ends-on.too-long");
			}
		}
		return out;
	}

	/**
	 * Whether the day lies in the span from {@code from} to {@code to}, both included.
	 */
	public static boolean within(LocalDate day, LocalDate from, LocalDate to) {
		return !day.isBefore(from) && !day.isAfter(to);
	}

}
