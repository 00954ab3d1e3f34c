package org.gongkai.annualreport.rules;

import java.util.HashMap;
import java.util.Map;

import org.gongkai.request.AppealCounts;
import org.gongkai.request.AppealKind;
import org.gongkai.request.AppealResult;

/**
 * How table 四 is counted (docs/legal-rules.md, Annual report; 国办公开办函〔2021〕30号): one row
 * each for reconsiderations, lawsuits filed directly and lawsuits after reconsideration,
 * counted by filing year; the columns 维持, 纠正, 其他, 尚未审结 and their 总计. Plain Java.
 */
public final class Table4Counting {

	private static final AppealKind[] KINDS = { AppealKind.RECONSIDERATION, AppealKind.LAWSUIT,
			AppealKind.LAWSUIT_AFTER_RECONSIDERATION };

	private static final AppealResult[] RESULTS = { AppealResult.UPHELD, AppealResult.CORRECTED, AppealResult.OTHER,
			AppealResult.PENDING };

	private Table4Counting() {
	}

	/**
	 * Table 四 of these counts with its totals.
	 * @param counts the appeals of one agency and year, or {@code null} for none
	 */
	public static Table4 of(AppealCounts counts) {
		Map<String, long[]> rows = new HashMap<>();
		for (int k = 0; k < KINDS.length; k++) {
			long[] row = new long[Table4.COLUMNS.size()];
			for (int r = 0; r < RESULTS.length; r++) {
				row[r] = (counts != null) ? counts.count(KINDS[k], RESULTS[r]) : 0;
				row[Table4.TOTAL] += row[r];
			}
			rows.put(Table4.ROWS.get(k), row);
		}
		return Table4.of(rows);
	}

}
