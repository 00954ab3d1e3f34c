package org.gongkai.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the index keeps of a body that may be sanitised HTML: the words, without tags,
 * scripts, styles or comments.
 */
class PlainTextTests {

	@Test
	void tagsGoAndTheWordsOfAdjacentBlocksStayApart() {
		assertThat(PlainText.of("<p>第一段</p><p>第二段<br>换行</p>", 1000)).isEqualTo("第一段 第二段 换行");
	}

	@Test
	void scriptsStylesAndCommentsGoWhole() {
		assertThat(PlainText.of("前<script>alert('x')</script>中<style>p{}</style>后<!-- 注释 -->", 1000))
			.isEqualTo("前 中 后");
	}

	@Test
	void entitiesAreDecodedAndPlainTextWithAngleBracketsSurvives() {
		assertThat(PlainText.of("甲 &amp; 乙 &lt;丙&gt;", 1000)).isEqualTo("甲 & 乙 <丙>");
		assertThat(PlainText.of("3 < 5 且 7 > 2", 1000)).isEqualTo("3 < 5 且 7 > 2");
	}

	@Test
	void longTextIsCutAtTheLimitAndNullStaysNull() {
		assertThat(PlainText.of("一二三四五", 3)).isEqualTo("一二三");
		assertThat(PlainText.of(null, 3)).isNull();
	}

}
