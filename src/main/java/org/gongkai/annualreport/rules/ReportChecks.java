package org.gongkai.annualreport.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks an official reviewer applies before a report is published
 * (docs/legal-rules.md, Annual report; 国办公开办函〔2021〕30号): for every column of table 三 一 +
 * 二 = (七) + 四 and (七) = the sum of (一)…(六) with all sub-items; for every row 总计 = the six
 * applicant columns; in table 四 each 总计 = its four results; row 二 = last year's row 四 (a
 * warning when last year's report was made outside the system and nobody entered its row
 * 四). Plain Java: the tables are checked as given, so stored figures are checked, not
 * repaired.
 */
public final class ReportChecks {

	public static final String BALANCE = "table3.balance";

	public static final String RESULTS_TOTAL = "table3.results-total";

	public static final String COLUMN_TOTAL = "table3.column-total";

	public static final String APPEAL_TOTALS = "table4.totals";

	public static final String CARRY_IN = "table3.carry-in";

	private ReportChecks() {
	}

	/** Where last year's row 四 comes from. */
	public enum PriorSource {

		/** Last year's report, published in the system (its frozen table). */
		PUBLISHED,

		/** Entered by the office from a report made outside the system. */
		ENTERED,

		/** Neither: row 二 cannot be compared. */
		NONE

	}

	/** Last year's row 四 and where it comes from; {@code carryOut} null for NONE. */
	public record Prior(PriorSource source, long[] carryOut) {

		public static final Prior NONE = new Prior(PriorSource.NONE, null);

	}

	/** A check's outcome with the message key and arguments of its detail. */
	public record Finding(String rule, boolean ok, boolean warning, String key, Object... arguments) {

	}

	/**
	 * Runs every check on the tables as given.
	 * @return the findings in a fixed order: balance, results total, column total, appeal
	 * totals, carry-in
	 */
	public static List<Finding> run(Table3 t3, Table4 t4, Prior prior) {
		List<Finding> findings = new ArrayList<>();
		List<String> unbalanced = new ArrayList<>();
		List<String> resultsOff = new ArrayList<>();
		for (int c = 0; c < Table3.COLUMNS.size(); c++) {
			if (t3.cell("1", c) + t3.cell("2", c) != t3.cell("3.7", c) + t3.cell("4", c)) {
				unbalanced.add(Table3.COLUMNS.get(c));
			}
			long sum = 0;
			for (String row : Table3.RESULT_ROWS) {
				sum += t3.cell(row, c);
			}
			if (sum != t3.cell("3.7", c)) {
				resultsOff.add(Table3.COLUMNS.get(c));
			}
		}
		findings.add(finding(BALANCE, unbalanced, "column"));
		findings.add(finding(RESULTS_TOTAL, resultsOff, "column"));
		List<String> rowsOff = new ArrayList<>();
		for (String row : Table3.ROWS) {
			long sum = 0;
			for (int c = 0; c < Table3.TOTAL; c++) {
				sum += t3.cell(row, c);
			}
			if (sum != t3.cell(row, Table3.TOTAL)) {
				rowsOff.add(row);
			}
		}
		findings.add(finding(COLUMN_TOTAL, rowsOff, "row"));
		List<String> appealsOff = new ArrayList<>();
		for (String row : Table4.ROWS) {
			long sum = 0;
			for (int c = 0; c < Table4.TOTAL; c++) {
				sum += t4.cell(row, c);
			}
			if (sum != t4.cell(row, Table4.TOTAL)) {
				appealsOff.add(row);
			}
		}
		findings.add(finding(APPEAL_TOTALS, appealsOff, "t4row"));
		findings.add(carryIn(t3, prior));
		return findings;
	}

	private static Finding carryIn(Table3 t3, Prior prior) {
		if (prior.source() == PriorSource.NONE) {
			return new Finding(CARRY_IN, true, true, "annualreport.check." + CARRY_IN + ".unknown");
		}
		List<String> off = new ArrayList<>();
		StringBuilder expected = new StringBuilder();
		for (int c = 0; c < Table3.COLUMNS.size(); c++) {
			long last = (c < prior.carryOut().length) ? prior.carryOut()[c] : 0;
			if (t3.cell("2", c) != last) {
				off.add(Table3.COLUMNS.get(c));
			}
			expected.append((c > 0) ? " / " : "").append(last);
		}
		String source = prior.source().name().toLowerCase(java.util.Locale.ROOT);
		if (off.isEmpty()) {
			return new Finding(CARRY_IN, true, false, "annualreport.check." + CARRY_IN + ".ok." + source,
					expected.toString());
		}
		return new Finding(CARRY_IN, false, false, "annualreport.check." + CARRY_IN + ".failed." + source, "column",
				off, expected.toString());
	}

	/**
	 * A failing finding's first two arguments are the kind of item ({@code column},
	 * {@code row}, {@code t4row}) and the failing items' keys, which the service turns
	 * into their labels.
	 */
	private static Finding finding(String rule, List<String> failing, String kind) {
		if (failing.isEmpty()) {
			return new Finding(rule, true, false, "annualreport.check." + rule + ".ok");
		}
		return new Finding(rule, false, false, "annualreport.check." + rule + ".failed", kind, failing);
	}

}
