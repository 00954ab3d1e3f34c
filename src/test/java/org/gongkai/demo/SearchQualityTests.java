package org.gongkai.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.publication.PublicationAttachments;
import org.gongkai.publication.PublicationItem;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.search.PublicationSearch;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResults;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search finds what people type, measured on the demo county (about 2,000 items composed
 * from the phrase bank, published through DemoPublishing as in demo mode): every query of
 * the labelled set ({@code search/queries.txt}) against the items that contain its terms,
 * as {@link QuerySet} computes them from the items' text. Only the demo agencies' items
 * count (other tests of the same database may publish elsewhere).
 */
@SpringBootTest(properties = "gongkai.demo=true")
class SearchQualityTests {

	@Autowired
	PublicationSearch search;

	@Autowired
	PublicationQueries publications;

	@Autowired
	PublicationAttachments attachments;

	@Autowired
	AgencyManagement agencies;

	@Test
	void theQuerySetFindsEveryItemThatContainsTheTermsAndOnlyThose() {
		Map<Long, String> texts = demoItemTexts();
		// six government agencies with about 200 items each, four villages with a year of
		// village affairs
		assertThat(texts).hasSizeGreaterThanOrEqualTo(1200);
		List<String> queries = QuerySet.load();
		assertThat(queries).hasSizeGreaterThanOrEqualTo(60)
			.allSatisfy((query) -> assertThat(QuerySet.terms(query)).hasSizeBetween(1, 4));
		List<QuerySet.Outcome> outcomes = new ArrayList<>();
		int withHits = 0;
		for (String query : queries) {
			List<String> terms = QuerySet.terms(query);
			Set<Long> relevant = new HashSet<>();
			texts.forEach((id, text) -> {
				if (QuerySet.relevant(text, terms)) {
					relevant.add(id);
				}
			});
			List<Long> hits = new ArrayList<>();
			long total = searchAll(query, texts.keySet(), hits);
			outcomes.add(QuerySet.Outcome.of(query, relevant, hits, Integer.MAX_VALUE, total));
			withHits += relevant.isEmpty() ? 0 : 1;
		}
		StringBuilder table = new StringBuilder();
		outcomes.forEach((outcome) -> table.append(outcome).append('\n'));
		double[] means = QuerySet.means(outcomes);
		System.out.printf("%s%nquery set on the demo county: %d queries, recall %.4f, R-precision %.4f, P@10 %.4f%n",
				table, outcomes.size(), means[0], means[1], means[2]);
		assertThat(withHits).as("queries with relevant items").isGreaterThanOrEqualTo(55);
		assertThat(means[0]).as("recall\n" + table).isGreaterThanOrEqualTo(0.99);
		assertThat(means[1]).as("R-precision\n" + table).isGreaterThanOrEqualTo(0.9);
		assertThat(means[2]).as("precision@10\n" + table).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void theWordsOfTheIssueAreFoundWhereverTheTextHasThem() {
		Map<Long, String> texts = demoItemTexts();
		for (String query : List.of("停水", "临时停水", "招聘", "低保", "作风建设")) {
			long containing = texts.values().stream().filter((text) -> text.contains(query)).count();
			List<Long> hits = new ArrayList<>();
			searchAll(query, texts.keySet(), hits);
			assertThat(containing).as(query).isPositive();
			assertThat(hits).as(query).hasSize((int) containing);
			assertThat(hits).as(query).allSatisfy((id) -> assertThat(texts.get(id)).contains(query));
		}
		// full-width letters and digits are the same as half-width ones
		List<Long> fullWidth = new ArrayList<>();
		List<Long> halfWidth = new ArrayList<>();
		searchAll("２０２５年", texts.keySet(), fullWidth);
		searchAll("2025年", texts.keySet(), halfWidth);
		assertThat(fullWidth).isNotEmpty().isEqualTo(halfWidth);
	}

	/**
	 * Every hit of the query (by relevance, all pages) among the given items; the
	 * reported total.
	 */
	private long searchAll(String query, Set<Long> among, List<Long> hits) {
		long total = -1;
		for (int page = 1; page <= SearchQuery.MAX_DEPTH / SearchQuery.MAX_SIZE; page++) {
			SearchResults results = this.search
				.search(SearchQuery.parse(query, null, null, null, null, "" + page, "" + SearchQuery.MAX_SIZE, null));
			total = (total < 0) ? results.total() : total;
			results.items().stream().map(SearchHit::id).filter(among::contains).forEach(hits::add);
			if (results.items().size() < SearchQuery.MAX_SIZE) {
				break;
			}
		}
		return total;
	}

	/**
	 * The normalised searchable text of every public item of the demo agencies, by id.
	 */
	private Map<Long, String> demoItemTexts() {
		Set<Long> demo = new HashSet<>();
		for (String code : DemoCounty.AGENCIES) {
			demo.add(this.agencies.findByCreditCode(code).orElseThrow().summary().id());
		}
		Map<Long, String> texts = new LinkedHashMap<>();
		long after = 0;
		while (true) {
			List<PublicationItem> page = this.publications.publicItemsAfter(after, 1000);
			if (page.isEmpty()) {
				return texts;
			}
			Map<Long, String> attachments = this.attachments
				.publicAttachmentTexts(page.stream().map(PublicationItem::id).toList());
			for (PublicationItem item : page) {
				if (demo.contains(item.agencyId())) {
					texts.put(item.id(), QuerySet.itemText(item.title(), item.summary(), item.bodyText(),
							item.documentNumber(), attachments.get(item.id())));
				}
			}
			after = page.get(page.size() - 1).id();
		}
	}

}
