package org.gongkai.annualreport.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.annualreport.Check;
import org.gongkai.annualreport.ReportTables;
import org.gongkai.annualreport.rules.Table3;
import org.gongkai.annualreport.rules.Table4;

/** The JSON of a report's tables (see the OpenAPI description of the two endpoints). */
final class ReportJson {

	private ReportJson() {
	}

	static Map<String, Object> of(ReportTables tables) {
		Map<String, Object> json = new LinkedHashMap<>();
		Map<String, Object> agency = new LinkedHashMap<>();
		agency.put("creditCode", tables.agency().creditCode());
		agency.put("name", tables.agency().name());
		json.put("agency", agency);
		json.put("year", tables.year());
		json.put("status", tables.status().name());
		json.put("table2", Map.of("rows", tables.figures().table2().rows()));
		Map<String, Object> t3 = new LinkedHashMap<>();
		t3.put("columns", Table3.COLUMNS);
		t3.put("rows", tables.figures().table3().rows());
		json.put("table3", t3);
		Map<String, Object> t4 = new LinkedHashMap<>();
		t4.put("columns", Table4.COLUMNS);
		t4.put("rows", tables.figures().table4().rows());
		json.put("table4", t4);
		List<Map<String, Object>> checks = tables.checks().stream().map(ReportJson::check).toList();
		json.put("checks", checks);
		return json;
	}

	private static Map<String, Object> check(Check check) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("rule", check.rule());
		json.put("ok", check.ok());
		json.put("warning", check.warning());
		json.put("detail", check.detail());
		return json;
	}

}
