package org.gongkai.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.gongkai.search.SearchQuery;

/**
 * The labelled query set of {@code search/queries.txt} and how results are judged. The
 * labels are computed, never typed: an item is relevant to a query when its text (title,
 * summary, body, document number, attachment text) contains every term of the query (as
 * {@link SearchQuery#terms()} splits it) after the index's normalisation (full-width
 * forms folded to half-width by Lucene's {@link CJKWidthCharFilter}, the same folding as
 * the index's {@code cjk_width} filter, then lower case). Used by SearchQualityTests and
 * SearchBenchClient.
 */
final class QuerySet {

	private QuerySet() {
	}

	/** The queries, in file order. */
	static List<String> load() {
		List<String> queries = new ArrayList<>();
		try (InputStream in = QuerySet.class.getResourceAsStream("/search/queries.txt")) {
			if (in == null) {
				throw new IllegalStateException("search/queries.txt missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					queries.add(line.strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return queries;
	}

	/** Text as the index compares it: widths folded, lower case. */
	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		try (Reader folded = new CJKWidthCharFilter(new StringReader(text))) {
			char[] buffer = new char[4096];
			int read;
			while ((read = folded.read(buffer)) > 0) {
				out.append(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

	/** The normalised text of an item's searchable fields, one per line. */
	static String itemText(String... fields) {
		StringBuilder text = new StringBuilder();
		for (String field : fields) {
			if (field != null) {
				text.append(normalise(field)).append('\n');
			}
		}
		return text.toString();
	}

	/** The query's terms, normalised. */
	static List<String> terms(String query) {
		return SearchQuery.parse(query, null, null, null, null, null, null, null)
			.terms()
			.stream()
			.map(QuerySet::normalise)
			.toList();
	}

	/** Whether a normalised item text contains every term. */
	static boolean relevant(String itemText, List<String> terms) {
		for (String term : terms) {
			if (!itemText.contains(term)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * How one query did.
	 *
	 * @param query the query
	 * @param relevant how many items contain its terms
	 * @param judged the relevant items the metrics count against ({@code relevant} or,
	 * where only the first hits were fetched, at most that many)
	 * @param found the relevant items among the hits fetched
	 * @param foundInFirstR the relevant items among the first {@code judged} hits
	 * @param firstTen the first ten hits (or fewer)
	 * @param relevantInFirstTen the relevant ones among them
	 * @param total the total the search reported
	 */
	record Outcome(String query, int relevant, int judged, int found, int foundInFirstR, int firstTen,
			int relevantInFirstTen, long total) {

		/** Judges the ranked hits of a query against the relevant ids. */
		static Outcome of(String query, Set<Long> relevant, List<Long> hits, int depth, long total) {
			Set<Long> seen = new HashSet<>();
			int judged = Math.min(relevant.size(), depth);
			int found = 0;
			int foundInFirstR = 0;
			int relevantInFirstTen = 0;
			for (int i = 0; i < hits.size(); i++) {
				long id = hits.get(i);
				if (relevant.contains(id) && seen.add(id)) {
					found++;
					if (i < judged) {
						foundInFirstR++;
					}
					if (i < 10) {
						relevantInFirstTen++;
					}
				}
			}
			return new Outcome(query, relevant.size(), judged, found, foundInFirstR, Math.min(10, hits.size()),
					relevantInFirstTen, total);
		}

		/** Recall (of the judged items); 1 when nothing is relevant. */
		double recall() {
			return (this.judged == 0) ? 1 : Math.min(this.found, this.judged) / (double) this.judged;
		}

		/**
		 * Precision of the first R hits, R the judged items; 1 when nothing is relevant
		 * and nothing found.
		 */
		double rPrecision() {
			return (this.judged == 0) ? ((this.firstTen == 0) ? 1 : 0) : this.foundInFirstR / (double) this.judged;
		}

		/**
		 * Precision of the first ten hits (of those shown, if fewer); 1 when none is
		 * shown.
		 */
		double precisionAt10() {
			return (this.firstTen == 0) ? ((this.relevant == 0) ? 1 : 0)
					: this.relevantInFirstTen / (double) this.firstTen;
		}

		@Override
		public String toString() {
			return String.format("%-16s relevant %6d  found %6d  total %6d  recall %.3f  R-prec %.3f  P@10 %.2f",
					this.query, this.relevant, this.found, this.total, recall(), rPrecision(), precisionAt10());
		}

	}

	/** Means over the queries: recall, R-precision, precision@10. */
	static double[] means(Collection<Outcome> outcomes) {
		double recall = 0;
		double rPrecision = 0;
		double precision = 0;
		for (Outcome outcome : outcomes) {
			recall += outcome.recall();
			rPrecision += outcome.rPrecision();
			precision += outcome.precisionAt10();
		}
		int n = Math.max(outcomes.size(), 1);
		return new double[] { recall / n, rPrecision / n, precision / n };
	}

}
