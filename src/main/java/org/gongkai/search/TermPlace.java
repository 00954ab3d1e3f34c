package org.gongkai.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a term of a search stands in an item, and what that weighs in the relevance
 * order: in the title 3, else in the summary 1, else (body, document number or attachment
 * text) 0; the weights of a query's terms add up.
 */
enum TermPlace {

	TITLE(3), SUMMARY(1), ELSEWHERE(0);

	private final int weight;

	TermPlace(int weight) {
		this.weight = weight;
	}

	int weight() {
		return this.weight;
	}

	/**
	 * Every way {@code terms} terms can stand in an item, grouped by the score they give
	 * and the groups in descending order of score: for two terms, (title, title) first,
	 * then (title, summary) and (summary, title), … down to (elsewhere, elsewhere). Each
	 * way is a list with the place of each term in order. There are 3<sup>n</sup> ways.
	 * @param terms how many terms, 1 to 5
	 */
	static List<List<List<TermPlace>>> levels(int terms) {
		if (terms < 1 || terms > 5) {
			throw new IllegalArgumentException("Between 1 and 5 terms: " + terms);
		}
		Map<Integer, List<List<TermPlace>>> byScore = new TreeMap<>((a, b) -> Integer.compare(b, a));
		TermPlace[] places = values();
		int ways = (int) Math.pow(places.length, terms);
		for (int way = 0; way < ways; way++) {
			TermPlace[] assignment = new TermPlace[terms];
			int rest = way;
			int score = 0;
			for (int i = 0; i < terms; i++) {
				assignment[i] = places[rest % places.length];
				rest /= places.length;
				score += assignment[i].weight;
			}
			byScore.computeIfAbsent(score, (key) -> new ArrayList<>()).add(List.copyOf(Arrays.asList(assignment)));
		}
		return List.copyOf(byScore.values());
	}

}
