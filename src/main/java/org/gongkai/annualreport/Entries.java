package org.gongkai.annualreport;

import java.math.BigDecimal;

/**
 * What the office enters: the figures of table 二 no record in the system holds, and last
 * year's row 四 when last year's report was made outside the system.
 *
 * @param licensing 行政许可 decisions in the year, or {@code null} while not entered
 * @param penalties 行政处罚 decisions, or {@code null}
 * @param enforcement 行政强制 decisions, or {@code null}
 * @param feesWan 行政事业性收费 in 万元 (at most 4 decimals), or {@code null}
 * @param priorCarryOut last year's row 四, 7 numbers (six columns and 总计), or {@code null}
 */
public record Entries(Long licensing, Long penalties, Long enforcement, BigDecimal feesWan, long[] priorCarryOut) {

	public static final Entries NONE = new Entries(null, null, null, null, null);

}
