package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.GongkaiTest;
import org.gongkai.account.Role;
import org.gongkai.annualreport.ReportDesk.Office;
import org.gongkai.annualreport.rules.Table3;
import org.gongkai.annualreport.rules.Table4;
import org.gongkai.request.AppealKind;
import org.gongkai.request.AppealResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A year of records built by hand — register cases received in one year and closed in the
 * next, open on 31 December, partial disclosures, abandoned corrections, unpaid fees,
 * appeals of each kind and result, regulations and normative documents issued and
 * repealed — and every cell of tables 二, 三 and 四 compared, through the service and the
 * JSON API.
 */
@GongkaiTest
class AnnualReportCountingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ReportReading reports;

	@Autowired
	ReportWriting writing;

	ReportDesk desk;

	@BeforeEach
	void desk() {
		this.desk = new ReportDesk(this.mvc, this.context);
	}

	/** Row key to the six type columns; 总计 is added as their sum. */
	static Map<String, long[]> expected(Object... rowsAndCells) {
		Map<String, long[]> rows = new LinkedHashMap<>();
		for (String key : Table3.ROWS) {
			rows.put(key, new long[7]);
		}
		for (int i = 0; i < rowsAndCells.length; i += 2) {
			long[] six = (long[]) rowsAndCells[i + 1];
			long[] row = rows.get((String) rowsAndCells[i]);
			long sum = 0;
			for (int c = 0; c < 6; c++) {
				row[c] = six[c];
				sum += six[c];
			}
			row[6] = sum;
		}
		return rows;
	}

	static long[] cells(long... six) {
		return six;
	}

	@Test
	void aHandBuiltYearIsCountedCellByCellWithCarryInAndCarryOutAcrossYears() throws Exception {
		Office office = this.desk.county("年报统计县");
		String a = ReportDesk.number("a");
		String d = ReportDesk.number("d");
		String e = ReportDesk.number("e");
		String h = ReportDesk.number("h");
		String m = ReportDesk.number("m");
		String l = ReportDesk.number("l");
		this.desk.importRows(office,
				// received 2024, closed 2025: row 二 and row 三 of 2025
				ReportDesk.row(a, "自然人", "2024-12-20", "2025-01-10", "3.1"),
				ReportDesk.row(ReportDesk.number("b"), "商业企业", "2024-12-28", "2025-01-15", "3.3.4"),
				// received and closed in 2024: nowhere in 2025
				ReportDesk.row(ReportDesk.number("c"), "自然人", "2024-11-01", "2024-11-20", "3.1"),
				ReportDesk.row(d, "自然人", "2025-03-02", "2025-03-20", "3.1"),
				// partial disclosure
				ReportDesk.row(e, "自然人", "2025-04-01", "2025-04-28", "3.2"),
				// correction not made in time: abandoned
				ReportDesk.row(ReportDesk.number("f"), "科研机构", "2025-05-06", "2025-06-01", "3.6.1"),
				// fee not paid
				ReportDesk.row(ReportDesk.number("g"), "社会公益组织", "2025-07-01", "2025-07-30", "3.6.2"),
				ReportDesk.row(h, "法律服务机构", "2025-08-01", "2025-08-20", "3.4.1"),
				ReportDesk.row(ReportDesk.number("i"), "其他", "2025-09-01", "2025-09-15", "3.5.2"),
				// received 2025, closed 2026: row 一 and row 四 of 2025
				ReportDesk.row(ReportDesk.number("j"), "自然人", "2025-12-20", "2026-01-08", "3.1"),
				// open on 31 December and still open
				ReportDesk.row(ReportDesk.number("k"), "商业企业", "2025-12-30", null, null),
				ReportDesk.row(l, "自然人", "2026-02-01", "2026-02-10", "3.3.1"),
				ReportDesk.row(m, "自然人", "2025-10-10", "2025-10-20", "3.3.8"));
		this.desk.appeal(office, d, AppealKind.RECONSIDERATION, null, "2025-04-10", "2025-05-10", AppealResult.UPHELD);
		long reconsidered = this.desk.appeal(office, e, AppealKind.RECONSIDERATION, null, "2025-05-01", "2025-06-01",
				AppealResult.CORRECTED);
		this.desk.appeal(office, e, AppealKind.LAWSUIT_AFTER_RECONSIDERATION, reconsidered, "2025-06-10", null,
				AppealResult.PENDING);
		this.desk.appeal(office, m, AppealKind.LAWSUIT, null, "2025-11-01", "2025-12-01", AppealResult.OTHER);
		this.desk.appeal(office, h, AppealKind.RECONSIDERATION, null, "2025-09-01", null, AppealResult.PENDING);
		// filed in 2026: not in 2025's table 四
		this.desk.appeal(office, l, AppealKind.LAWSUIT, null, "2026-03-01", "2026-04-01", AppealResult.UPHELD);

		this.desk.publishPolicy(office, "REGULATION", "2025-03-01", "2025-03-05", null);
		this.desk.publishPolicy(office, "NORMATIVE_DOCUMENT", "2024-06-01", "2024-06-10", "2025-08-01");
		this.desk.publishPolicy(office, "NORMATIVE_DOCUMENT", "2025-02-01", "2025-02-10", null);
		this.desk.publishPolicy(office, "NORMATIVE_DOCUMENT", "2024-01-05", "2024-01-10", null);
		// issued in 2026: in no 2025 figure
		this.desk.publishPolicy(office, "REGULATION", "2026-01-05", "2026-01-06", null);
		ReportDesk.doing(office.clerkName(), Role.CLERK, office.id(), () -> this.writing
			.saveEntries(office.creditCode(), 2025, new Entries(120L, 35L, 4L, new BigDecimal("12.5"), null)));

		Map<String, long[]> expected2025 = expected("1", cells(4, 1, 1, 1, 1, 1), "2", cells(1, 1, 0, 0, 0, 0), "3.1",
				cells(2, 0, 0, 0, 0, 0), "3.2", cells(1, 0, 0, 0, 0, 0), "3.3.4", cells(0, 1, 0, 0, 0, 0), "3.3.8",
				cells(1, 0, 0, 0, 0, 0), "3.4.1", cells(0, 0, 0, 0, 1, 0), "3.5.2", cells(0, 0, 0, 0, 0, 1), "3.6.1",
				cells(0, 0, 1, 0, 0, 0), "3.6.2", cells(0, 0, 0, 1, 0, 0), "3.7", cells(4, 1, 1, 1, 1, 1), "4",
				cells(1, 1, 0, 0, 0, 0));
		ReportTables tables = ReportDesk.as(office.clerkName(), Role.CLERK, office.id(),
				() -> this.reports.tables(office.creditCode(), 2025));
		assertThat(tables.figures().table3()).isEqualTo(Table3.of(expected2025));
		for (String row : Table3.ROWS) {
			for (int c = 0; c < 7; c++) {
				assertThat(tables.figures().table3().cell(row, c)).as("row %s column %s", row, Table3.COLUMNS.get(c))
					.isEqualTo(expected2025.get(row)[c]);
			}
		}
		Table4 expectedAppeals = Table4.of(Map.of("reconsideration", new long[] { 1, 1, 0, 1, 3 }, "lawsuit_direct",
				new long[] { 0, 0, 1, 0, 1 }, "lawsuit_after_reconsideration", new long[] { 0, 0, 0, 1, 1 }));
		assertThat(tables.figures().table4()).isEqualTo(expectedAppeals);
		Table2 t2 = tables.figures().table2();
		assertThat(t2.regulations()).isEqualTo(new Table2.Counted(1, 0, 1));
		assertThat(t2.normativeDocuments()).isEqualTo(new Table2.Counted(1, 1, 2));
		assertThat(List.of(t2.licensing(), t2.penalties(), t2.enforcement())).containsExactly(120L, 35L, 4L);
		assertThat(t2.feesWan()).isEqualByComparingTo("12.5");
		// every check passes; last year's report was not made here: a warning only
		assertThat(tables.checks()).extracting(Check::rule)
			.containsExactly("table3.balance", "table3.results-total", "table3.column-total", "table4.totals",
					"table3.carry-in");
		assertThat(tables.checks()).allMatch(Check::ok);
		assertThat(tables.checks().get(4).warning()).isTrue();

		// the same figures through the API, every cell
		String token = org.gongkai.Staff.token(this.mvc, office.clerkName());
		ResultActions json = this.mvc
			.perform(get("/api/v1/admin/agencies/" + office.creditCode() + "/annual-reports/2025/tables")
				.header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.table3.columns").value(org.hamcrest.Matchers.contains("natural", "commercial",
					"research", "public_interest", "legal_service", "other", "total")))
			.andExpect(jsonPath("$.table2.rows.regulation.issued").value(1))
			.andExpect(jsonPath("$.table2.rows.normative_document.repealed").value(1))
			.andExpect(jsonPath("$.table2.rows.normative_document.in_force").value(2))
			.andExpect(jsonPath("$.table2.rows.licensing.decisions").value(120))
			.andExpect(jsonPath("$.table2.rows.fees.amount_wan").value(12.5))
			.andExpect(jsonPath("$.table4.rows.reconsideration").value(org.hamcrest.Matchers.contains(1, 1, 0, 1, 3)))
			.andExpect(jsonPath("$.checks[0].rule").value("table3.balance"))
			.andExpect(jsonPath("$.checks[0].ok").value(true));
		for (String row : Table3.ROWS) {
			for (int c = 0; c < 7; c++) {
				json.andExpect(
						jsonPath("$.table3.rows['" + row + "'][" + c + "]").value((int) expected2025.get(row)[c]));
			}
		}

		// 2024: the carry-out of 2024 is the carry-in of 2025
		ReportTables y2024 = ReportDesk.as(office.clerkName(), Role.CLERK, office.id(),
				() -> this.reports.tables(office.creditCode(), 2024));
		assertThat(y2024.figures().table3().row("4")).isEqualTo(tables.figures().table3().row("2"));
		assertThat(y2024.figures().table3().row("1")).containsExactly(2L, 1L, 0L, 0L, 0L, 0L, 3L);
		assertThat(y2024.figures().table3().row("3.1")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(y2024.figures().table2().normativeDocuments()).isEqualTo(new Table2.Counted(2, 0, 2));
		// 2026 (running): j closed, k still open, l received and closed
		ReportTables y2026 = ReportDesk.as(office.clerkName(), Role.CLERK, office.id(),
				() -> this.reports.tables(office.creditCode(), 2026));
		assertThat(y2026.figures().table3().row("2")).containsExactly(1L, 1L, 0L, 0L, 0L, 0L, 2L);
		assertThat(y2026.figures().table3().row("3.1")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(y2026.figures().table3().row("3.3.1")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(y2026.figures().table3().row("4")).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L);
		assertThat(y2026.figures().table4().row("lawsuit_direct")).containsExactly(1L, 0L, 0L, 0L, 1L);
	}

}
