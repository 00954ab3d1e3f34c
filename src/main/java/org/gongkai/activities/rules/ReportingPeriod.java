package org.gongkai.activities.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span activities are counted over, written as the assessment writes its periods: a
 * year ({@code 2026}), a half-year ({@code 2026H1}) or a quarter ({@code 2026Q3}).
 *
 * @param year the year, 2000 to 2099
 * @param kind {@code 'Y'}, {@code 'H'} or {@code 'Q'}
 * @param number the half (1–2) or quarter (1–4), 1 for a year
 */
public record ReportingPeriod(int year, char kind, int number) {

	private static final Pattern FORM = Pattern.compile("(20\\d\\d)(?:([QH])([1-4]))?");

	public ReportingPeriod {
		int most = switch (kind) {
			case 'Q' -> 4;
			case 'H' -> 2;
			case 'Y' -> 1;
			default -> throw new IllegalArgumentException("Kind " + kind);
		};
		if (year < 2000 || year > 2099 || number < 1 || number > most) {
			throw new IllegalArgumentException("Period " + year + kind + number);
		}
	}

	/**
	 * The period the text names, or empty for anything else (null, blank, lower case, a
	 * fifth quarter, a third half, more than seven characters).
	 */
	public static Optional<ReportingPeriod> parse(String text) {
		if (text == null || text.length() > 7) {
			return Optional.empty();
		}
		Matcher m = FORM.matcher(text);
		if (!m.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(m.group(1));
		if (m.group(2) == null) {
			return Optional.of(new ReportingPeriod(year, 'Y', 1));
		}
		int number = Integer.parseInt(m.group(3));
		char kind = m.group(2).charAt(0);
		if (kind == 'H' && number > 2) {
			return Optional.empty();
		}
		return Optional.of(new ReportingPeriod(year, kind, number));
	}

	/** The year of the day. */
	public static ReportingPeriod yearOf(LocalDate day) {
		return new ReportingPeriod(day.getYear(), 'Y', 1);
	}

	/** {@code 2026}, {@code 2026H1}, {@code 2026Q3}. */
	public String code() {
		return (this.kind == 'Y') ? String.valueOf(this.year) : this.year + String.valueOf(this.kind) + this.number;
	}

	/** The first day. */
	public LocalDate first() {
		int months = (this.kind == 'Q') ? 3 : 6;
		return (this.kind == 'Y') ? LocalDate.of(this.year, 1, 1)
				: LocalDate.of(this.year, (this.number - 1) * months + 1, 1);
	}

	/** The last day (included). */
	public LocalDate last() {
		return switch (this.kind) {
			case 'Q' -> first().plusMonths(3).minusDays(1);
			case 'H' -> first().plusMonths(6).minusDays(1);
			default -> LocalDate.of(this.year, 12, 31);
		};
	}

	@Override
	public String toString() {
		return code();
	}

}
