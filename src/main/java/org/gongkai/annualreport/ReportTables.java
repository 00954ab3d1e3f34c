package org.gongkai.annualreport;

import java.util.List;

import org.gongkai.agency.AgencySummary;

/**
 * A report's tables and checks, as the API answers them.
 *
 * @param agency the reporting agency
 * @param year the report year
 * @param status the report's state
 * @param figures the tables (frozen when read from a published report)
 * @param checks the report checks on them (docs/legal-rules.md, Annual report)
 */
public record ReportTables(AgencySummary agency, int year, ReportStatus status, ReportFigures figures,
		List<Check> checks) {
}
