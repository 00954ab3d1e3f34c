package org.gongkai.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How typed text becomes the terms every found item must contain. */
class SearchQueryTests {

	@Test
	void termsAreRunsOfChineseCharactersLettersOrDigitsAndQuotedPhrasesStayWhole() {
		assertThat(terms("临时停水")).containsExactly("临时停水");
		assertThat(terms("公示 名单")).containsExactly("公示", "名单");
		assertThat(terms("公示，名单。")).containsExactly("公示", "名单");
		assertThat(terms("2026年　预算")).containsExactly("2026年", "预算");
		assertThat(terms("ＡＢＣ１２３")).containsExactly("ＡＢＣ１２３");
		assertThat(terms("\"公示 名单\" 低保")).containsExactly("低保", "公示 名单");
		assertThat(terms("“临时停水” 通知")).containsExactly("通知", "临时停水");
		assertThat(terms("临时\t停水\n通知")).containsExactly("临时", "停水", "通知");
	}

	@Test
	void textWithoutLettersOrDigitsHasNoTermsButIsNotEmpty() {
		SearchQuery punctuation = parse("。，、……");
		assertThat(punctuation.hasText()).isTrue();
		assertThat(punctuation.terms()).isEmpty();
		assertThat(parse("\"\"").terms()).isEmpty();
		assertThat(parse("  ").hasText()).isFalse();
	}

	@Test
	void theTypedTextIsKeptAsTyped() {
		assertThat(parse(" “临时停水” ").text()).isEqualTo("“临时停水”");
	}

	private static List<String> terms(String q) {
		return parse(q).terms();
	}

	private static SearchQuery parse(String q) {
		return SearchQuery.parse(q, null, null, null, null, null, null, null);
	}

}
