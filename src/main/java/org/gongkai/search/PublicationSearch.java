package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public full-text search over published items. Only public items are ever in the
 * index, so no caller can see a draft or a withdrawn item through it.
 */
@Service
public class PublicationSearch {

	private static final int SNIPPET = 120;

	private final EntityManager entityManager;

	PublicationSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
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
		List<String> terms = query.terms();
		if (query.hasText() && terms.isEmpty()) {
			return new SearchResults(0, true, query.page(), query.size(), List.of());
		}
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
				// filters narrow without scoring
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
			})
			.sort((f) -> query.byDate() ? f.field("publishedOn").desc().then().field("sortId").desc()
					: f.score().then().field("publishedOn").desc().then().field("sortId").desc())
			// counting every match of a common word costs more than finding the best ten;
			// paging stops at MAX_DEPTH anyway
			.totalHitCountThreshold(SearchQuery.MAX_DEPTH)
			.fetch((query.page() - 1) * query.size(), query.size());
		// hits are marked with the query's own words as the index segments them
		List<String> words = new ArrayList<>();
		query.words().forEach((word) -> words.addAll(ChineseAnalysis.tokens(word)));
		query.phrases().forEach((phrase) -> words.addAll(ChineseAnalysis.tokens(phrase)));
		List<SearchHit> hits = new ArrayList<>();
		for (SearchDocument document : result.hits()) {
			hits.add(hit(document, words));
		}
		boolean exact = result.total().isHitCountExact();
		return new SearchResults(exact ? result.total().hitCount() : result.total().hitCountLowerBound(), exact,
				query.page(), query.size(), hits);
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
			.filter(f.phrase().field("textCharacters").matching(term))
			.should(f.phrase().field("titleCharacters").matching(term).constantScore().boost(3f))
			.should(f.bool()
				.must(f.phrase().field("summaryCharacters").matching(term))
				.mustNot(f.phrase().field("titleCharacters").matching(term))
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
