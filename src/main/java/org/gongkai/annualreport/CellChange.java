package org.gongkai.annualreport;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One figure of a published table that the records no longer give.
 *
 * @param table 2, 3 or 4
 * @param row the row key (as in the API)
 * @param column the column index
 * @param frozen the published figure
 * @param now the figure the records give now
 */
public record CellChange(int table, String row, int column, String frozen, String now) {

	/**
	 * The changes as stored: {@code table|row|column|frozen|now} joined by {@code ;}, at
	 * most 4000 chars.
	 */
	static String encode(List<CellChange> changes) {
		String text = changes.stream()
			.map((c) -> c.table() + "|" + c.row() + "|" + c.column() + "|" + c.frozen() + "|" + c.now())
			.collect(Collectors.joining(";"));
		return (text.length() > 4000) ? text.substring(0, text.lastIndexOf(';', 4000)) : text;
	}

	/** The changes read back from {@link #encode}; malformed entries are skipped. */
	static List<CellChange> decode(String changes) {
		List<CellChange> out = new ArrayList<>();
		if (changes == null || changes.isEmpty()) {
			return out;
		}
		for (String entry : changes.split(";")) {
			String[] p = entry.split("\\|");
			if (p.length == 5) {
				out.add(new CellChange(Integer.parseInt(p[0]), p[1], Integer.parseInt(p[2]), p[3], p[4]));
			}
		}
		return out;
	}

}
