package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Table 二 (主动公开政府信息情况): art. 20(1) regulations (规章) and normative documents (行政规范性文件)
 * issued, repealed and in force at year end, counted from publications; art. 20(5) 行政许可,
 * art. 20(6) 行政处罚 and 行政强制 decisions, and art. 20(8) 行政事业性收费 in 万元, entered by the office
 * ({@code null} while not entered).
 *
 * @param regulations issued, repealed, in force
 * @param normativeDocuments issued, repealed, in force
 * @param licensing 行政许可 本年处理决定数量, or {@code null}
 * @param penalties 行政处罚 本年处理决定数量, or {@code null}
 * @param enforcement 行政强制 本年处理决定数量, or {@code null}
 * @param feesWan 行政事业性收费 本年收费金额（万元）, or {@code null}
 */
public record Table2(Counted regulations, Counted normativeDocuments, Long licensing, Long penalties, Long enforcement,
		BigDecimal feesWan) {

	/** The API's row keys (and the frozen cells'). */
	public static final List<String> ROWS = List.of("regulation", "normative_document", "licensing", "penalty",
			"enforcement", "fees");

	/**
	 * Issued, repealed and in-force counts of one kind of document.
	 *
	 * @param issued 本年制发件数
	 * @param repealed 本年废止件数
	 * @param inForce 现行有效件数
	 */
	public record Counted(long issued, long repealed, long inForce) {

		public static final Counted ZERO = new Counted(0, 0, 0);

		Counted plus(Counted other) {
			return new Counted(this.issued + other.issued, this.repealed + other.repealed,
					this.inForce + other.inForce);
		}

	}

	/** Whether the office has entered all four figures. */
	public boolean entered() {
		return this.licensing != null && this.penalties != null && this.enforcement != null && this.feesWan != null;
	}

	/**
	 * The rows as the API answers them: {@code regulation} and {@code normative_document}
	 * as {@code {issued, repealed, in_force}}, the three decision rows as
	 * {@code {decisions}}, {@code fees} as {@code {amount_wan}}; a figure not entered is
	 * {@code null}.
	 */
	public Map<String, Map<String, Object>> rows() {
		Map<String, Map<String, Object>> out = new LinkedHashMap<>();
		out.put("regulation", counted(this.regulations));
		out.put("normative_document", counted(this.normativeDocuments));
		out.put("licensing", single("decisions", this.licensing));
		out.put("penalty", single("decisions", this.penalties));
		out.put("enforcement", single("decisions", this.enforcement));
		out.put("fees", single("amount_wan", this.feesWan));
		return Collections.unmodifiableMap(out);
	}

	/**
	 * The sum with {@code other}; an entry is summed over the agencies that entered it.
	 */
	public Table2 plus(Table2 other) {
		return new Table2(this.regulations.plus(other.regulations),
				this.normativeDocuments.plus(other.normativeDocuments), add(this.licensing, other.licensing),
				add(this.penalties, other.penalties), add(this.enforcement, other.enforcement), (this.feesWan == null)
						? other.feesWan : (other.feesWan == null) ? this.feesWan : this.feesWan.add(other.feesWan));
	}

	/** An empty table (nothing counted, nothing entered). */
	public static Table2 empty() {
		return new Table2(Counted.ZERO, Counted.ZERO, null, null, null, null);
	}

	private static Long add(Long a, Long b) {
		return (a == null) ? b : (b == null) ? a : Long.valueOf(a + b);
	}

	private static Map<String, Object> counted(Counted counted) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("issued", counted.issued());
		row.put("repealed", counted.repealed());
		row.put("in_force", counted.inForce());
		return row;
	}

	private static Map<String, Object> single(String key, Object value) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put(key, value);
		return row;
	}

	/** The numbers of one row for the documents, in column order (nulls kept). */
	public List<Object> cells(String row) {
		return new ArrayList<>(rows().get(row).values());
	}

}
