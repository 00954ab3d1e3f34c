package org.gongkai.annualreport.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.gongkai.annualreport.ReportReading;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The annual report's tables as JSON: computed now for staff, frozen for the public. */
@RestController
class AnnualReportApiController {

	static final String SHAPE = """
			Answer: {agency:{creditCode,name}, year, status (NOT_STARTED|DRAFT|PUBLISHED), \
			table2:{rows:{regulation:{issued,repealed,in_force}, normative_document:{issued,repealed,in_force}, \
			licensing:{decisions}, penalty:{decisions}, enforcement:{decisions}, fees:{amount_wan}}} \
			(规章, 行政规范性文件: 本年制发/本年废止/现行有效; 行政许可, 行政处罚, 行政强制: 本年处理决定数量; \
			行政事业性收费: 本年收费金额（万元）, a decimal; an entry the office has not made is null), \
			table3:{columns:[natural,commercial,research,public_interest,legal_service,other,total], \
			rows:{"1","2","3.1","3.2","3.3.1".."3.3.8","3.4.1".."3.4.3","3.5.1".."3.5.5","3.6.1".."3.6.3","3.7","4": \
			[7 numbers]}} (一 本年新收, 二 上年结转, 三 results by outcome code, 3.7 = (七)总计, 四 结转下年度), \
			table4:{columns:[upheld,corrected,other,pending,total], rows:{reconsideration, lawsuit_direct, \
			lawsuit_after_reconsideration: [5 numbers]}} (appeals filed in the year, result as of the computation), \
			checks:[{rule, ok, warning, detail}] with rules table3.balance, table3.results-total, \
			table3.column-total, table4.totals, table3.carry-in (warning=true when last year's row 四 is unknown).""";

	private final ReportReading reports;

	AnnualReportApiController(ReportReading reports) {
		this.reports = reports;
	}

	@Operation(summary = "An agency's annual-report tables for a year, computed from the records now",
			description = "Bearer token of staff who may see the agency (its own staff, or a disclosure office "
					+ "above it). Any year from 2008 to this one, published or not. " + SHAPE)
	@ApiResponse(responseCode = "200", description = "The tables and checks")
	@ApiResponse(responseCode = "401", description = "No valid bearer token")
	@ApiResponse(responseCode = "403", description = "Not staff who may see this agency")
	@ApiResponse(responseCode = "404", description = "Unknown agency or year out of range")
	@GetMapping("/api/v1/admin/agencies/{creditCode}/annual-reports/{year}/tables")
	Map<String, Object> tables(@PathVariable String creditCode, @PathVariable String year) {
		return ReportJson.of(this.reports.tables(creditCode, Years.parse(year)));
	}

	@Operation(summary = "A published annual report's tables (frozen at publication)",
			description = "Public. Only published reports; later corrections show on the report page. " + SHAPE)
	@ApiResponse(responseCode = "200", description = "The frozen tables and their checks")
	@ApiResponse(responseCode = "404", description = "Unknown agency, or no published report for that year")
	@GetMapping("/api/v1/agencies/{creditCode}/annual-reports/{year}")
	Map<String, Object> published(@PathVariable String creditCode, @PathVariable String year) {
		return ReportJson.of(this.reports.publishedTables(creditCode, Years.parse(year)));
	}

}
