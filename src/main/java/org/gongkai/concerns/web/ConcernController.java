package org.gongkai.concerns.web;

import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.concerns.Concerns;
import org.gongkai.platform.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public list of an agency's answered concerns: each with when it arose, when it was
 * answered and in how many hours, and its response (the published item or the link).
 */
@Controller
class ConcernController {

	private final Concerns concerns;

	private final AgencyManagement agencies;

	ConcernController(Concerns concerns, AgencyManagement agencies) {
		this.concerns = concerns;
		this.agencies = agencies;
	}

	@GetMapping("/agencies/{creditCode}/concerns")
	String answered(@PathVariable String creditCode, Model model) {
		if (creditCode.length() != 18) {
			throw new NotFoundException("Agency " + creditCode);
		}
		AgencyDetails agency = this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
		model.addAttribute("agency", agency.summary());
		model.addAttribute("concerns", this.concerns.publicAnswered(agency.summary().id()));
		return "concerns/public";
	}

}
