package org.gongkai.decisions.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The comment period of public participation (Order 713 art. 14: generally not less than
 * 30 days; a shorter one is explained). The period is counted as the Civil Code counts
 * periods in days (art. 201): the day it opens is not counted, so a period opening on 1
 * June and closing on 1 July has 30 days.
 */
public final class CommentPeriod {

	/** The shortest period without a reason, in days. */
	public static final int MIN_DAYS = 30;

	private CommentPeriod() {
	}

	/** The days of the period from {@code opensOn} through {@code closesOn}. */
	public static long days(LocalDate opensOn, LocalDate closesOn) {
		return ChronoUnit.DAYS.between(opensOn, closesOn);
	}

	/** Whether the period is shorter than {@link #MIN_DAYS} and so needs a reason. */
	public static boolean isShort(LocalDate opensOn, LocalDate closesOn) {
		return days(opensOn, closesOn) < MIN_DAYS;
	}

}
