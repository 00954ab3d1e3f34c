package org.gongkai.annualreport;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.agency.AgencySummary;

/**
 * What a county disclosure office sees for one year: every agency below it (and itself)
 * with its report's state, and the sum of their tables.
 *
 * @param year the report year
 * @param rows one per agency, in tree order
 * @param total the tables summed over every agency (frozen tables where published,
 * computed ones elsewhere)
 */
public record RollupView(int year, List<Row> rows, ReportFigures total) {

	/**
	 * One agency's line.
	 *
	 * @param agency the agency
	 * @param status its report's state
	 * @param dueOn the deadline
	 * @param publishedOn first publication, or {@code null}
	 * @param late published after the deadline
	 * @param missing not published and the deadline passed
	 * @param failedChecks how many checks its tables fail now
	 * @param corrections how many corrections were logged since publication
	 */
	public record Row(AgencySummary agency, ReportStatus status, LocalDate dueOn, LocalDate publishedOn, boolean late,
			boolean missing, int failedChecks, int corrections) {

	}

	/** How many agencies are late or missing. */
	public long lateOrMissing() {
		return this.rows.stream().filter((r) -> r.late() || r.missing()).count();
	}

}
