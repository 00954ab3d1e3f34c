package org.gongkai.search;

import java.util.List;

/**
 * A page of search results.
 *
 * @param total how many public items match, or a lower bound when {@code totalExact} is
 * false (counting stops at {@link SearchQuery#MAX_DEPTH}, where paging stops)
 * @param totalExact whether {@code total} is the exact count
 * @param page this page, from 1
 * @param size the page size asked for
 * @param items the hits on this page
 */
public record SearchResults(long total, boolean totalExact, int page, int size, List<SearchHit> items) {

	public SearchResults {
		items = List.copyOf(items);
	}

	/** How many pages the hits fill (at least 1), capped where paging stops. */
	public int pages() {
		long all = Math.max(1, (this.total + this.size - 1) / this.size);
		return (int) Math.min(all, SearchQuery.MAX_DEPTH / this.size);
	}

}
