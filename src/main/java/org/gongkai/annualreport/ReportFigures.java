package org.gongkai.annualreport;

import org.gongkai.annualreport.rules.Table3;
import org.gongkai.annualreport.rules.Table4;

/**
 * The three tables of one report (or of a roll-up).
 *
 * @param table2 主动公开政府信息情况
 * @param table3 收到和处理政府信息公开申请情况
 * @param table4 政府信息公开行政复议、行政诉讼情况
 */
public record ReportFigures(Table2 table2, Table3 table3, Table4 table4) {

	/** Nothing counted, nothing entered. */
	public static ReportFigures empty() {
		return new ReportFigures(Table2.empty(), Table3.of(null), Table4.of(null));
	}

	/** The cell-by-cell sum (a county roll-up). */
	public ReportFigures plus(ReportFigures other) {
		return new ReportFigures(this.table2.plus(other.table2), this.table3.plus(other.table3),
				this.table4.plus(other.table4));
	}

}
