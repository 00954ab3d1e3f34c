package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The public full-text search over published items. Only public items are ever in the
 * index, so no caller can see a draft or a withdrawn item through it.
 */
@Service
public class PublicationSearch {

	private static final String MARK = "<em>";

	private static final String END_MARK = "</em>";

	private static final int SNIPPET = 120;

	private final EntityManager entityManager;

	PublicationSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Runs a search: every word must occur (in title, summary, body, document number or
	 * agency name; the title weighs most), filters narrow, hits come by relevance or
	 * newest first.
	 */
	@Transactional(readOnly = true)
	public SearchResults search(SearchQuery query) {
		SearchResult<List<?>> result = Search.session(this.entityManager)
			.search(SearchDocument.class)
			.select((f) -> f.composite(f.entity(), f.highlight("title").highlighter("title"), f.highlight("body"),
					f.highlight("summary")))
			.where((f, root) -> {
				root.add(f.matchAll());
				for (String word : query.words()) {
					root.add(text(f, word, false));
				}
				for (String phrase : query.phrases()) {
					root.add(text(f, phrase, true));
				}
				if (query.creditCode() != null) {
					root.add(f.match().field("creditCode").matching(query.creditCode()));
				}
				if (query.columnId() != null) {
					root.add(f.match().field("columnId").matching(query.columnId()));
				}
				if (query.year() != null) {
					root.add(f.match().field("year").matching(query.year()));
				}
				if (query.genre() != null) {
					root.add(f.match().field("genre").matching(query.genre()));
				}
			})
			.sort((f) -> query.byDate() ? f.field("publishedOn").desc().then().field("sortId").desc()
					: f.score().then().field("publishedOn").desc().then().field("sortId").desc())
			.highlighter((h) -> h.plain()
				.tag(MARK, END_MARK)
				.encoder(HighlighterEncoder.HTML)
				.fragmentSize(SNIPPET)
				.numberOfFragments(1))
			.highlighter("title", (h) -> h.plain().fragmentSize(1000).numberOfFragments(1))
			.fetch((query.page() - 1) * query.size(), query.size());
		List<SearchHit> hits = new ArrayList<>();
		for (List<?> row : result.hits()) {
			hits.add(hit((SearchDocument) row.get(0), first(row.get(1)), first(row.get(2)), first(row.get(3))));
		}
		return new SearchResults(result.total().hitCount(), query.page(), query.size(), hits);
	}

	private static PredicateFinalStep text(SearchPredicateFactory f, String text, boolean phrase) {
		if (phrase) {
			return f.phrase()
				.field("title")
				.boost(3f)
				.field("summary")
				.boost(1.5f)
				.fields("body", "documentNumber", "agencyName")
				.matching(text);
		}
		return f.match()
			.field("title")
			.boost(3f)
			.field("summary")
			.boost(1.5f)
			.fields("body", "documentNumber", "agencyName")
			.matching(text)
			.minimumShouldMatchPercent(100);
	}

	private static SearchHit hit(SearchDocument document, String title, String body, String summary) {
		String titleHighlight = (title != null) ? title : escape(document.title());
		String snippet = (body != null) ? body : summary;
		if (snippet == null) {
			String text = (document.summary() != null && !document.summary().isBlank()) ? document.summary()
					: document.body();
			snippet = escape((text.length() > SNIPPET) ? text.substring(0, SNIPPET) + "…" : text);
		}
		return new SearchHit(document.id(), document.title(), titleHighlight, snippet, document.indexNumber(),
				document.documentNumber(), document.agencyName(), document.creditCode(), document.columnName(),
				document.genre(), document.publishedOn(),
				"/agencies/" + document.creditCode() + "/publications/" + document.id());
	}

	private static String first(Object highlights) {
		if (highlights instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String text) {
			return text;
		}
		return null;
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
