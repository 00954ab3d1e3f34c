package org.gongkai.platform.cache;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.platform.PageTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page store forgets exactly the pages that share a tag with a change, refuses a page
 * rendered across a change of what it shows, and keeps within its byte budget.
 */
class PageStoreTests {

	@Test
	void aChangeForgetsThePagesCarryingItsTagsAndNoOthers() {
		PageStore store = new PageStore(1 << 20);
		put(store, "/item/1", 100, PageTag.item(1), PageTag.agency(7));
		put(store, "/item/2", 100, PageTag.item(2), PageTag.agency(7));
		put(store, "/column/5", 100, PageTag.column(5), PageTag.item(1), PageTag.item(2));
		put(store, "/column/6", 100, PageTag.column(6), PageTag.item(3));
		put(store, "/", 100, PageTag.latest(), PageTag.agencies());

		assertThat(store.invalidate(Set.of())).isZero();
		assertThat(store.size()).isEqualTo(5);

		// item 1 withdrawn: its page and the lists showing it, nothing else
		assertThat(store.invalidate(Set.of(PageTag.item(1), PageTag.latest()))).isEqualTo(3);
		assertThat(store.contains("/item/1")).isFalse();
		assertThat(store.contains("/column/5")).isFalse();
		assertThat(store.contains("/")).isFalse();
		assertThat(store.contains("/item/2")).isTrue();
		assertThat(store.contains("/column/6")).isTrue();

		// a page put again under its key is counted once
		put(store, "/item/2", 300, PageTag.item(2));
		assertThat(store.size()).isEqualTo(2);

		assertThat(store.invalidate(Set.of(PageTag.ALL))).isEqualTo(2);
		assertThat(store.size()).isZero();
		assertThat(store.bytes()).isZero();
	}

	@Test
	void aPageRenderedAcrossAChangeOfWhatItShowsIsNotKept() {
		PageStore store = new PageStore(1 << 20);
		long before = store.version();
		store.invalidate(Set.of(PageTag.item(1)));
		// rendered from the state before the change, finished after it
		assertThat(store.put("/item/1", entry(100, PageTag.item(1)), before)).isFalse();
		// a change of something else does not matter
		assertThat(store.put("/item/2", entry(100, PageTag.item(2)), before)).isTrue();
		// nor does it after everything is invalidated, when rendered afterwards
		long after = store.version();
		store.invalidate(Set.of(PageTag.ALL));
		assertThat(store.put("/item/2", entry(100, PageTag.item(2)), after)).isFalse();
		assertThat(store.put("/item/2", entry(100, PageTag.item(2)), store.version())).isTrue();
		// a render older than every invalidation remembered is refused
		long ancient = store.version();
		for (int i = 0; i <= PageStore.RECENT; i++) {
			store.invalidate(Set.of(PageTag.item(100_000 + i)));
		}
		assertThat(store.put("/item/3", entry(100, PageTag.item(3)), ancient)).isFalse();
	}

	@Test
	void aPageNamingNoTagIsNotKept() {
		PageStore store = new PageStore(1 << 20);
		assertThat(store.put("/x", entry(100), store.version())).isFalse();
		assertThat(store.size()).isZero();
	}

	@Test
	void theBudgetHoldsAndTheLeastRecentlyReadGoFirst() {
		long budget = 100_000;
		PageStore store = new PageStore(budget);
		for (int i = 0; i < 40; i++) {
			put(store, "/item/" + i, 9_000, PageTag.item(i));
			assertThat(store.bytes()).isLessThanOrEqualTo(budget);
		}
		// about ten pages of 9 kB fit
		assertThat(store.size()).isBetween(9, 11);
		assertThat(store.contains("/item/39")).isTrue();
		assertThat(store.contains("/item/0")).isFalse();
		int oldest = 40 - store.size();
		// reading the oldest kept page makes it the newest: the next one goes instead
		assertThat(store.get("/item/" + oldest)).isNotNull();
		put(store, "/item/40", 9_000, PageTag.item(40));
		assertThat(store.contains("/item/" + oldest)).isTrue();
		assertThat(store.contains("/item/" + (oldest + 1))).isFalse();
		// a page larger than the whole budget is not kept and evicts nothing
		int size = store.size();
		assertThat(store.put("/huge", entry(200_000, PageTag.item(99)), store.version())).isFalse();
		assertThat(store.size()).isEqualTo(size);
		// forgetting keeps the count right
		store.invalidate(Set.of(PageTag.item(40)));
		assertThat(store.size()).isEqualTo(size - 1);
		assertThat(store.bytes()).isLessThanOrEqualTo(budget - 9_000);
	}

	@Test
	void manyDistinctKeysNeverBlowTheBudget() {
		long budget = 1_000_000;
		PageStore store = new PageStore(budget);
		for (int i = 0; i < 20_000; i++) {
			put(store, "http:/agencies/X/columns/5?page=" + i, 3_000, PageTag.column(5), PageTag.item(i));
		}
		assertThat(store.bytes()).isLessThanOrEqualTo(budget);
		assertThat(store.size()).isLessThan(400);
		store.invalidate(Set.of(PageTag.column(5)));
		assertThat(store.size()).isZero();
		assertThat(store.bytes()).isZero();
	}

	private static void put(PageStore store, String key, int size, String... tags) {
		assertThat(store.put(key, entry(size, tags), store.version())).isTrue();
	}

	private static PageStore.Entry entry(int size, String... tags) {
		return new PageStore.Entry(Set.of(tags), 0, "text/html",
				Map.of("Content-Security-Policy", List.of("default-src 'self'")), new byte[size]);
	}

}
