package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gongkai.annualreport.rules.Table3;
import org.gongkai.annualreport.rules.Table4;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Draws tables 二, 三 and 四 in the official layout (国办公开办函〔2021〕30号) with the row and
 * column labels of the official format (docs/legal-rules.md, Annual report) from the
 * message bundle. A figure not entered shows as a dash.
 */
@Component
public class ReportLayout {

	private final MessageSource messages;

	ReportLayout(MessageSource messages) {
		this.messages = messages;
	}

	/** The three tables, in report order. */
	public List<ReportGrid> grids(ReportFigures figures) {
		return List.of(table2(figures.table2()), table3(figures.table3()), table4(figures.table4()));
	}

	/** The six section titles, 一 to 六. */
	public List<String> sectionTitles() {
		List<String> titles = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			titles.add(m("annualreport.section." + i));
		}
		return titles;
	}

	/** The document title, e.g. 某某县人民政府2025年政府信息公开工作年度报告. */
	public String title(String agencyName, int year) {
		return m("annualreport.document.title", agencyName, String.valueOf(year));
	}

	/** Each changed cell of a correction as a line: 表三“一、本年新收…”自然人：3 → 4. */
	public List<String> describe(CorrectionView correction) {
		List<String> lines = new ArrayList<>();
		for (CellChange change : correction.changes()) {
			String row;
			String column;
			switch (change.table()) {
				case 2 -> {
					row = m("annualreport.t2.row." + change.row());
					column = change.row().endsWith("document") || change.row().equals("regulation")
							? m("annualreport.t2.col." + change.column()) : "";
				}
				case 3 -> {
					row = m("annualreport.t3.row." + change.row());
					column = m("annualreport.t3.col." + Table3.COLUMNS.get(change.column()));
				}
				default -> {
					row = m("annualreport.t4.row." + change.row());
					column = m("annualreport.t4.col." + Table4.COLUMNS.get(change.column()));
				}
			}
			String cell = m("annualreport.correction.cell", m("annualreport.table." + change.table()), row, column);
			lines.add(m("annualreport.public.corrections.row", cell, change.frozen(), change.now()));
		}
		return lines;
	}

	ReportGrid table2(Table2 t) {
		List<List<ReportGrid.Cell>> rows = new ArrayList<>();
		rows.add(List.of(col(m("annualreport.t2.item.1"), 1, 4)));
		rows.add(List.of(col(m("annualreport.t2.content"), 1, 1), col(m("annualreport.t2.issued"), 1, 1),
				col(m("annualreport.t2.repealed"), 1, 1), col(m("annualreport.t2.in-force"), 1, 1)));
		rows.add(List.of(row(m("annualreport.t2.row.regulation"), 1, 1), fig(t.regulations().issued()),
				fig(t.regulations().repealed()), fig(t.regulations().inForce())));
		rows.add(List.of(row(m("annualreport.t2.row.normative_document"), 1, 1), fig(t.normativeDocuments().issued()),
				fig(t.normativeDocuments().repealed()), fig(t.normativeDocuments().inForce())));
		rows.add(List.of(col(m("annualreport.t2.item.5"), 1, 4)));
		rows.add(List.of(col(m("annualreport.t2.content"), 1, 3), col(m("annualreport.t2.decisions"), 1, 1)));
		rows.add(List.of(row(m("annualreport.t2.row.licensing"), 1, 3), fig(t.licensing())));
		rows.add(List.of(col(m("annualreport.t2.item.6"), 1, 4)));
		rows.add(List.of(col(m("annualreport.t2.content"), 1, 3), col(m("annualreport.t2.decisions"), 1, 1)));
		rows.add(List.of(row(m("annualreport.t2.row.penalty"), 1, 3), fig(t.penalties())));
		rows.add(List.of(row(m("annualreport.t2.row.enforcement"), 1, 3), fig(t.enforcement())));
		rows.add(List.of(col(m("annualreport.t2.item.8"), 1, 4)));
		rows.add(List.of(col(m("annualreport.t2.content"), 1, 3), col(m("annualreport.t2.fees"), 1, 1)));
		rows.add(List.of(row(m("annualreport.t2.row.fees"), 1, 3), fig(t.feesWan())));
		return new ReportGrid("table2", m("annualreport.t2.caption"), 4, 0, rows);
	}

	ReportGrid table3(Table3 t) {
		List<List<ReportGrid.Cell>> rows = new ArrayList<>();
		rows.add(List.of(col(m("annualreport.t3.corner"), 3, 3), col(m("annualreport.t3.applicants"), 1, 7)));
		rows.add(List.of(col(m("annualreport.t3.col.natural"), 2, 1), col(m("annualreport.t3.legal-persons"), 1, 5),
				col(m("annualreport.t3.col.total"), 2, 1)));
		List<ReportGrid.Cell> types = new ArrayList<>();
		for (String column : Table3.COLUMNS.subList(1, 6)) {
			types.add(col(m("annualreport.t3.col." + column), 1, 1));
		}
		rows.add(types);
		rows.add(figures(t, "1", row(m("annualreport.t3.row.1"), 1, 3)));
		rows.add(figures(t, "2", row(m("annualreport.t3.row.2"), 1, 3)));
		String group = null;
		for (String key : Table3.ROWS.subList(2, 24)) {
			List<ReportGrid.Cell> cells = new ArrayList<>();
			if (key.equals("3.1")) {
				cells.add(row(m("annualreport.t3.row.3"), 22, 1));
			}
			String[] parts = key.split("\\.");
			if (parts.length == 3) {
				String parent = parts[0] + "." + parts[1];
				if (!parent.equals(group)) {
					group = parent;
					long size = Table3.ROWS.stream().filter((r) -> r.startsWith(parent + ".")).count();
					cells.add(row(m("annualreport.t3.row." + parent), (int) size, 1));
				}
				cells.add(row(m("annualreport.t3.row." + key), 1, 1));
			}
			else {
				group = null;
				cells.add(row(m("annualreport.t3.row." + key), 1, 2));
			}
			rows.add(figures(t, key, cells.toArray(ReportGrid.Cell[]::new)));
		}
		rows.add(figures(t, "4", row(m("annualreport.t3.row.4"), 1, 3)));
		return new ReportGrid("table3", m("annualreport.t3.caption"), 10, 3, rows);
	}

	ReportGrid table4(Table4 t) {
		List<List<ReportGrid.Cell>> rows = new ArrayList<>();
		rows.add(List.of(col(m("annualreport.t4.reconsideration"), 1, 5), col(m("annualreport.t4.lawsuit"), 1, 10)));
		List<ReportGrid.Cell> second = new ArrayList<>();
		for (String column : Table4.COLUMNS) {
			second.add(col(m("annualreport.t4.col." + column), 2, 1));
		}
		second.add(col(m("annualreport.t4.row.lawsuit_direct"), 1, 5));
		second.add(col(m("annualreport.t4.row.lawsuit_after_reconsideration"), 1, 5));
		rows.add(second);
		List<ReportGrid.Cell> third = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			for (String column : Table4.COLUMNS) {
				third.add(col(m("annualreport.t4.col." + column), 1, 1));
			}
		}
		rows.add(third);
		List<ReportGrid.Cell> numbers = new ArrayList<>();
		for (String row : Table4.ROWS) {
			for (int c = 0; c < Table4.COLUMNS.size(); c++) {
				numbers.add(fig(t.cell(row, c)));
			}
		}
		rows.add(numbers);
		return new ReportGrid("table4", m("annualreport.t4.caption"), 15, 3, rows);
	}

	private static List<ReportGrid.Cell> figures(Table3 t, String key, ReportGrid.Cell... labels) {
		List<ReportGrid.Cell> cells = new ArrayList<>(List.of(labels));
		for (int c = 0; c < Table3.COLUMNS.size(); c++) {
			cells.add(fig(t.cell(key, c)));
		}
		return cells;
	}

	private static ReportGrid.Cell col(String text, int rowspan, int colspan) {
		return new ReportGrid.Cell(text, rowspan, colspan, "col");
	}

	private static ReportGrid.Cell row(String text, int rowspan, int colspan) {
		return new ReportGrid.Cell(text, rowspan, colspan, "row");
	}

	private static ReportGrid.Cell fig(Object value) {
		String text;
		if (value == null) {
			text = "—";
		}
		else if (value instanceof BigDecimal d) {
			text = d.setScale(Math.max(2, Math.min(4, d.stripTrailingZeros().scale())), java.math.RoundingMode.HALF_UP)
				.toPlainString();
		}
		else {
			text = value.toString();
		}
		return new ReportGrid.Cell(text, 1, 1, null);
	}

	String m(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.CHINA);
	}

}
