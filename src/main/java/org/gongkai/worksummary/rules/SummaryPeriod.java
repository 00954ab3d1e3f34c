package org.gongkai.worksummary.rules;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.platform.RuleViolationException;

/**
 * The span a work summary covers: a half-year ({@code 2026H1}, {@code 2026H2}) or a year
 * ({@code 2026}), the periods the offices write their 政务公开工作总结 for.
 *
 * @param year the year, 2000 to 2099
 * @param half 1 or 2 for a half-year, 0 for the whole year
 */
public record SummaryPeriod(int year, int half) {

	private static final Pattern FORM = Pattern.compile("(20\\d\\d)(?:H([12]))?");

	public SummaryPeriod {
		if (year < 2000 || year > 2099 || half < 0 || half > 2) {
			throw invalid(year + " " + half);
		}
	}

	/**
	 * The period as written in addresses and forms.
	 * @throws RuleViolationException ({@code worksummary.period.invalid}) for anything
	 * else: null, blank, spaces, lower case, quarters, a third half, other years
	 */
	public static SummaryPeriod parse(String text) {
		if (text == null || text.length() > 6) {
			throw invalid((text == null) ? "null" : text.length() + " characters");
		}
		Matcher m = FORM.matcher(text);
		if (!m.matches()) {
			throw invalid("not a period");
		}
		int year = Integer.parseInt(m.group(1));
		return new SummaryPeriod(year, (m.group(2) == null) ? 0 : Integer.parseInt(m.group(2)));
	}

	/** Whether the period is a half-year. */
	public boolean halfYear() {
		return this.half != 0;
	}

	/** {@code 2026H1} or {@code 2026}. */
	public String code() {
		return this.halfYear() ? this.year + "H" + this.half : String.valueOf(this.year);
	}

	/** The first day. */
	public LocalDate first() {
		return LocalDate.of(this.year, (this.half == 2) ? 7 : 1, 1);
	}

	/** The last day, included. */
	public LocalDate last() {
		return LocalDate.of(this.year, (this.half == 1) ? 6 : 12, (this.half == 1) ? 30 : 31);
	}

	@Override
	public String toString() {
		return code();
	}

	private static RuleViolationException invalid(String detail) {
		return new RuleViolationException("worksummary.period.invalid", "Invalid summary period: " + detail);
	}

}
