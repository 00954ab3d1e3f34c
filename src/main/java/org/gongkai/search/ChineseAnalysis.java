package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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

	/** The analyser of {@value #ANALYZER}, for the words of a query (thread-safe). */
	private static final Analyzer CHINESE = new SmartChineseAnalyzer();

	/** For Hibernate Search, which instantiates the configurer by reflection. */
	public ChineseAnalysis() {
	}

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ANALYZER).instance(CHINESE);
		context.normalizer(KEYWORD)
			.custom()
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

	/**
	 * The words the index matches for this text, in order (the same segmentation as the
	 * index), for marking them in hits.
	 */
	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = CHINESE.tokenStream("body", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Analysing a query in memory", ex);
		}
		return tokens;
	}

}
