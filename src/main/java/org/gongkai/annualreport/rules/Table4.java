package org.gongkai.annualreport.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Table 四 (政府信息公开行政复议、行政诉讼情况): reconsiderations, direct lawsuits and lawsuits after
 * reconsideration, each by 结果维持, 结果纠正, 其他结果, 尚未审结 and 总计. Immutable.
 */
public final class Table4 {

	/** The column keys. */
	public static final List<String> COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");

	/** The row keys: 行政复议, 行政诉讼 未经复议直接起诉, 行政诉讼 复议后起诉. */
	public static final List<String> ROWS = List.of("reconsideration", "lawsuit_direct",
			"lawsuit_after_reconsideration");

	/** The index of the 总计 column. */
	public static final int TOTAL = 4;

	private final Map<String, long[]> rows;

	private Table4(Map<String, long[]> rows) {
		this.rows = rows;
	}

	/** The table with these cells as given; missing rows are zero. */
	public static Table4 of(Map<String, long[]> cells) {
		return new Table4(TableRows.of(ROWS, COLUMNS.size(), cells));
	}

	public long cell(String row, int column) {
		return this.rows.get(row)[column];
	}

	public List<Long> row(String row) {
		return java.util.Arrays.stream(this.rows.get(row)).boxed().toList();
	}

	/** Every row in table order, as the API answers it. */
	public Map<String, List<Long>> rows() {
		Map<String, List<Long>> out = new LinkedHashMap<>();
		for (String key : ROWS) {
			out.put(key, row(key));
		}
		return Collections.unmodifiableMap(out);
	}

	/** The cells summed with {@code other}'s. */
	public Table4 plus(Table4 other) {
		Map<String, long[]> sum = new LinkedHashMap<>();
		for (String key : ROWS) {
			long[] row = new long[COLUMNS.size()];
			for (int c = 0; c < row.length; c++) {
				row[c] = cell(key, c) + other.cell(key, c);
			}
			sum.put(key, row);
		}
		return new Table4(sum);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Table4 t && rows().equals(t.rows());
	}

	@Override
	public int hashCode() {
		return rows().hashCode();
	}

	@Override
	public String toString() {
		return "Table4" + rows();
	}

}
