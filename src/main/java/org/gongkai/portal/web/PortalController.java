package org.gongkai.portal.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.ColumnNode;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.PageTag;
import org.gongkai.platform.web.PageTags;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.village.VillageProperties;
import org.gongkai.publication.PublicationSummary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public home page with what people come for (apply, track a request, write to a
 * mailbox, the guides, the latest items, the annual reports, search), the page that picks
 * the agency for a service, and each agency's page: its disclosure column (政府信息公开, the
 * four first-level columns of 国办公开办函〔2019〕61号), the site's other columns and its
 * disclosure office's contact data.
 */
@Controller
class PortalController {

	/** The services the home page offers that belong to one agency. */
	static final Map<String, String> SERVICES = Map.of("apply", "requests/new", "guide", "guide", "mailbox", "mailbox",
			"reports", "annual-reports");

	private final AgencyManagement agencies;

	private final CatalogManagement catalog;

	private final PublicationQueries publications;

	private final VillageProperties villages;

	PortalController(AgencyManagement agencies, CatalogManagement catalog, PublicationQueries publications,
			VillageProperties villages) {
		this.villages = villages;
		this.agencies = agencies;
		this.catalog = catalog;
		this.publications = publications;
	}

	@GetMapping("/")
	String home(Model model) {
		List<AgencySummary> all = this.agencies.all();
		Map<Long, AgencySummary> byId = all.stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
		model.addAttribute("agencies", all);
		List<PublicationSummary> latest = this.publications.latestPublished();
		PageTags.add(PageTag.agencies(), PageTag.latest());
		PageTags.add(latest.stream().map((p) -> PageTag.item(p.id())).toList());
		model.addAttribute("latest",
				latest.stream()
					.filter((p) -> byId.containsKey(p.agencyId()))
					.map((p) -> new LatestItem(p, byId.get(p.agencyId())))
					.toList());
		return "portal/home";
	}

	@GetMapping("/services/{service}")
	String service(@PathVariable String service, Model model) {
		String path = SERVICES.get(service);
		if (path == null) {
			throw new NotFoundException("Service " + service);
		}
		model.addAttribute("service", service);
		model.addAttribute("servicePath", path);
		model.addAttribute("agencies", this.agencies.all());
		return "portal/service";
	}

	@GetMapping("/agencies/{creditCode}")
	String agency(@PathVariable String creditCode, Model model) {
		AgencyDetails agency = this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
		List<AgencySummary> all = this.agencies.all();
		PageTags.add(PageTag.agency(agency.summary().id()), PageTag.agencies());
		model.addAttribute("agency", agency);
		// a village's page: village affairs, and no request intake unless the
		// installation
		// turned it on (docs/legal-rules.md, Village affairs)
		model.addAttribute("village", agency.summary().level() == AgencyLevel.VILLAGE);
		model.addAttribute("takesRequests", !this.villages.refusesRequests(agency.summary().level()));
		model.addAttribute("children",
				all.stream().filter((a) -> agency.summary().creditCode().equals(a.parentCreditCode())).toList());
		model.addAttribute("parent",
				all.stream()
					.filter((a) -> a.creditCode().equals(agency.summary().parentCreditCode()))
					.findFirst()
					.orElse(null));
		List<ColumnNode> tree = this.catalog.publicTree(agency.summary().id());
		model.addAttribute("catalogue", tree.stream().filter(ColumnNode::disclosure).toList());
		model.addAttribute("siteColumns", tree.stream().filter((c) -> !c.disclosure()).toList());
		return "portal/agency";
	}

	/** An item of the home page's latest list, with the agency that published it. */
	record LatestItem(PublicationSummary item, AgencySummary agency) {

	}

}
