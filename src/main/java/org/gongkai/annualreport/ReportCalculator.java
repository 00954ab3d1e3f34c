package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.annualreport.rules.Table3;
import org.gongkai.annualreport.rules.Table3Counting;
import org.gongkai.annualreport.rules.Table4;
import org.gongkai.annualreport.rules.Table4Counting;
import org.gongkai.publication.Genre;
import org.gongkai.publication.PolicyDocumentCount;
import org.gongkai.publication.PublicationStatistics;
import org.gongkai.request.AppealCounts;
import org.gongkai.request.RequestStatistics;

import org.springframework.stereotype.Component;

/**
 * Computes the tables from the records now (docs/legal-rules.md, Annual report), for any
 * number of agencies at once with a fixed number of aggregate queries (the arithmetic is
 * {@link Table3Counting} and {@link Table4Counting}); and turns tables into frozen cells
 * and back.
 */
@Component
class ReportCalculator {

	private final RequestStatistics requests;

	private final PublicationStatistics publications;

	ReportCalculator(RequestStatistics requests, PublicationStatistics publications) {
		this.requests = requests;
		this.publications = publications;
	}

	/**
	 * Every agency's figures for {@code year}.
	 * @param entries the office's entries per agency (absent: nothing entered)
	 */
	Map<Long, ReportFigures> compute(Collection<Long> agencyIds, int year, Map<Long, Entries> entries) {
		Map<Long, Table3> tables3 = Table3Counting.byAgency(agencyIds, this.requests.yearCounts(agencyIds, year));
		Map<Long, AppealCounts> appeals = this.requests.appealCounts(agencyIds, year);
		Map<Long, Map<Genre, PolicyDocumentCount>> documents = new HashMap<>();
		for (PolicyDocumentCount count : this.publications.policyDocumentCounts(agencyIds, year)) {
			documents.computeIfAbsent(count.agencyId(), (a) -> new HashMap<>()).put(count.genre(), count);
		}
		Map<Long, ReportFigures> figures = new HashMap<>();
		for (Long agency : agencyIds) {
			Map<Genre, PolicyDocumentCount> docs = documents.getOrDefault(agency, Map.of());
			Entries entered = entries.getOrDefault(agency, Entries.NONE);
			Table2 table2 = new Table2(counted(docs.get(Genre.REGULATION)), counted(docs.get(Genre.NORMATIVE_DOCUMENT)),
					entered.licensing(), entered.penalties(), entered.enforcement(), entered.feesWan());
			figures.put(agency, new ReportFigures(table2, tables3.get(agency), Table4Counting.of(appeals.get(agency))));
		}
		return figures;
	}

	/**
	 * The figures of one agency's report for {@code year} as the records give them now.
	 */
	ReportFigures computeOne(long agencyId, int year, AnnualReport report) {
		Map<Long, Entries> entries = (report != null) ? Map.of(agencyId, report.entries()) : Map.of();
		return compute(List.of(agencyId), year, entries).get(agencyId);
	}

	private static Table2.Counted counted(PolicyDocumentCount count) {
		return (count == null) ? Table2.Counted.ZERO
				: new Table2.Counted(count.issued(), count.repealed(), count.inForce());
	}

	/** The tables as frozen cells: table 2's entries must be entered. */
	static List<FrozenCell> freeze(ReportFigures figures) {
		List<FrozenCell> cells = new ArrayList<>();
		Table2 t2 = figures.table2();
		for (String row : Table2.ROWS) {
			List<Object> values = t2.cells(row);
			for (int c = 0; c < values.size(); c++) {
				cells.add(new FrozenCell(2, row, c, decimal(values.get(c))));
			}
		}
		figures.table3().rows().forEach((row, values) -> addAll(cells, 3, row, values));
		figures.table4().rows().forEach((row, values) -> addAll(cells, 4, row, values));
		return cells;
	}

	/** The tables read back from frozen cells. */
	static ReportFigures thaw(List<FrozenCell> cells) {
		Map<String, long[]> t3 = Table3.blank();
		Map<String, long[]> t4 = new HashMap<>();
		Map<String, BigDecimal[]> t2 = new HashMap<>();
		for (FrozenCell cell : cells) {
			switch (cell.tableNo()) {
				case 2 -> t2.computeIfAbsent(cell.rowKey(), (r) -> new BigDecimal[3])[cell.column()] = cell.amount();
				case 3 -> {
					long[] row = t3.get(cell.rowKey());
					if (row != null) {
						row[cell.column()] = cell.amount().longValue();
					}
				}
				case 4 ->
					t4.computeIfAbsent(cell.rowKey(), (r) -> new long[Table4.COLUMNS.size()])[cell.column()] = cell
						.amount()
						.longValue();
				default -> {
				}
			}
		}
		Table2 table2 = new Table2(counted(t2.get("regulation")), counted(t2.get("normative_document")),
				whole(t2.get("licensing")), whole(t2.get("penalty")), whole(t2.get("enforcement")),
				(t2.get("fees") != null) ? t2.get("fees")[0] : null);
		return new ReportFigures(table2, Table3.of(t3), Table4.of(t4));
	}

	private static Table2.Counted counted(BigDecimal[] values) {
		if (values == null) {
			return Table2.Counted.ZERO;
		}
		return new Table2.Counted(whole(values, 0), whole(values, 1), whole(values, 2));
	}

	private static long whole(BigDecimal[] values, int i) {
		return (values[i] != null) ? values[i].longValue() : 0;
	}

	private static Long whole(BigDecimal[] values) {
		return (values != null && values[0] != null) ? Long.valueOf(values[0].longValue()) : null;
	}

	private static void addAll(List<FrozenCell> cells, int table, String row, List<Long> values) {
		for (int c = 0; c < values.size(); c++) {
			cells.add(new FrozenCell(table, row, c, BigDecimal.valueOf(values.get(c))));
		}
	}

	private static BigDecimal decimal(Object value) {
		if (value == null) {
			throw new IllegalStateException("Table 二 entry missing");
		}
		if (value instanceof BigDecimal d) {
			return d;
		}
		return BigDecimal.valueOf(((Number) value).longValue());
	}

}
