package org.gongkai.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PhrasePredicateOptionsStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public full-text search over published items. Only public items are ever in the
 * index, so no caller can see a draft or a withdrawn item through it.
 */
@Service
public class PublicationSearch {

	private static final int SNIPPET = 120;

	/** Searches by relevance with at most this many terms are run place by place. */
	static final int PLACED_TERMS = 3;

	/** … and the pages of them that end within this many hits. */
	static final int PLACED_DEPTH = 100;

	private final EntityManager entityManager;

	private final SearchDocuments documents;

	/**
	 * Up to this many hits one query that scores them all is as cheap as the steps place
	 * by place ({@code gongkai.search.placed-above}, measured at 1M items:
	 * BENCHMARKS.md).
	 */
	private final int few;

	/**
	 * {@code gongkai_search_seconds}: how long searches take, for the operators, with
	 * buckets from 5 ms to 5 s for {@code histogram_quantile}.
	 */
	private final Timer latency;

	PublicationSearch(EntityManager entityManager, SearchDocuments documents, SearchProperties properties,
			MeterRegistry meters) {
		this.entityManager = entityManager;
		this.documents = documents;
		this.few = properties.placedAbove();
		this.latency = Timer.builder("gongkai.search")
			.description("Full-text searches of the published items (page and API)")
			.tag("backend", properties.embedded() ? "lucene" : "opensearch")
			.serviceLevelObjectives(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
					Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
					Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5))
			.register(meters);
	}

	/**
	 * Runs a search: every term must occur as typed (a run of Chinese characters, letters
	 * or digits; a quoted phrase as a whole) in the title, summary, body, document number
	 * or attachment text, after full-width forms are folded to half-width and letters to
	 * lower case; filters narrow; hits come by relevance (a term in the title weighs
	 * most, one in the summary next; equals newest first) or newest first. A query
	 * without any letter or digit finds nothing.
	 */
	@Transactional(readOnly = true)
	public SearchResults search(SearchQuery query) {
		return this.latency.record(() -> run(query));
	}

	private SearchResults run(SearchQuery query) {
		List<String> terms = query.terms();
		if (query.hasText() && terms.isEmpty()) {
			return new SearchResults(0, true, query.page(), query.size(), List.of());
		}
		int end = query.page() * query.size();
		if (query.byDate() || terms.size() > PLACED_TERMS || end > PLACED_DEPTH) {
			return inOneQuery(query, terms);
		}
		SearchResult<Long> count = count(query, terms);
		boolean exact = count.total().isHitCountExact();
		long total = total(count);
		if (total == 0) {
			return results(query, 0, true, List.of());
		}
		// beyond MAX_DEPTH the count is not exact: only a setting above it keeps one
		// query
		boolean oneQuery = exact ? total <= this.few : this.few >= SearchQuery.MAX_DEPTH;
		return oneQuery ? inOneQuery(query, terms) : byPlace(query, terms, total, exact);
	}

	/**
	 * How many items the query finds, exact up to {@link SearchQuery#MAX_DEPTH}. The
	 * condition does not score, so once Lucene has counted that far no item can beat the
	 * one it holds and it stops.
	 */
	private SearchResult<Long> count(SearchQuery query, List<String> terms) {
		// the id alone: nothing is loaded from the database
		return Search.session(this.entityManager)
			.search(SearchDocument.class)
			.select((f) -> f.id(Long.class))
			.where((f) -> filtered(f, query, all(f, terms.stream().map((term) -> text(f, term)).toList()))
				.constantScore())
			.totalHitCountThreshold(SearchQuery.MAX_DEPTH)
			.fetch(1);
	}

	/**
	 * The total a result reports: the exact count, or where counting stopped at
	 * {@link SearchQuery#MAX_DEPTH} that depth as the lower bound (how far beyond it
	 * Lucene happened to count depends on how the query ran).
	 */
	private static long total(SearchResult<?> result) {
		return result.total().isHitCountExact() ? result.total().hitCount() : SearchQuery.MAX_DEPTH;
	}

	/**
	 * {@link #byPlace(SearchQuery, List, long, boolean)} with its own count, for tests.
	 */
	@Transactional(readOnly = true)
	SearchResults byPlace(SearchQuery query) {
		List<String> terms = query.terms();
		SearchResult<Long> count = count(query, terms);
		return byPlace(query, terms, total(count), count.total().isHitCountExact());
	}

	/**
	 * The relevance order without scoring: the items where the terms stand in the places
	 * that weigh most, newest first, then those of the next score, and so on until the
	 * page is full. Each step is a query sorted by date, which Lucene answers without
	 * looking at every item it finds: once it holds enough, it skips the older ones by
	 * the date index. One query that scores cannot skip the items that tie with the last
	 * one it holds, and for a common word in titles those are tens of thousands.
	 */
	private SearchResults byPlace(SearchQuery query, List<String> terms, long total, boolean exact) {
		int end = query.page() * query.size();
		SearchSession session = Search.session(this.entityManager);
		List<Long> found = new ArrayList<>(end);
		for (List<List<TermPlace>> level : TermPlace.levels(terms.size())) {
			int wanted = end - found.size();
			found.addAll(session.search(SearchDocument.class)
				.select((f) -> f.id(Long.class))
				.where((f) -> filtered(f, query,
						any(f, level.stream().map((places) -> placed(f, terms, places)).toList())))
				.sort((f) -> f.field("publishedOn").desc().then().field("sortId").desc())
				.totalHitCountThreshold(wanted)
				.fetchHits(wanted));
			if (found.size() >= end) {
				break;
			}
		}
		int from = Math.min(found.size(), end - query.size());
		// the page's documents from the database at once, in the order found
		List<Long> page = found.subList(from, Math.min(found.size(), end));
		Map<Long, SearchDocument> documents = new HashMap<>();
		this.documents.findAllById(page).forEach((document) -> documents.put(document.id(), document));
		return results(query, total, exact, page.stream().map(documents::get).filter(Objects::nonNull).toList());
	}

	/**
	 * The same search as one query that scores every item it finds (see {@link #term}):
	 * what {@link #search} runs for the date order, for few hits, for more than
	 * {@value #PLACED_TERMS} terms and for pages beyond the first {@value #PLACED_DEPTH}
	 * hits. Package-private so tests can hold the two ways to the same order.
	 */
	@Transactional(readOnly = true)
	SearchResults inOneQuery(SearchQuery query, List<String> terms) {
		SearchResult<SearchDocument> result = Search.session(this.entityManager)
			.search(SearchDocument.class)
			.where((f) -> {
				var root = f.bool();
				if (terms.isEmpty()) {
					root.must(f.matchAll());
				}
				for (String term : terms) {
					root.must(term(f, term));
				}
				return filtered(f, query, root);
			})
			.sort((f) -> query.byDate() ? f.field("publishedOn").desc().then().field("sortId").desc()
					: f.score().then().field("publishedOn").desc().then().field("sortId").desc())
			// counting every match of a common word costs more than finding the best ten;
			// paging stops at MAX_DEPTH anyway
			.totalHitCountThreshold(SearchQuery.MAX_DEPTH)
			.fetch((query.page() - 1) * query.size(), query.size());
		return results(query, total(result), result.total().isHitCountExact(), result.hits());
	}

	/** The filters of the query around a predicate; they narrow without scoring. */
	private static BooleanPredicateClausesStep<?, ?> filtered(SearchPredicateFactory f, SearchQuery query,
			PredicateFinalStep predicate) {
		var root = f.bool().must(predicate);
		if (query.creditCode() != null) {
			root.filter(f.match().field("creditCode").matching(query.creditCode()));
		}
		if (query.columnId() != null) {
			root.filter(f.match().field("columnId").matching(query.columnId()));
		}
		if (query.year() != null) {
			root.filter(f.match().field("year").matching(query.year()));
		}
		if (query.genre() != null) {
			root.filter(f.match().field("genre").matching(query.genre()));
		}
		return root;
	}

	private SearchResults results(SearchQuery query, long total, boolean exact, List<SearchDocument> documents) {
		// hits are marked with the query's own words as the index segments them
		List<String> words = new ArrayList<>();
		query.words().forEach((word) -> words.addAll(ChineseAnalysis.tokens(word)));
		query.phrases().forEach((phrase) -> words.addAll(ChineseAnalysis.tokens(phrase)));
		List<SearchHit> hits = new ArrayList<>();
		for (SearchDocument document : documents) {
			hits.add(hit(document, words));
		}
		return new SearchResults(total, exact, query.page(), query.size(), hits);
	}

	/** Each term in its place (title, else summary, else elsewhere in the text). */
	private static PredicateFinalStep placed(SearchPredicateFactory f, List<String> terms, List<TermPlace> places) {
		List<PredicateFinalStep> each = new ArrayList<>(terms.size());
		for (int i = 0; i < terms.size(); i++) {
			String term = terms.get(i);
			each.add(switch (places.get(i)) {
				case TITLE -> title(f, term);
				case SUMMARY -> f.and(summary(f, term), f.not(title(f, term)));
				case ELSEWHERE -> f.and(text(f, term), f.not(title(f, term)), f.not(summary(f, term)));
			});
		}
		return all(f, each);
	}

	private static PredicateFinalStep all(SearchPredicateFactory f, List<PredicateFinalStep> predicates) {
		var all = f.bool();
		predicates.forEach(all::must);
		return all;
	}

	private static PredicateFinalStep any(SearchPredicateFactory f, List<PredicateFinalStep> predicates) {
		var any = f.bool();
		predicates.forEach(any::should);
		return any;
	}

	/**
	 * The term as a phrase of the field, with the slop its Chinese runs need
	 * ({@link ChineseAnalysis#slop}).
	 */
	private static PhrasePredicateOptionsStep<?> phrase(SearchPredicateFactory f, String field, String term) {
		return f.phrase().field(field).matching(term).slop(ChineseAnalysis.slop(term));
	}

	private static PredicateFinalStep text(SearchPredicateFactory f, String term) {
		return phrase(f, "textCharacters", term);
	}

	private static PredicateFinalStep title(SearchPredicateFactory f, String term) {
		return phrase(f, "titleCharacters", term);
	}

	private static PredicateFinalStep summary(SearchPredicateFactory f, String term) {
		return phrase(f, "summaryCharacters", term);
	}

	/**
	 * One term: must occur exactly (a phrase of its character bigrams in the one field of
	 * all the text: found wherever the text contains it). That condition is a filter and
	 * does not score. The score says where the term stands, in fixed steps: 3 when the
	 * title holds it, else 1 when the summary does, else 0 (only the body, the document
	 * number or an attachment); several terms add up, and items that score the same come
	 * newest first. So a citizen sees the items named after what they typed first, the
	 * latest notice on top, whatever the lengths of titles and bodies; and for a common
	 * word (通知 is in 40 % of the items) Lucene, once it has counted
	 * {@link SearchQuery#MAX_DEPTH} hits, skips the items whose title and summary cannot
	 * reach the lowest score on the page instead of reading the positions of the term in
	 * every body that holds it (items that tie with it are still checked: they compete by
	 * date). Only Hibernate Search's DSL, so the Elasticsearch/OpenSearch backend runs
	 * the same query.
	 */
	private static PredicateFinalStep term(SearchPredicateFactory f, String term) {
		return f.bool()
			.filter(phrase(f, "textCharacters", term))
			.should(phrase(f, "titleCharacters", term).constantScore().boost(3f))
			.should(f.bool()
				.must(phrase(f, "summaryCharacters", term))
				.mustNot(phrase(f, "titleCharacters", term))
				.constantScore());
	}

	private static SearchHit hit(SearchDocument document, List<String> terms) {
		// the snippet comes from the summary where it holds a word, else from the body
		String source = Snippets.matches(document.summary(), terms) || document.body() == null
				|| document.body().isBlank() ? document.summary() : document.body();
		String snippet = Snippets.snippet((source != null) ? source : document.body(), terms, SNIPPET);
		return new SearchHit(document.id(), document.title(), Snippets.mark(document.title(), terms),
				(snippet != null) ? snippet : "", document.indexNumber(), document.documentNumber(),
				document.agencyName(), document.creditCode(), document.columnName(), document.genre(),
				document.publishedOn(), "/agencies/" + document.creditCode() + "/publications/" + document.id());
	}

}
