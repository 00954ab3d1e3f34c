package org.gongkai.assessment.web;

import org.gongkai.assessment.Assessments;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The published results (公示), without sign-in: the list of published periods, and a
 * period's agencies with their totals and ranks (no notes, reasons or evidence). Before
 * an office publishes, nothing of a period is public.
 */
@Controller
class AssessmentPublicController {

	private final Assessments assessments;

	private final java.time.Clock clock;

	AssessmentPublicController(Assessments assessments, java.time.Clock clock) {
		this.assessments = assessments;
		this.clock = clock;
	}

	@GetMapping("/assessments")
	String index(Model model) {
		model.addAttribute("results", this.assessments.published());
		return "assessment/public-index";
	}

	@GetMapping("/assessments/{ownerCode}/{period}")
	String result(@PathVariable String ownerCode, @PathVariable String period, Model model) {
		model.addAttribute("result", this.assessments.published(ownerCode, period));
		model.addAttribute("zone", this.clock.getZone());
		return "assessment/public-result";
	}

}
