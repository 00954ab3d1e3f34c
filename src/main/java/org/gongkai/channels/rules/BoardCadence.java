package org.gongkai.channels.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How often a board (公开栏) must be updated, and which periods of a span it went without a
 * posting (docs/legal-rules.md, Channels): the Regulations (art. 24) make boards one of
 * the places where the public reads disclosed information, and offices check that "公开栏
 * 每月更新" holds. A period counts as updated when something was posted on a day inside it;
 * what stays up from an earlier period does not count again.
 */
public enum BoardCadence {

	/** Every calendar month (the default, {@code gongkai.channels.board-cadence}). */
	MONTHLY(1),

	/** Every calendar quarter (January, April, July, October start one). */
	QUARTERLY(3);

	private final int months;

	BoardCadence(int months) {
		this.months = months;
	}

	/** The length of a period in months. */
	public int months() {
		return this.months;
	}

	/** The first month of the period holding {@code month}. */
	public YearMonth periodOf(YearMonth month) {
		int index = (month.getMonthValue() - 1) / this.months * this.months;
		return YearMonth.of(month.getYear(), index + 1);
	}

	/** Whether a posting was posted within the period holding {@code month}. */
	public boolean updated(Collection<LocalDate> postedOn, YearMonth month) {
		YearMonth period = periodOf(month);
		for (LocalDate day : postedOn) {
			if (periodOf(YearMonth.from(day)).equals(period)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The periods from the one holding {@code from} to the one holding {@code to}, both
	 * included, in which nothing was posted, each named by its first month, oldest first;
	 * empty when {@code to} is before {@code from}.
	 */
	public List<YearMonth> missing(Collection<LocalDate> postedOn, YearMonth from, YearMonth to) {
		List<YearMonth> out = new ArrayList<>();
		YearMonth last = periodOf(to);
		for (YearMonth period = periodOf(from); !period.isAfter(last); period = period.plusMonths(this.months)) {
			if (!updated(postedOn, period)) {
				out.add(period);
			}
		}
		return out;
	}

}
