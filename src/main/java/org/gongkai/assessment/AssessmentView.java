package org.gongkai.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.agency.AgencySummary;
import org.gongkai.assessment.rules.Scoring;

/**
 * An agency's assessment for a period, as its staff and the office see it.
 *
 * @param id the assessment's id
 * @param agency the agency assessed
 * @param ownerAgencyId the agency of the office that assesses
 * @param ownerCreditCode its credit code
 * @param period the period, {@code 2026Q3}
 * @param state where it stands
 * @param schemeId the scheme's id
 * @param schemeName the scheme's name
 * @param lines each item with its scores, in the scheme's order
 * @param vetoes each veto rule and whether it applies
 * @param runs how many inspection runs the last scoring counted, {@code null} before
 * @param submittedAt when the agency submitted its self-assessment, or {@code null}
 * @param scoredAt when the office last scored, or {@code null}
 * @param finalisedAt when the office finalised, or {@code null}
 * @param sum the sum of the office's points, {@code null} while an item has none
 * @param total the total after the vetoes, {@code null} while an item has no points
 * @param published whether the period's results are published (公示)
 */
public record AssessmentView(long id, AgencySummary agency, long ownerAgencyId, String ownerCreditCode, String period,
		AssessmentState state, long schemeId, String schemeName, List<LineView> lines, List<VetoLine> vetoes,
		Integer runs, Instant submittedAt, Instant scoredAt, Instant finalisedAt, BigDecimal sum, BigDecimal total,
		boolean published) {

	/** The sum of the agency's own points of the manual items. */
	public BigDecimal selfSum() {
		return Scoring.sum(this.lines.stream()
			.filter((l) -> !l.item().computed() && l.selfPoints() != null)
			.map(LineView::selfPoints)
			.toList());
	}

	/** The total as written. */
	public String totalText() {
		return Scoring.text(this.total);
	}

	/** The sum as written. */
	public String sumText() {
		return Scoring.text(this.sum);
	}

	/** The lines by section, in the order of their first item. */
	public Map<String, List<LineView>> sections() {
		Map<String, List<LineView>> out = new LinkedHashMap<>();
		this.lines.forEach((l) -> out.computeIfAbsent(l.item().section(), (k) -> new java.util.ArrayList<>()).add(l));
		return out;
	}

}
