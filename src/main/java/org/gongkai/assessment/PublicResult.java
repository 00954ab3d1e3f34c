package org.gongkai.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.gongkai.assessment.rules.Scoring;

/**
 * A period's published results (公示): the agencies with their totals and ranks, nothing
 * else (no notes, reasons or evidence).
 *
 * @param ownerName the assessing office's agency
 * @param ownerCode its credit code
 * @param period the period
 * @param publishedAt when the office published them
 * @param rows the agencies by rank
 */
public record PublicResult(String ownerName, String ownerCode, String period, Instant publishedAt, List<Row> rows) {

	/**
	 * An agency's result.
	 *
	 * @param rank its rank (equal totals share a rank)
	 * @param agency its name
	 * @param total its total
	 */
	public record Row(int rank, String agency, BigDecimal total) {

		/** The total as written. */
		public String totalText() {
			return Scoring.text(this.total);
		}

	}

}
