package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysis the index uses. Configured through
 * {@code hibernate.search.backend.analysis.configurer}, which needs a public class with a
 * public constructor; no other module uses it.
 * <ul>
 * <li>{@value #ANALYZER} segments Chinese into words with Lucene's smartcn (a hidden
 * Markov model over a dictionary; punctuation dropped, full-width letters and digits
 * folded to half-width, Latin words lower-cased and stemmed). Its segmentation of a query
 * and of a text can differ (停水 alone, 临时/停水 in a sentence), so neither finding nor
 * ranking uses it: it marks the query's words in the hits.</li>
 * <li>{@value #CHARACTERS} and {@value #CHARACTER_QUERY} find text exactly: Unicode word
 * breaks (each Chinese character a token, a run of letters or digits a token), full-width
 * forms folded to half-width ({@code ＡＢＣ１２３} = {@code abc123}), lower case, then every
 * two adjacent Chinese characters a bigram. The index keeps the single characters too (at
 * the position of the bigram they start), a query only the bigrams, so a term of n
 * Chinese characters becomes a phrase of its n-1 bigrams, which matches exactly where the
 * text contains the term; a term of one character matches that character.</li>
 * <li>{@value #KEYWORD} normalises codes for exact filters.</li>
 * </ul>
 * The OpenSearch backend ({@code gongkai.search.backend=opensearch}) defines
 * {@value #CHARACTERS}, {@value #CHARACTER_QUERY} and {@value #KEYWORD} by the same names
 * from the same Lucene parts in {@link OpenSearchAnalysis}; {@value #ANALYZER} is needed
 * there by no field (it marks hits in memory on either backend). For full NFKC the
 * {@code icu_normalizer} filter ({@code nfkc_cf}) of {@code analysis-icu} could replace
 * {@code cjk_width} and {@code lowercase} on both.
 */
public class ChineseAnalysis implements LuceneAnalysisConfigurer {

	static final String ANALYZER = "chinese";

	/** Chinese characters and their bigrams, letter and digit runs: for the index. */
	static final String CHARACTERS = "characters";

	/** Bigrams only (single characters where they stand alone): for queries. */
	static final String CHARACTER_QUERY = "characters_query";

	static final String KEYWORD = "keyword";

	/** The analyser of {@value #ANALYZER}, for the words of a query (thread-safe). */
	private static final Analyzer CHINESE = new SmartChineseAnalyzer();

	/**
	 * {@value #CHARACTERS} and {@value #CHARACTER_QUERY} in memory, for {@link #slop}.
	 */
	private static final Analyzer INDEXED = characters(true);

	private static final Analyzer QUERIED = characters(false);

	/** For Hibernate Search, which instantiates the configurer by reflection. */
	public ChineseAnalysis() {
	}

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ANALYZER).instance(CHINESE);
		characters(context, CHARACTERS, true);
		characters(context, CHARACTER_QUERY, false);
		context.normalizer(KEYWORD)
			.custom()
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

	private static void characters(LuceneAnalysisConfigurationContext context, String name, boolean unigrams) {
		context.analyzer(name)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(CJKBigramFilterFactory.class)
			.param("outputUnigrams", Boolean.toString(unigrams));
	}

	private static Analyzer characters(boolean unigrams) {
		try {
			return CustomAnalyzer.builder()
				.withTokenizer(StandardTokenizerFactory.class)
				.addTokenFilter(CJKWidthFilterFactory.class)
				.addTokenFilter(LowerCaseFilterFactory.class)
				.addTokenFilter(CJKBigramFilterFactory.class, "outputUnigrams", Boolean.toString(unigrams))
				.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * How far apart a term's phrase may stand in the index: the phrase of a query has its
	 * tokens one position apart, but in the index a run of two or more Chinese characters
	 * takes one position more than its bigrams (its last character stands alone there),
	 * so whatever follows the run (digits, letters: 做好<b>2026</b>年) comes one position
	 * later than the query says (so does a second run after punctuation: 做好，数量). Without
	 * this, a title pasted whole was not found. The slop is how far the query's tokens
	 * drift from their places in the index, found by analysing the term with both
	 * analysers: exactly what lets the phrase match and nothing looser, 0 for a term of
	 * one Chinese run or of letters and digits alone.
	 */
	static int slop(String term) {
		Map<String, Integer> indexed = new HashMap<>();
		analyse(INDEXED, term, (token, position) -> indexed.put(token, position));
		int[] range = { Integer.MAX_VALUE, Integer.MIN_VALUE };
		analyse(QUERIED, term, (token, position) -> {
			Integer there = indexed.get(token);
			if (there != null) {
				range[0] = Math.min(range[0], there - position);
				range[1] = Math.max(range[1], there - position);
			}
		});
		return (range[1] >= range[0]) ? range[1] - range[0] : 0;
	}

	/**
	 * Hands each token, named by its start offset and text, to the consumer with its
	 * position.
	 */
	private static void analyse(Analyzer analyzer, String text, BiConsumer<String, Integer> tokens) {
		int position = -1;
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				tokens.accept(offset.startOffset() + ":" + term, position);
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Analysing a query in memory", ex);
		}
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
