package org.gongkai.assessment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.gongkai.assessment.AssessmentView;
import org.gongkai.assessment.Assessments;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An agency's assessment of a period through the API. Bearer token of a clerk or leader
 * of the agency, or of a disclosure office over it.
 */
@RestController
class AssessmentApiController {

	private final Assessments assessments;

	AssessmentApiController(Assessments assessments) {
		this.assessments = assessments;
	}

	@Operation(summary = "An agency's assessment (考核) of a period", description = """
			Period as 2026Q3 (quarter), 2026H1 (half-year) or 2026 (year). Bearer token of a clerk or \
			leader of the agency, or of a disclosure office over it. Each item with its maximum, the \
			agency's own points and note (manual items), the office's points and reason (for computed \
			items the findings counted); each veto rule and whether it applies; the sum and the total \
			after the vetoes (null while an item has no points).""")
	@ApiResponse(responseCode = "200", description = "{agency, period, state, scheme, runs, sum, total, published, "
			+ "items:[{section, title, method, rules, maxPoints, selfPoints, selfNote, points, reason, findings, "
			+ "evidence}], vetoes:[{title, rule, ceiling, applies, reason}]}")
	@ApiResponse(responseCode = "400", description = "Not a period")
	@ApiResponse(responseCode = "401", description = "No valid bearer token")
	@ApiResponse(responseCode = "403", description = "Not staff of this agency or an office over it")
	@ApiResponse(responseCode = "404", description = "No agency with this credit code, or no assessment of the period")
	@GetMapping("/api/v1/admin/agencies/{creditCode}/assessments/{period}")
	AssessmentAnswer assessment(@PathVariable String creditCode, @PathVariable String period) {
		return AssessmentAnswer.of(this.assessments.assessment(creditCode, period));
	}

	record AssessmentAnswer(String agency, String period, String state, String scheme, Integer runs,
			Instant finalisedAt, BigDecimal sum, BigDecimal total, boolean published, List<ItemAnswer> items,
			List<VetoAnswer> vetoes) {

		static AssessmentAnswer of(AssessmentView a) {
			return new AssessmentAnswer(a.agency().creditCode(), a.period(), a.state().name(), a.schemeName(), a.runs(),
					a.finalisedAt(), a.sum(), a.total(), a.published(),
					a.lines()
						.stream()
						.map((l) -> new ItemAnswer(l.item().section(), l.item().title(), l.item().method().name(),
								l.item().rules(), l.item().maxPoints(), l.selfPoints(), l.selfNote(), l.points(),
								l.reason(), l.findings(), l.evidence()))
						.toList(),
					a.vetoes()
						.stream()
						.map((v) -> new VetoAnswer(v.veto().title(), v.veto().rule(), v.veto().ceiling(), v.applies(),
								v.reason()))
						.toList());
		}

	}

	record ItemAnswer(String section, String title, String method, List<String> rules, BigDecimal maxPoints,
			BigDecimal selfPoints, String selfNote, BigDecimal points, String reason, Integer findings,
			String evidence) {

	}

	record VetoAnswer(String title, String rule, BigDecimal ceiling, boolean applies, String reason) {

	}

}
