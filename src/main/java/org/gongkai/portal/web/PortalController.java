package org.gongkai.portal.web;

import java.util.List;

import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.platform.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public home page (every agency, by hierarchy) and each agency's page with its
 * disclosure office's contact data.
 */
@Controller
class PortalController {

	private final AgencyManagement agencies;

	private final CatalogManagement catalog;

	PortalController(AgencyManagement agencies, CatalogManagement catalog) {
		this.agencies = agencies;
		this.catalog = catalog;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("agencies", this.agencies.all());
		return "portal/home";
	}

	@GetMapping("/agencies/{creditCode}")
	String agency(@PathVariable String creditCode, Model model) {
		AgencyDetails agency = this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
		List<AgencySummary> all = this.agencies.all();
		model.addAttribute("agency", agency);
		model.addAttribute("children",
				all.stream().filter((a) -> agency.summary().creditCode().equals(a.parentCreditCode())).toList());
		model.addAttribute("parent",
				all.stream()
					.filter((a) -> a.creditCode().equals(agency.summary().parentCreditCode()))
					.findFirst()
					.orElse(null));
		model.addAttribute("catalogue", this.catalog.publicTree(agency.summary().id()));
		return "portal/agency";
	}

}
