package org.gongkai.annualreport;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.gongkai.annualreport.rules.ReportChecks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Runs the report checks ({@link ReportChecks}) on a report's tables against last year's
 * row 四 and words their details in Chinese.
 */
@Component
class ReportChecking {

	private final AnnualReports reports;

	private final MessageSource messages;

	ReportChecking(AnnualReports reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	List<Check> checks(long agencyId, int year, ReportFigures figures, AnnualReport report) {
		AnnualReport last = this.reports.findByAgencyIdAndYear(agencyId, year - 1).orElse(null);
		return ReportChecks.run(figures.table3(), figures.table4(), prior(last, report))
			.stream()
			.map((f) -> new Check(f.rule(), f.ok(), f.warning(), detail(f)))
			.toList();
	}

	/** Last year's row 四: its published report's, else the entered one, else unknown. */
	static ReportChecks.Prior prior(AnnualReport last, AnnualReport report) {
		if (last != null && last.published()) {
			return new ReportChecks.Prior(ReportChecks.PriorSource.PUBLISHED,
					ReportCalculator.thaw(last.frozen())
						.table3()
						.row("4")
						.stream()
						.mapToLong(Long::longValue)
						.toArray());
		}
		long[] entered = (report != null) ? report.priorCarryOut() : null;
		return (entered != null) ? new ReportChecks.Prior(ReportChecks.PriorSource.ENTERED, entered)
				: ReportChecks.Prior.NONE;
	}

	private String detail(ReportChecks.Finding finding) {
		Object[] arguments = finding.arguments();
		if (arguments.length >= 2 && arguments[0] instanceof String kind && arguments[1] instanceof List<?> keys) {
			String labels = keys.stream().map((k) -> label(kind, k.toString())).collect(Collectors.joining("、"));
			Object[] resolved = new Object[arguments.length - 1];
			resolved[0] = labels;
			System.arraycopy(arguments, 2, resolved, 1, arguments.length - 2);
			arguments = resolved;
		}
		return this.messages.getMessage(finding.key(), arguments, Locale.CHINA);
	}

	private String label(String kind, String key) {
		String prefix = switch (kind) {
			case "column" -> "annualreport.t3.col.";
			case "row" -> "annualreport.t3.row.";
			default -> "annualreport.t4.row.";
		};
		return this.messages.getMessage(prefix + key, null, key, Locale.CHINA);
	}

}
