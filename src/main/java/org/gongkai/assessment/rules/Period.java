package org.gongkai.assessment.rules;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.platform.RuleViolationException;

/**
 * An assessment period: a quarter ({@code 2026Q3}), a half-year ({@code 2026H1}) or a
 * year ({@code 2026}), from its first day to the last, in the platform's time zone.
 *
 * @param kind quarter, half-year or year
 * @param year the year, 2000 to 2099
 * @param number the quarter (1–4) or half (1–2), 1 for a year
 */
public record Period(PeriodKind kind, int year, int number) {

	private static final Pattern FORM = Pattern.compile("(20\\d\\d)(?:([QH])([1-4]))?");

	public Period {
		int most = switch (kind) {
			case QUARTER -> 4;
			case HALF -> 2;
			case YEAR -> 1;
		};
		if (year < 2000 || year > 2099 || number < 1 || number > most) {
			throw invalid(kind + " " + year + " " + number);
		}
	}

	/**
	 * The period written as in the API's path.
	 * @throws RuleViolationException ({@code assessment.period.invalid}) for anything
	 * else: null, blank, other letters, lower case, a fifth quarter, a third half
	 */
	public static Period parse(String text) {
		if (text == null || text.length() > 7) {
			throw invalid(String.valueOf(text).length() + " characters");
		}
		Matcher m = FORM.matcher(text);
		if (!m.matches()) {
			throw invalid("not a period");
		}
		int year = Integer.parseInt(m.group(1));
		if (m.group(2) == null) {
			return new Period(PeriodKind.YEAR, year, 1);
		}
		return new Period("Q".equals(m.group(2)) ? PeriodKind.QUARTER : PeriodKind.HALF, year,
				Integer.parseInt(m.group(3)));
	}

	/** Whether the text is a period. */
	public static boolean valid(String text) {
		try {
			parse(text);
			return true;
		}
		catch (RuleViolationException ex) {
			return false;
		}
	}

	/** The period that contains the day, of the kind. */
	public static Period containing(PeriodKind kind, LocalDate day) {
		return switch (kind) {
			case QUARTER -> new Period(kind, day.getYear(), (day.getMonthValue() + 2) / 3);
			case HALF -> new Period(kind, day.getYear(), (day.getMonthValue() <= 6) ? 1 : 2);
			case YEAR -> new Period(kind, day.getYear(), 1);
		};
	}

	/** {@code 2026Q3}, {@code 2026H1}, {@code 2026}. */
	public String code() {
		return switch (this.kind) {
			case QUARTER -> this.year + "Q" + this.number;
			case HALF -> this.year + "H" + this.number;
			case YEAR -> String.valueOf(this.year);
		};
	}

	/** The first day. */
	public LocalDate first() {
		return switch (this.kind) {
			case QUARTER -> LocalDate.of(this.year, (this.number - 1) * 3 + 1, 1);
			case HALF -> LocalDate.of(this.year, (this.number - 1) * 6 + 1, 1);
			case YEAR -> LocalDate.of(this.year, 1, 1);
		};
	}

	/** The day after the last. */
	public LocalDate end() {
		return switch (this.kind) {
			case QUARTER -> first().plusMonths(3);
			case HALF -> first().plusMonths(6);
			case YEAR -> first().plusYears(1);
		};
	}

	@Override
	public String toString() {
		return code();
	}

	private static RuleViolationException invalid(String detail) {
		return new RuleViolationException("assessment.period.invalid", "Invalid assessment period: " + detail);
	}

}
