package org.gongkai.village.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month or quarter a village posting covers.
 *
 * @param cadence {@link Cadence#MONTHLY} or {@link Cadence#QUARTERLY}
 * @param year the calendar year
 * @param number the month (1–12) or the quarter (1–4)
 */
public record Period(Cadence cadence, int year, int number) {

	private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");

	private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");

	/** The earliest year a period may lie in. */
	public static final int FIRST_YEAR = 2000;

	public Period {
		if (cadence == null || !cadence.periodic()) {
			throw new IllegalArgumentException("No periodic cadence: " + cadence);
		}
		int last = (cadence == Cadence.MONTHLY) ? 12 : 4;
		if (number < 1 || number > last || year < FIRST_YEAR || year > 9999) {
			throw new IllegalArgumentException("No such period: " + year + "/" + number);
		}
	}

	/** The period of {@code cadence} that holds {@code day}. */
	public static Period containing(LocalDate day, Cadence cadence) {
		int number = (cadence == Cadence.MONTHLY) ? day.getMonthValue() : (day.getMonthValue() - 1) / 3 + 1;
		return new Period(cadence, day.getYear(), number);
	}

	/**
	 * The period whose postings are due in the period that holds {@code today}: the one
	 * before it (a month's accounts are posted in the next month; art. 30).
	 */
	public static Period dueOn(LocalDate today, Cadence cadence) {
		return containing(today, cadence).previous();
	}

	/** The period before this one. */
	public Period previous() {
		return (this.number > 1) ? new Period(this.cadence, this.year, this.number - 1)
				: new Period(this.cadence, this.year - 1, (this.cadence == Cadence.MONTHLY) ? 12 : 4);
	}

	/** The first day of the period. */
	public LocalDate start() {
		int month = (this.cadence == Cadence.MONTHLY) ? this.number : (this.number - 1) * 3 + 1;
		return LocalDate.of(this.year, month, 1);
	}

	/** The last day of the period. */
	public LocalDate end() {
		int months = (this.cadence == Cadence.MONTHLY) ? 1 : 3;
		return start().plusMonths(months).minusDays(1);
	}

	/** Whether {@code day} lies in the period. */
	public boolean holds(LocalDate day) {
		return !day.isBefore(start()) && !day.isAfter(end());
	}

	/** The key used in forms and links: {@code 2026-11} or {@code 2026-Q4}. */
	public String key() {
		return (this.cadence == Cadence.MONTHLY) ? String.format("%04d-%02d", this.year, this.number)
				: String.format("%04d-Q%d", this.year, this.number);
	}

	/**
	 * The period a form or link names, or {@code null} for anything else (unknown shape,
	 * month 13, another cadence, over-long text).
	 */
	public static Period parse(String key, Cadence cadence) {
		if (key == null || key.length() > 7 || cadence == null || !cadence.periodic()) {
			return null;
		}
		Matcher matcher = ((cadence == Cadence.MONTHLY) ? MONTH : QUARTER).matcher(key);
		if (!matcher.matches()) {
			return null;
		}
		int year = Integer.parseInt(matcher.group(1));
		int number = Integer.parseInt(matcher.group(2));
		int last = (cadence == Cadence.MONTHLY) ? 12 : 4;
		if (year < FIRST_YEAR || number < 1 || number > last) {
			return null;
		}
		return new Period(cadence, year, number);
	}

	/** The {@code count} periods up to and including this one, newest first. */
	public List<Period> lastOnes(int count) {
		List<Period> out = new ArrayList<>();
		Period at = this;
		for (int i = 0; i < count && at.year >= FIRST_YEAR; i++) {
			out.add(at);
			if (at.year == FIRST_YEAR && at.number == 1) {
				break;
			}
			at = at.previous();
		}
		return out;
	}

}
