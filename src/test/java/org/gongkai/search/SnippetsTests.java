package org.gongkai.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTests {

	@Test
	void everyOccurrenceIsMarkedLongestTermFirstInEscapedText() {
		assertThat(Snippets.mark("<b>医疗保险</b>与医疗救助", List.of("医疗", "医疗保险")))
			.isEqualTo("&lt;b&gt;<em>医疗保险</em>&lt;/b&gt;与<em>医疗</em>救助");
		assertThat(Snippets.mark("GB/T 9704 and gb", List.of("gb"))).isEqualTo("<em>GB</em>/T 9704 and <em>gb</em>");
		assertThat(Snippets.mark("a&b", List.of("&"))).isEqualTo("a<em>&amp;</em>b");
		assertThat(Snippets.mark(null, List.of("x"))).isEmpty();
		assertThat(Snippets.mark("无匹配", List.of(" ", ""))).isEqualTo("无匹配");
	}

	@Test
	void aSnippetIsAWindowAroundTheFirstMatchWithEllipses() {
		String text = "甲".repeat(100) + "征地补偿" + "乙".repeat(100);
		String snippet = Snippets.snippet(text, List.of("征地"), 40);
		assertThat(snippet).startsWith("…").endsWith("…").contains("<em>征地</em>补偿");
		assertThat(snippet.replace("<em>", "").replace("</em>", "").replace("…", "")).hasSize(40);
		// nothing matches: the start of the text
		assertThat(Snippets.snippet("短文本\n\n第二段", List.of("无"), 40)).isEqualTo("短文本 第二段");
		// a match near the end: the window ends with the text, no trailing ellipsis
		assertThat(Snippets.snippet("乙".repeat(100) + "公示", List.of("公示"), 40)).startsWith("…").endsWith("<em>公示</em>");
		assertThat(Snippets.snippet("  ", List.of("x"), 40)).isNull();
		assertThat(Snippets.matches("公示期", List.of("公示"))).isTrue();
		assertThat(Snippets.matches(null, List.of("公示"))).isFalse();
	}

	@Test
	void theQueryIsSegmentedAsTheIndexSegmentsIt() {
		assertThat(ChineseAnalysis.tokens("医疗保险 征缴")).containsExactly("医疗", "保险", "征缴");
	}

}
