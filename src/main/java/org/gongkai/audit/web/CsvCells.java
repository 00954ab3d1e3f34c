package org.gongkai.audit.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writing CSV rows (RFC 4180) that a spreadsheet opens as text: cells are quoted when
 * they hold a separator, quote or line break, and a cell a spreadsheet would take for a
 * formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading
 * apostrophe, so an entry's text never runs as a formula (CSV injection).
 */
final class CsvCells {

	private CsvCells() {
	}

	static void row(Writer out, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(cell(cells.get(i)));
		}
		out.write("\r\n");
	}

	static String cell(String value) {
		String text = (value != null) ? value : "";
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
