package org.gongkai.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.gongkai.agency.AgencySummary;
import org.gongkai.assessment.rules.Scoring;

/**
 * An office's assessments of one period: every agency with its state, total and rank.
 *
 * @param owner the office's agency
 * @param period the period
 * @param schemeName the scheme's name
 * @param published whether the results are published (公示)
 * @param rows the agencies, best total first (those without a total last)
 */
public record PeriodTable(AgencySummary owner, String period, String schemeName, boolean published, List<Row> rows) {

	/** Whether every assessment is final, so the results may be published. */
	public boolean allFinal() {
		return !this.rows.isEmpty() && this.rows.stream().allMatch((r) -> r.state() == AssessmentState.FINAL);
	}

	/**
	 * An agency in the table.
	 *
	 * @param agency the agency
	 * @param state where its assessment stands
	 * @param total its total (final, or provisional once every item has points), or
	 * {@code null}
	 * @param rank its rank by total (equal totals share a rank), or {@code null}
	 */
	public record Row(AgencySummary agency, AssessmentState state, BigDecimal total, Integer rank) {

		/** The total as written. */
		public String totalText() {
			return Scoring.text(this.total);
		}

	}

}
