package org.gongkai.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance order found place by place (title, summary, elsewhere; newest first in
 * each step) is the order of the one query that scores every hit, on the demo county's
 * items and the labelled query set, page by page. The demo context is the one the demo
 * tests share.
 */
@SpringBootTest(properties = "gongkai.demo=true")
class SearchByPlaceTests {

	@Autowired
	PublicationSearch search;

	@Test
	void placeByPlaceGivesTheOrderOfOneScoringQueryForEveryQueryOfTheSet() throws IOException {
		List<String> queries = queries();
		assertThat(queries).hasSizeGreaterThanOrEqualTo(60);
		int compared = 0;
		for (String text : queries) {
			for (String[] pageAndSize : new String[][] { { "1", "20" }, { "2", "20" }, { "1", "50" }, { "3", "7" } }) {
				SearchQuery query = SearchQuery.parse(text, null, null, null, null, pageAndSize[0], pageAndSize[1],
						null);
				if (query.terms().size() > PublicationSearch.PLACED_TERMS) {
					continue;
				}
				SearchResults byPlace = this.search.byPlace(query);
				SearchResults inOne = this.search.inOneQuery(query, query.terms());
				assertThat(ids(byPlace)).as(text + " page " + pageAndSize[0] + " of " + pageAndSize[1])
					.isEqualTo(ids(inOne));
				assertThat(byPlace.total()).as(text).isEqualTo(inOne.total());
				assertThat(byPlace.totalExact()).isEqualTo(inOne.totalExact());
				compared += inOne.items().isEmpty() ? 0 : 1;
			}
		}
		assertThat(compared).as("pages with hits compared").isGreaterThan(150);
	}

	@Test
	void aFilteredSearchIsTheSamePlaceByPlace() {
		for (String text : List.of("通知", "公告 2025", "低保", "\"安全生产\"")) {
			SearchQuery query = SearchQuery.parse(text, null, null, "2025", "NOTICE", "1", "20", null);
			assertThat(ids(this.search.byPlace(query))).as(text)
				.isEqualTo(ids(this.search.inOneQuery(query, query.terms())));
		}
	}

	private static List<Long> ids(SearchResults results) {
		return results.items().stream().map(SearchHit::id).toList();
	}

	private static List<String> queries() throws IOException {
		try (InputStream in = SearchByPlaceTests.class.getResourceAsStream("/search/queries.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
	}

}
