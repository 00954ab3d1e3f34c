package org.gongkai.mailbox.letter;

import java.time.YearMonth;

import org.gongkai.mailbox.rules.ReplyRates;

/**
 * Reply figures of one agency, for one month of receipt or in total.
 *
 * @param month the month letters were received in, {@code null} for a total
 * @param received letters received
 * @param answered of those, answered (replied or turned into a request case)
 * @param onTime of those answered, answered by their deadline
 * @param averageDays mean working days from receipt to answer, {@code null} if none
 * @param rated replies the writers rated
 * @param satisfied of those, rated satisfied or basically satisfied
 */
public record ReplyFigures(long agencyId, String agencyName, YearMonth month, long received, long answered, long onTime,
		Double averageDays, long rated, long satisfied) {

	/** Answered per received, in whole percent (0 when nothing was received). */
	public int replyRate() {
		return ReplyRates.percent(this.answered, this.received);
	}

	/**
	 * Answered per received, in percent to one decimal, rounded half up (「96.8」);
	 * {@code null} when nothing was received (the pages say 暂无来信, never 0 %).
	 */
	public String replyShare() {
		return ReplyRates.share(this.answered, this.received);
	}

	/**
	 * Answered per received, in tenths of a percent (0 when nothing was received): a
	 * bar's length.
	 */
	public long replyTenths() {
		return ReplyRates.tenths(this.answered, this.received);
	}

	/** Answered on time per answered, in whole percent. */
	public int onTimeRate() {
		return ReplyRates.percent(this.onTime, this.answered);
	}

	/**
	 * Answered on time per answered, in percent to one decimal (「87.5」); {@code null}
	 * when nothing was answered.
	 */
	public String onTimeShare() {
		return ReplyRates.share(this.onTime, this.answered);
	}

	/**
	 * Satisfied per rated, in percent to one decimal; {@code null} when nobody rated (the
	 * pages say 暂无评价, never 0 %).
	 */
	public String satisfactionShare() {
		return ReplyRates.share(this.satisfied, this.rated);
	}

	/** Satisfied per rated, in whole percent. */
	public int satisfaction() {
		return ReplyRates.percent(this.satisfied, this.rated);
	}

}
