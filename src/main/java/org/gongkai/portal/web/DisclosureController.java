package org.gongkai.portal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.ColumnNode;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.PageTag;
import org.gongkai.platform.web.GuidePart;
import org.gongkai.platform.web.GuidePartSource;
import org.gongkai.platform.web.PageTags;
import org.gongkai.privacy.PrivacyScanner;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.publication.PublicationSummary;
import org.gongkai.request.AnsweredRequest;
import org.gongkai.request.AnsweredRequests;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agency's disclosure column: the guide (Regulations art. 12), generated from its
 * data, and each catalogue column's published items.
 */
@Controller
class DisclosureController {

	static final int PAGE_SIZE = 20;

	static final int NEWS_SIZE = 5;

	/**
	 * The column listing the current rules and normative documents with their validity.
	 */
	static final String POLICIES = "policies";

	private final AgencyManagement agencies;

	private final CatalogManagement catalog;

	private final PublicationQueries publications;

	private final AnsweredRequests answered;

	private final PrivacyScanner scanner;

	private final ObjectProvider<GuidePartSource> guideParts;

	DisclosureController(AgencyManagement agencies, CatalogManagement catalog, PublicationQueries publications,
			AnsweredRequests answered, PrivacyScanner scanner, ObjectProvider<GuidePartSource> guideParts) {
		this.guideParts = guideParts;
		this.agencies = agencies;
		this.catalog = catalog;
		this.publications = publications;
		this.answered = answered;
		this.scanner = scanner;
	}

	@GetMapping("/agencies/{creditCode}/guide")
	String guide(@PathVariable String creditCode, Model model) {
		AgencyDetails agency = agency(this.agencies, creditCode);
		List<ColumnNode> tree = this.catalog.publicTree(agency.summary().id());
		PageTags.add(PageTag.agency(agency.summary().id()));
		List<GuideSection> sections = new ArrayList<>();
		for (ColumnNode top : tree) {
			if (top.parentId() == null && top.disclosure()) {
				sections.add(new GuideSection(top,
						tree.stream().filter((c) -> top.id() == (c.parentId() != null ? c.parentId() : -1)).toList()));
			}
		}
		model.addAttribute("agency", agency);
		model.addAttribute("sections", sections);
		model.addAttribute("guideParts",
				this.guideParts.orderedStream()
					.map((source) -> source.guidePartOf(agency.summary().id()))
					.flatMap(Optional::stream)
					.sorted(Comparator.comparingInt(GuidePart::order))
					.toList());
		return "portal/guide";
	}

	@GetMapping("/agencies/{creditCode}/columns/{columnId}")
	String column(@PathVariable String creditCode, @PathVariable String columnId,
			@RequestParam(name = "page", required = false) String page, Model model) {
		AgencyDetails agency = agency(this.agencies, creditCode);
		ColumnNode column = column(this.catalog, agency, columnId);
		int number = pageNumber(page);
		boolean policies = POLICIES.equals(column.code());
		Page<PublicationSummary> items = policies
				? this.publications.publicPolicies(agency.summary().id(), number - 1, PAGE_SIZE)
				: this.publications.publicList(agency.summary().id(), column.id(), number - 1, PAGE_SIZE);
		if (number > 1 && number > items.getTotalPages()) {
			throw new NotFoundException("Page " + number);
		}
		PageTags.add(PageTag.agency(agency.summary().id()),
				policies ? PageTag.policies(agency.summary().id()) : PageTag.column(column.id()));
		PageTags.add(items.stream().map((p) -> PageTag.item(p.id())).toList());
		model.addAttribute("agency", agency);
		model.addAttribute("column", column);
		model.addAttribute("trail", this.catalog.publicTrail(agency.summary().id(), column.id()));
		model.addAttribute("children", children(this.catalog.publicTree(agency.summary().id()), column));
		model.addAttribute("policies", policies);
		model.addAttribute("items", items);
		model.addAttribute("page", number);
		return "portal/column";
	}

	/**
	 * The site's other section (新闻动态): its columns, each with its newest items. News and
	 * work updates are kept out of the disclosure column (国办公开办函〔2019〕61号).
	 */
	@GetMapping("/agencies/{creditCode}/news")
	String news(@PathVariable String creditCode, Model model) {
		AgencyDetails agency = agency(this.agencies, creditCode);
		long id = agency.summary().id();
		List<NewsSection> sections = this.catalog.publicTree(id)
			.stream()
			.filter((c) -> !c.disclosure())
			.map((c) -> new NewsSection(c, this.publications.publicList(id, c.id(), 0, NEWS_SIZE).getContent()))
			.toList();
		model.addAttribute("agency", agency);
		model.addAttribute("sections", sections);
		return "portal/news";
	}

	/**
	 * The agency's answered requests whose applicants agreed to the listing: what was
	 * asked (shortened, the applicant's name blanked by the request module, other
	 * personal data masked here by the privacy scanner), the type of answer and its date.
	 */
	@GetMapping("/agencies/{creditCode}/answered-requests")
	String answered(@PathVariable String creditCode, @RequestParam(name = "page", required = false) String page,
			Model model) {
		AgencyDetails agency = agency(this.agencies, creditCode);
		int number = pageNumber(page);
		Page<AnsweredRequest> listed = this.answered.listed(agency.summary().id(), number - 1, PAGE_SIZE);
		if (number > 1 && number > listed.getTotalPages()) {
			throw new NotFoundException("Page " + number);
		}
		model.addAttribute("agency", agency);
		model.addAttribute("items",
				listed.map((a) -> new AnsweredRequest(this.scanner.maskAll(a.subject()), a.outcome(), a.answeredOn())));
		model.addAttribute("page", number);
		return "portal/answered";
	}

	private static List<ColumnNode> children(List<ColumnNode> tree, ColumnNode column) {
		return tree.stream().filter((c) -> c.parentId() != null && c.parentId() == column.id()).toList();
	}

	static AgencyDetails agency(AgencyManagement agencies, String creditCode) {
		return agencies.findByCreditCode(creditCode).orElseThrow(() -> new NotFoundException("Agency " + creditCode));
	}

	/** A column the public sees, of this agency; anything else is not found. */
	static ColumnNode column(CatalogManagement catalog, AgencyDetails agency, String columnId) {
		long id = number(columnId);
		return catalog.publicTree(agency.summary().id())
			.stream()
			.filter((c) -> c.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Column " + columnId));
	}

	/** The 1-based page number; missing means the first, anything else invalid 404. */
	static int pageNumber(String page) {
		if (page == null || page.isEmpty()) {
			return 1;
		}
		long number = number(page);
		if (number < 1 || number > 100_000) {
			throw new NotFoundException("Page " + page);
		}
		return (int) number;
	}

	private static long number(String text) {
		if (text == null || text.isEmpty() || text.length() > 18
				|| !text.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new NotFoundException("Not a number: " + text);
		}
		return Long.parseLong(text);
	}

	/** A top-level column and its children, for the guide. */
	record GuideSection(ColumnNode column, List<ColumnNode> children) {

	}

	/** A column of the site's other section and its newest items. */
	record NewsSection(ColumnNode column, List<PublicationSummary> items) {

	}

}
