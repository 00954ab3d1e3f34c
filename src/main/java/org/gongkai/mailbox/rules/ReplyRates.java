package org.gongkai.mailbox.rules;

/**
 * The rates of the reply figures (docs/legal-rules.md, Interaction): shares in whole
 * percent, rounded half up, shares to one decimal for the statistics (shown with their
 * counts), and the mean working days to the answer to one decimal.
 */
public final class ReplyRates {

	private ReplyRates() {
	}

	/** {@code part} per {@code whole} in whole percent, 0 when {@code whole} is 0. */
	public static int percent(long part, long whole) {
		return (whole == 0) ? 0 : (int) Math.round(100.0 * part / whole);
	}

	/**
	 * {@code part} per {@code whole} in percent to one decimal, rounded half up, as text
	 * (「87.5」, 「100.0」); {@code null} when {@code whole} is 0, so that no rate is shown
	 * where there is nothing to rate.
	 */
	public static String share(long part, long whole) {
		if (whole <= 0) {
			return null;
		}
		long tenths = tenths(part, whole);
		return (tenths / 10) + "." + (tenths % 10);
	}

	/**
	 * {@code part} per {@code whole} in tenths of a percent, rounded half up exactly (in
	 * whole numbers, no floating point: 1 of 16 is 6.25 % and gives 63); 0 when
	 * {@code whole} is 0.
	 */
	public static long tenths(long part, long whole) {
		if (whole <= 0 || part <= 0) {
			return 0;
		}
		return (2000 * part + whole) / (2 * whole);
	}

	/**
	 * The mean of {@code days} over {@code answered} letters, to one decimal;
	 * {@code null} when none was answered.
	 */
	public static Double averageDays(long days, long answered) {
		return (answered == 0) ? null : Math.round(10.0 * days / answered) / 10.0;
	}

}
