package org.gongkai.inspection.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.gongkai.inspection.InspectionReport;
import org.gongkai.inspection.Inspections;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The website inspection through the API: run every check for an agency now, or read its
 * latest run. Bearer token of a clerk or leader of the agency, or of the disclosure
 * office over it.
 */
@RestController
class InspectionApiController {

	private static final String PATH = "/api/v1/admin/agencies/{creditCode}/inspections";

	private final Inspections inspections;

	InspectionApiController(Inspections inspections) {
		this.inspections = inspections;
	}

	@Operation(summary = "Run every website check for the agency now", description = """
			Bearer token of a clerk or leader of the agency, or of a disclosure office over it. \
			Findings come vetoes first; each has a stable rule code, a severity (VETO, DEDUCTION, \
			NOTICE), a Chinese title, the object it is about and a link to fix it. Open \
			rectification tasks whose problem is gone are closed, closed ones whose problem is back \
			reopened.""")
	@ApiResponse(responseCode = "201",
			description = "{id, agency, ranAt, findings:[{rule, severity, title, objectType, " + "objectId, url}]}")
	@ApiResponse(responseCode = "401", description = "No valid bearer token")
	@ApiResponse(responseCode = "403", description = "Not staff of this agency or an office over it")
	@ApiResponse(responseCode = "404", description = "No agency with this credit code")
	@PostMapping(PATH)
	@ResponseStatus(HttpStatus.CREATED)
	InspectionAnswer run(@PathVariable String creditCode) {
		return InspectionAnswer.of(this.inspections.run(creditCode));
	}

	@Operation(summary = "The agency's latest inspection", description = "As the run's answer.")
	@ApiResponse(responseCode = "200", description = "{id, agency, ranAt, findings:[…]}")
	@ApiResponse(responseCode = "401", description = "No valid bearer token")
	@ApiResponse(responseCode = "403", description = "Not staff of this agency or an office over it")
	@ApiResponse(responseCode = "404", description = "No such agency, or never inspected")
	@GetMapping(PATH + "/latest")
	InspectionAnswer latest(@PathVariable String creditCode) {
		return InspectionAnswer.of(this.inspections.latest(creditCode));
	}

	record InspectionAnswer(long id, String agency, Instant ranAt, List<FindingAnswer> findings) {

		static InspectionAnswer of(InspectionReport report) {
			return new InspectionAnswer(report.id(), report.agency(), report.ranAt(), report.findings()
				.stream()
				.map((f) -> new FindingAnswer(f.rule(), f.severity(), f.title(), f.objectType(), f.objectId(), f.url()))
				.toList());
		}

	}

	record FindingAnswer(String rule, String severity, String title, String objectType, String objectId, String url) {

	}

}
