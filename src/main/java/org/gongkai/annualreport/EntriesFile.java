package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.platform.CsvText;
import org.gongkai.platform.RuleViolationException;

/**
 * The office's CSV file of the four entered figures of table 二 (docs/legal-rules.md,
 * Annual report): one record per figure, the item ({@code 行政许可} or {@code licensing},
 * {@code 行政处罚} or {@code penalty}, {@code 行政强制} or {@code enforcement}, {@code 行政事业性收费}
 * or {@code fees}) and its value; at most 20 lines. Read with {@link CsvText}, so UTF-8
 * with or without byte-order mark and GB18030 are read alike; a line typed by hand with a
 * full-width comma ({@code 行政许可，12}) is read as two fields. Every refusal is
 * {@code annualreport.entries.import.invalid} with the line number.
 */
final class EntriesFile {

	static final String INVALID = "annualreport.entries.import.invalid";

	private static final int MAX_LINES = 20;

	private EntriesFile() {
	}

	/**
	 * The entries after applying the file to {@code saved}: figures not in the file keep
	 * their saved value.
	 * @param csv the file's bytes, or null for none
	 * @throws RuleViolationException naming the first unreadable line
	 */
	static Entries apply(byte[] csv, Entries saved) {
		List<CsvText.Row> rows;
		try {
			rows = CsvText.read(csv);
		}
		catch (CsvText.Unreadable ex) {
			throw invalid(Math.max(ex.row(), 1));
		}
		if (rows.size() > MAX_LINES || rows.stream().allMatch(CsvText.Row::blank)) {
			throw invalid(1);
		}
		Entries entries = saved;
		for (CsvText.Row row : rows) {
			if (!row.blank()) {
				entries = apply(fields(row), entries, row.number());
			}
		}
		return entries;
	}

	/**
	 * The record's fields without trailing blank ones; a single field is split at
	 * full-width commas.
	 */
	private static List<String> fields(CsvText.Row row) {
		List<String> fields = new ArrayList<>(row.fields());
		while (fields.get(fields.size() - 1).isBlank()) {
			fields.remove(fields.size() - 1);
		}
		return (fields.size() == 1) ? List.of(fields.get(0).split("，", -1)) : fields;
	}

	private static Entries apply(List<String> fields, Entries entries, int line) {
		if (fields.size() != 2) {
			throw invalid(line);
		}
		String item = fields.get(0).strip().replace("\"", "");
		String value = fields.get(1).strip().replace("\"", "");
		try {
			return switch (item) {
				case "行政许可", "licensing" -> new Entries(Long.valueOf(value), entries.penalties(), entries.enforcement(),
						entries.feesWan(), entries.priorCarryOut());
				case "行政处罚", "penalty", "penalties" -> new Entries(entries.licensing(), Long.valueOf(value),
						entries.enforcement(), entries.feesWan(), entries.priorCarryOut());
				case "行政强制", "enforcement" -> new Entries(entries.licensing(), entries.penalties(), Long.valueOf(value),
						entries.feesWan(), entries.priorCarryOut());
				case "行政事业性收费", "fees" -> new Entries(entries.licensing(), entries.penalties(), entries.enforcement(),
						new BigDecimal(value), entries.priorCarryOut());
				default -> throw invalid(line);
			};
		}
		catch (NumberFormatException ex) {
			throw invalid(line);
		}
	}

	private static RuleViolationException invalid(int line) {
		return new RuleViolationException(INVALID, "Bad line " + line, line);
	}

}
