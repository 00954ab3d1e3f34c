package org.gongkai.annualreport.rules;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.gongkai.request.CaseYearCount;

/**
 * How table 三 is counted from the cases of one year (docs/legal-rules.md, Annual report;
 * 国办公开办函〔2021〕30号): in the applicant column fixed at receipt, row 一 counts the cases
 * received in the year, row 二 those received earlier and open on 1 January, the row of
 * each case's outcome those closed in the year, row 四 those open on 31 December; (七) is
 * the sum of the 21 result rows and 总计 the sum of the six applicant columns. Which cases
 * fall in which field is the request module's count ({@link CaseYearCount}); this class
 * adds them up. Plain Java.
 */
public final class Table3Counting {

	private Table3Counting() {
	}

	/**
	 * Table 三 of every agency from the counts of its cases.
	 * @param agencyIds the agencies; each gets a table, blank when it has no counts
	 * @param counts the counts of one year, of these agencies (others are ignored)
	 */
	public static Map<Long, Table3> byAgency(Collection<Long> agencyIds, Collection<CaseYearCount> counts) {
		Map<Long, Map<String, long[]>> cases = new HashMap<>();
		for (CaseYearCount count : counts) {
			Map<String, long[]> rows = cases.computeIfAbsent(count.agencyId(), (a) -> Table3.blank());
			int column = count.applicantType().ordinal();
			rows.get("1")[column] += count.received();
			rows.get("2")[column] += count.carriedIn();
			rows.get("4")[column] += count.carriedOut();
			if (count.closed() > 0 && count.outcome() != null) {
				rows.get(count.outcome().row())[column] += count.closed();
			}
		}
		Map<Long, Table3> tables = new HashMap<>();
		for (Long agency : agencyIds) {
			tables.put(agency, withTotals(cases.getOrDefault(agency, Table3.blank())));
		}
		return tables;
	}

	/**
	 * The table with its totals added: (七) as the sum of the result rows, 总计 as the sum
	 * of the six applicant columns; whatever the totals held is replaced.
	 * @param rows every row of {@link Table3#ROWS}, 7 numbers each; the arrays are
	 * changed
	 */
	public static Table3 withTotals(Map<String, long[]> rows) {
		long[] total = rows.get("3.7");
		Arrays.fill(total, 0);
		for (String row : Table3.RESULT_ROWS) {
			for (int c = 0; c < Table3.TOTAL; c++) {
				total[c] += rows.get(row)[c];
			}
		}
		for (long[] row : rows.values()) {
			long sum = 0;
			for (int c = 0; c < Table3.TOTAL; c++) {
				sum += row[c];
			}
			row[Table3.TOTAL] = sum;
		}
		return Table3.of(rows);
	}

}
