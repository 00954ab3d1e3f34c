package org.gongkai.annualreport.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Table 三 (收到和处理政府信息公开申请情况): 25 rows by 7 columns, every cell a count. Immutable.
 */
public final class Table3 {

	/** The column keys: the six applicant types, then 总计. */
	public static final List<String> COLUMNS = List.of("natural", "commercial", "research", "public_interest",
			"legal_service", "other", "total");

	/** The index of the 总计 column. */
	public static final int TOTAL = 6;

	/**
	 * The row keys in table order: 一, 二, the 21 result rows of 三 ((一)…(六) with their
	 * sub-items, the outcome codes of the request module), (七) total, 四.
	 */
	public static final List<String> ROWS = List.of("1", "2", "3.1", "3.2", "3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5",
			"3.3.6", "3.3.7", "3.3.8", "3.4.1", "3.4.2", "3.4.3", "3.5.1", "3.5.2", "3.5.3", "3.5.4", "3.5.5", "3.6.1",
			"3.6.2", "3.6.3", "3.7", "4");

	/** The 21 leaf result rows whose sum is (七). */
	public static final List<String> RESULT_ROWS = ROWS.subList(2, 23);

	private final Map<String, long[]> rows;

	private Table3(Map<String, long[]> rows) {
		this.rows = rows;
	}

	/**
	 * The table with these cells as given, totals included (so that a table read back
	 * from storage is checked, not repaired).
	 * @param cells row key to 7 numbers; missing rows are zero
	 */
	public static Table3 of(Map<String, long[]> cells) {
		return new Table3(TableRows.of(ROWS, COLUMNS.size(), cells));
	}

	/** An empty table to add to. */
	public static Map<String, long[]> blank() {
		return TableRows.of(ROWS, COLUMNS.size(), null);
	}

	/** The count in {@code row}, column {@code column} (0–6). */
	public long cell(String row, int column) {
		long[] cells = this.rows.get(row);
		if (cells == null) {
			throw new IllegalArgumentException("No row " + row);
		}
		return cells[column];
	}

	/** The row's seven numbers. */
	public List<Long> row(String row) {
		long[] cells = this.rows.get(row);
		if (cells == null) {
			throw new IllegalArgumentException("No row " + row);
		}
		return java.util.Arrays.stream(cells).boxed().toList();
	}

	/** Every row in table order, as the API answers it. */
	public Map<String, List<Long>> rows() {
		Map<String, List<Long>> out = new LinkedHashMap<>();
		for (String key : ROWS) {
			out.put(key, row(key));
		}
		return Collections.unmodifiableMap(out);
	}

	/** The cells summed with {@code other}'s, cell by cell. */
	public Table3 plus(Table3 other) {
		Map<String, long[]> sum = blank();
		for (String key : ROWS) {
			for (int c = 0; c < COLUMNS.size(); c++) {
				sum.get(key)[c] = cell(key, c) + other.cell(key, c);
			}
		}
		return new Table3(sum);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Table3 t && rows().equals(t.rows());
	}

	@Override
	public int hashCode() {
		return rows().hashCode();
	}

	@Override
	public String toString() {
		return "Table3" + rows();
	}

}
