package org.gongkai.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.gongkai.assessment.rules.Scoring;

/**
 * An item of a scheme as the pages and the API show it.
 *
 * @param id the item's id
 * @param section its section
 * @param title what is assessed
 * @param maxPoints its points when nothing is wrong
 * @param method computed or manual
 * @param rules the inspection rule codes a computed item counts
 * @param perFinding the deduction per finding, {@code null} for a manual item
 * @param cap the most a computed item may lose, {@code null} for a manual item
 */
public record ItemView(long id, String section, String title, BigDecimal maxPoints, ScoringMethod method,
		List<String> rules, BigDecimal perFinding, BigDecimal cap) {

	/** Whether it is computed from findings. */
	public boolean computed() {
		return this.method == ScoringMethod.COMPUTED;
	}

	/** The maximum as written. */
	public String max() {
		return Scoring.text(this.maxPoints);
	}

	/** The deduction per finding as written. */
	public String per() {
		return Scoring.text(this.perFinding);
	}

	/** The cap as written. */
	public String capText() {
		return Scoring.text(this.cap);
	}

}
