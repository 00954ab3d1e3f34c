package org.gongkai.annualreport.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of a numeric report table, in their official order. */
final class TableRows {

	private TableRows() {
	}

	/**
	 * A row of {@code width} numbers for every key, in the order of {@code keys}: the
	 * given row's numbers where there is one (extra numbers dropped), zero elsewhere.
	 * @param given row key to numbers, or {@code null} for an empty table
	 */
	static Map<String, long[]> of(List<String> keys, int width, Map<String, long[]> given) {
		Map<String, long[]> rows = new LinkedHashMap<>();
		for (String key : keys) {
			long[] cells = (given != null) ? given.get(key) : null;
			long[] row = new long[width];
			if (cells != null) {
				System.arraycopy(cells, 0, row, 0, Math.min(cells.length, row.length));
			}
			rows.put(key, row);
		}
		return rows;
	}

}
