package org.gongkai.agency.web;

import java.util.List;

import org.gongkai.agency.AgencyManagement;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public agency list for county platforms and other tools.
 */
@RestController
class AgencyApiController {

	private final AgencyManagement agencies;

	AgencyApiController(AgencyManagement agencies) {
		this.agencies = agencies;
	}

	/** {@code [{"creditCode","name","level","parentCreditCode"}]} in tree order. */
	@GetMapping("/api/v1/agencies")
	List<AgencyJson> agencies() {
		return this.agencies.all()
			.stream()
			.map((a) -> new AgencyJson(a.creditCode(), a.name(), a.level().name(), a.parentCreditCode()))
			.toList();
	}

	record AgencyJson(String creditCode, String name, String level, String parentCreditCode) {

	}

}
