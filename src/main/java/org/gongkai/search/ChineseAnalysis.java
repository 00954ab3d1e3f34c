package org.gongkai.search;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysis the index uses: {@value #ANALYZER} segments Chinese into words with
 * Lucene's smartcn (a hidden Markov model over a dictionary; punctuation dropped, Latin
 * words lower-cased and stemmed), {@value #KEYWORD} normalises codes for exact filters.
 * Configured through {@code hibernate.search.backend.analysis.configurer}, which needs a
 * public class with a public constructor; no other module uses it.
 */
public class ChineseAnalysis implements LuceneAnalysisConfigurer {

	static final String ANALYZER = "chinese";

	static final String KEYWORD = "keyword";

	/** For Hibernate Search, which instantiates the configurer by reflection. */
	public ChineseAnalysis() {
	}

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ANALYZER).instance(new SmartChineseAnalyzer());
		context.normalizer(KEYWORD)
			.custom()
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

}
