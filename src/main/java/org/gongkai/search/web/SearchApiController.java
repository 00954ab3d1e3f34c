package org.gongkai.search.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.platform.RateLimits;
import org.gongkai.platform.web.ApiError;
import org.gongkai.search.PublicationSearch;
import org.gongkai.search.ReindexResult;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.SearchProperties;
import org.gongkai.search.SearchQuery;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search API: public full-text search over published items, and the reindex command
 * for system administrators.
 */
@RestController
class SearchApiController {

	private final PublicationSearch search;

	private final SearchIndex index;

	private final RateLimits limits;

	private final SearchProperties properties;

	private final MessageSource messages;

	SearchApiController(PublicationSearch search, SearchIndex index, RateLimits limits, SearchProperties properties,
			MessageSource messages) {
		this.search = search;
		this.index = index;
		this.limits = limits;
		this.properties = properties;
		this.messages = messages;
	}

	@Operation(summary = "Search published items (public, no login)",
			description = "Every term of q must occur as typed in the title, summary, body, document number or "
					+ "attachment text (a term: a run of Chinese characters, letters or digits; spaces and punctuation "
					+ "separate terms; full-width and half-width forms are the same); a quoted part (\"…\" or “…”) "
					+ "must occur as a phrase; q with no letter or digit finds nothing. Title matches rank first. "
					+ "q is plain text: Lucene syntax (* ? : \\ ~ ^ [ ] { } | & !) and unbalanced quotes "
					+ "are refused with 400. titleHighlight and snippet are HTML: the text escaped, matches in <em>. "
					+ "Rate-limited per client address (429).")
	@GetMapping("/api/v1/publications")
	ResponseEntity<?> search(
			@Parameter(description = "terms to find, at most 200 characters") @RequestParam(required = false) String q,
			@Parameter(description = "credit code of the publishing agency") @RequestParam(
					required = false) String agency,
			@Parameter(description = "catalogue column id") @RequestParam(required = false) String column,
			@Parameter(description = "year of publication, 1990 to 2100") @RequestParam(required = false) String year,
			@Parameter(
					description = "REGULATION, NORMATIVE_DOCUMENT, OTHER_DOCUMENT, NOTICE, NEWS or INTERPRETATION") @RequestParam(
							required = false) String genre,
			@Parameter(description = "page, from 1") @RequestParam(required = false) String page,
			@Parameter(description = "items per page, 1 to 50, default 20") @RequestParam(required = false) String size,
			@Parameter(description = "relevance (default with q) or date (newest first)") @RequestParam(
					required = false) String sort,
			HttpServletRequest request) {
		if (!this.limits.tryAcquire("search:" + request.getRemoteAddr(), this.properties.searchesPerMinute())) {
			String text = this.messages.getMessage("search.too-many", null, Locale.CHINA);
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header("Retry-After", "60")
				.body(new ApiError(429, text, "search.too-many", null));
		}
		SearchQuery query = SearchQuery.parse(q, agency, column, year, genre, page, size, sort);
		return ResponseEntity.ok(this.search.search(query));
	}

	@Operation(summary = "Rebuild the search index from the database (system administrators)",
			description = "Adds documents for published items without one (rows written by SQL), drops those of "
					+ "items no longer public, then mass-indexes everything. Audited.")
	@PostMapping("/api/v1/admin/search/reindex")
	ReindexResult reindex() {
		return this.index.reindex();
	}

}
