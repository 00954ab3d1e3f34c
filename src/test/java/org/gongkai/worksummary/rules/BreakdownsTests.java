package org.gongkai.worksummary.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BreakdownsTests {

	private static final List<String> KEYS = List.of("publication.items", "publication.items.column.news",
			"publication.items.column.notices", "publication.interpretations", "mailbox.letters.on-time-rate",
			"request.answered", "request.answered.disclosed", "a", "a.b", "a.b.c");

	@Test
	void aKeyContinuingAnotherAfterADotIsItsPart() {
		assertThat(Breakdowns.parentOf("publication.items.column.news", KEYS)).isEqualTo("publication.items");
		assertThat(Breakdowns.parentOf("request.answered.disclosed", KEYS)).isEqualTo("request.answered");
	}

	@Test
	void theLongestParentWins() {
		assertThat(Breakdowns.parentOf("a.b.c", KEYS)).isEqualTo("a.b");
		assertThat(Breakdowns.parentOf("a.b", KEYS)).isEqualTo("a");
	}

	@Test
	void aSharedPrefixWithoutADotOrTheKeyItselfIsNoParent() {
		assertThat(Breakdowns.parentOf("publication.items", KEYS)).isNull();
		assertThat(Breakdowns.parentOf("publication.itemsx", KEYS)).isNull();
		assertThat(Breakdowns.parentOf("publication.interpretations", KEYS)).isNull();
		assertThat(Breakdowns.parentOf("mailbox.letters.on-time-rate", KEYS)).isNull();
		assertThat(Breakdowns.parentOf("a", List.of("a"))).isNull();
	}

	@Test
	void theMainFiguresAreThoseWithoutParentOnceEach() {
		assertThat(Breakdowns.main(KEYS)).containsExactly("publication.items", "publication.interpretations",
				"mailbox.letters.on-time-rate", "request.answered", "a");
		assertThat(Breakdowns.main(List.of("x", "x"))).containsExactly("x");
		assertThat(Breakdowns.main(List.of())).isEmpty();
	}

}
