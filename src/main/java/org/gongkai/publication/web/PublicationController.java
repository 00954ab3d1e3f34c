package org.gongkai.publication.web;

import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.NotFoundException;
import org.gongkai.publication.PublicationItem;
import org.gongkai.publication.PublicationManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page of a published item: its metadata block and body.
 */
@Controller
class PublicationController {

	private final PublicationManagement publications;

	private final AgencyManagement agencies;

	PublicationController(PublicationManagement publications, AgencyManagement agencies) {
		this.publications = publications;
		this.agencies = agencies;
	}

	@GetMapping("/agencies/{creditCode}/publications/{id}")
	String item(@PathVariable String creditCode, @PathVariable long id, Model model) {
		AgencyDetails agency = this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
		PublicationItem item = this.publications.publicItem(id);
		if (item.agencyId() != agency.summary().id()) {
			throw new NotFoundException("Publication " + id + " of another agency");
		}
		model.addAttribute("item", item);
		return "publication/item";
	}

}
