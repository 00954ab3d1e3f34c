package org.gongkai.publication.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.ColumnNode;
import org.gongkai.platform.web.ListParameters;
import org.gongkai.platform.web.Pager;
import org.gongkai.publication.PublicationFilter;
import org.gongkai.publication.PublicationSignOff;
import org.gongkai.publication.PublicationStatus;
import org.gongkai.publication.PublicationSummary;
import org.gongkai.publication.PublicationWorklists;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back office's list of publications: paged in the database, filtered by state,
 * agency, column and date made, and searched by title, document number or index number.
 * Parameters are read as typed: a hostile page or size is clamped, an unknown state or
 * malformed date is no filter, so the list never fails.
 */
@Controller
class PublicationListController {

	private static final int PAGE_SIZE = 20;

	private final PublicationWorklists worklists;

	private final AgencyManagement agencies;

	private final CatalogManagement catalog;

	private final AgencyAccess access;

	private final PublicationSignOff signOff;

	PublicationListController(PublicationWorklists worklists, AgencyManagement agencies, CatalogManagement catalog,
			AgencyAccess access, PublicationSignOff signOff) {
		this.worklists = worklists;
		this.agencies = agencies;
		this.catalog = catalog;
		this.access = access;
		this.signOff = signOff;
	}

	@GetMapping("/admin/publications")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String column, @RequestParam(required = false) String q,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model,
			HttpServletRequest http) {
		StaffPrincipal me = AgencyAccess.current();
		Set<Long> visible = this.access.visibleAgencies(me);
		List<AgencySummary> mine = this.agencies.all().stream().filter((a) -> visible.contains(a.id())).toList();
		Long agencyId = ListParameters.id(agency);
		if (agencyId == null && mine.size() == 1) {
			agencyId = mine.get(0).id();
		}
		List<ColumnNode> columns = (agencyId != null && visible.contains(agencyId)) ? this.catalog.publicTree(agencyId)
				: List.of();
		Long columnId = ListParameters.id(column);
		PublicationFilter filter = new PublicationFilter(status(status),
				(mine.size() == 1) ? null : ListParameters.id(agency), columnId, ListParameters.text(q),
				ListParameters.date(from), ListParameters.date(to));
		Page<PublicationSummary> items = this.worklists.staffPage(filter, ListParameters.page(page),
				ListParameters.size(size, PAGE_SIZE, PublicationWorklists.MAX_PAGE_SIZE));
		model.addAttribute("agencies", mine);
		model.addAttribute("names", mine.stream().collect(Collectors.toMap(AgencySummary::id, AgencySummary::name)));
		model.addAttribute("draftable", mine.stream().filter((a) -> me != null && me.has(Role.CLERK, a.id())).toList());
		model.addAttribute("filter", filter);
		model.addAttribute("columns", columns);
		model.addAttribute("statuses", PublicationStatus.values());
		model.addAttribute("signOffSettable", !this.signOff.settable().isEmpty());
		model.addAttribute("items", items.getContent());
		model.addAttribute("pager", Pager.of(http, items.getNumber(), items.getTotalPages(), items.getTotalElements()));
		return "publication/admin/list";
	}

	private static PublicationStatus status(String value) {
		return Arrays.stream(PublicationStatus.values()).filter((s) -> s.name().equals(value)).findFirst().orElse(null);
	}

}
