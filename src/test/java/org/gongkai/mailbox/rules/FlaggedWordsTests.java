package org.gongkai.mailbox.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The word list flags case-insensitively and ignores blank entries. */
class FlaggedWordsTests {

	private final FlaggedWords words = new FlaggedWords(List.of("Idiot", " 狗官 ", "", "   "));

	@Test
	void aTextHoldingAWordOfTheListIsFlaggedWhateverItsCase() {
		assertThat(this.words.flags("you IDIOT")).isTrue();
		assertThat(this.words.flags("idiotic")).isTrue();
		assertThat(this.words.flags("标题", "这些狗官")).isTrue();
		assertThat(this.words.flags("这些狗官", "标题")).isTrue();
		assertThat(this.words.flags(null, "狗官")).isTrue();
	}

	@Test
	void cleanTextsMissingTextsAndBlankEntriesFlagNothing() {
		assertThat(this.words.flags("路灯不亮", null)).isFalse();
		assertThat(this.words.flags()).isFalse();
		assertThat(this.words.flags((String) null)).isFalse();
		// the blank entries would match every text
		assertThat(this.words.flags("路灯 不亮")).isFalse();
		assertThat(this.words.flags("")).isFalse();
		assertThat(new FlaggedWords(List.of()).flags("anything")).isFalse();
	}

}
