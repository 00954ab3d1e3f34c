package org.gongkai.search.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.platform.RateLimits;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.publication.Genre;
import org.gongkai.search.PublicationSearch;
import org.gongkai.search.SearchProperties;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResults;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public search page: a form (words, agency, year, genre, order) and the results with
 * highlighted matches, without JavaScript.
 */
@Controller
class SearchController {

	private final PublicationSearch search;

	private final AgencyManagement agencies;

	private final RateLimits limits;

	private final SearchProperties properties;

	SearchController(PublicationSearch search, AgencyManagement agencies, RateLimits limits,
			SearchProperties properties) {
		this.search = search;
		this.agencies = agencies;
		this.limits = limits;
		this.properties = properties;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String column, @RequestParam(required = false) String year,
			@RequestParam(required = false) String genre, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) String sort,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("agency", (agency != null) ? agency : "");
		model.addAttribute("column", (column != null) ? column : "");
		model.addAttribute("year", (year != null) ? year : "");
		model.addAttribute("genre", (genre != null) ? genre : "");
		model.addAttribute("sort", (sort != null) ? sort : "");
		model.addAttribute("size", (size != null) ? size : "");
		model.addAttribute("agencies",
				this.agencies.all().stream().sorted(Comparator.comparing(AgencySummary::name)).toList());
		model.addAttribute("genres", List.of(Genre.values()));
		boolean asked = q != null || agency != null || year != null || genre != null || column != null || page != null
				|| size != null || sort != null;
		if (!asked) {
			return "search/search";
		}
		if (!this.limits.tryAcquire("search:" + request.getRemoteAddr(), this.properties.searchesPerMinute())) {
			response.setStatus(429);
			model.addAttribute("errorKey", "search.too-many");
			return "search/search";
		}
		SearchQuery query;
		try {
			query = SearchQuery.parse(q, agency, column, year, genre, page, size, sort);
		}
		catch (RuleViolationException ex) {
			response.setStatus(400);
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return "search/search";
		}
		SearchResults results = this.search.search(query);
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		return "search/search";
	}

}
