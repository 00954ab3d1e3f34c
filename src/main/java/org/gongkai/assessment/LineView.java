package org.gongkai.assessment;

import java.math.BigDecimal;

import org.gongkai.assessment.rules.Scoring;

/**
 * One item of an assessment with its scores.
 *
 * @param item the scheme's item
 * @param lineId the id of its stored scores, {@code null} if nothing was entered yet
 * @param selfPoints the agency's own points (manual items), or {@code null}
 * @param selfNote the agency's note, or {@code null}
 * @param points the office's points, or {@code null} before it scored
 * @param reason why: the findings counted (computed items) or the office's reason
 * @param findings how many findings a computed item counted, or {@code null}
 * @param evidence the evidence file's name, or {@code null}
 */
public record LineView(ItemView item, Long lineId, BigDecimal selfPoints, String selfNote, BigDecimal points,
		String reason, Integer findings, String evidence) {

	/** The agency's points as written. */
	public String selfText() {
		return Scoring.text(this.selfPoints);
	}

	/** The office's points as written. */
	public String pointsText() {
		return Scoring.text(this.points);
	}

}
