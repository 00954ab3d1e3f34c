package org.gongkai.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analysis of {@link ChineseAnalysis} for the OpenSearch backend
 * ({@code gongkai.search.backend=opensearch}), by the same names and from the same parts:
 * the {@code standard} tokenizer (Unicode word breaks: each Chinese character a token, a
 * run of letters or digits a token), {@code cjk_width} (full-width forms to half-width),
 * {@code lowercase}, and {@code cjk_bigram} over all scripts, with the single characters
 * in the index ({@value ChineseAnalysis#CHARACTERS}) and without them in queries
 * ({@value ChineseAnalysis#CHARACTER_QUERY}); the {@value ChineseAnalysis#KEYWORD}
 * normaliser lower-cases and folds to ASCII. OpenSearch 2.19.6 runs Lucene 9.12.3, the
 * Lucene of the embedded index, and these filters are Lucene's own (the
 * {@code analysis-common} module), so a text is cut into the same tokens at the same
 * positions and a query finds the same items on both backends. The smartcn analyser (not
 * on Maven Central as an OpenSearch plugin) is needed on neither: no field uses it, it
 * marks the query's words in the hits in memory.
 */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

	private static final String BIGRAMS = "gongkai_cjk_bigram";

	private static final String BIGRAMS_ONLY = "gongkai_cjk_bigram_only";

	/** For Hibernate Search, which instantiates the configurer by reflection. */
	public OpenSearchAnalysis() {
	}

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter(BIGRAMS).type("cjk_bigram").param("output_unigrams", true);
		context.tokenFilter(BIGRAMS_ONLY).type("cjk_bigram").param("output_unigrams", false);
		context.analyzer(ChineseAnalysis.CHARACTERS)
			.custom()
			.tokenizer("standard")
			.tokenFilters("cjk_width", "lowercase", BIGRAMS);
		context.analyzer(ChineseAnalysis.CHARACTER_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilters("cjk_width", "lowercase", BIGRAMS_ONLY);
		context.normalizer(ChineseAnalysis.KEYWORD).custom().tokenFilters("lowercase", "asciifolding");
	}

}
