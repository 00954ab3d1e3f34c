package org.gongkai.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.gongkai.search.TermPlace.ELSEWHERE;
import static org.gongkai.search.TermPlace.SUMMARY;
import static org.gongkai.search.TermPlace.TITLE;

class TermPlaceTests {

	@Test
	void oneTermStandsInTheTitleThenTheSummaryThenElsewhere() {
		assertThat(TermPlace.levels(1)).containsExactly(List.of(List.of(TITLE)), List.of(List.of(SUMMARY)),
				List.of(List.of(ELSEWHERE)));
	}

	@Test
	void twoTermsAreGroupedByTheScoreTheirPlacesAddUpTo() {
		List<List<List<TermPlace>>> levels = TermPlace.levels(2);
		assertThat(levels).hasSize(6);
		assertThat(levels.stream().map((level) -> score(level.get(0))).toList()).containsExactly(6, 4, 3, 2, 1, 0);
		assertThat(levels.get(1)).containsExactlyInAnyOrder(List.of(TITLE, SUMMARY), List.of(SUMMARY, TITLE));
		assertThat(levels.get(5)).containsExactly(List.of(ELSEWHERE, ELSEWHERE));
	}

	@Test
	void everyWayIsInExactlyOneLevelWithItsOwnScore() {
		for (int terms = 1; terms <= 5; terms++) {
			List<List<List<TermPlace>>> levels = TermPlace.levels(terms);
			assertThat(levels.stream().mapToInt(List::size).sum()).isEqualTo((int) Math.pow(3, terms));
			int previous = Integer.MAX_VALUE;
			for (List<List<TermPlace>> level : levels) {
				int score = score(level.get(0));
				assertThat(score).isLessThan(previous);
				assertThat(level).allSatisfy((way) -> assertThat(score(way)).isEqualTo(score));
				previous = score;
			}
		}
	}

	@Test
	void refusesCountsItWasNotMadeFor() {
		assertThatIllegalArgumentException().isThrownBy(() -> TermPlace.levels(0));
		assertThatIllegalArgumentException().isThrownBy(() -> TermPlace.levels(6));
	}

	private static int score(List<TermPlace> way) {
		return way.stream().mapToInt(TermPlace::weight).sum();
	}

}
