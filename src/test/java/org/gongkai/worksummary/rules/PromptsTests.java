package org.gongkai.worksummary.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromptsTests {

	@Test
	void aBracketedRequestIsAPrompt() {
		assertThat(Prompts.in("问题如下：【请写明存在的主要问题。】以上。")).containsExactly("【请写明存在的主要问题。】");
		assertThat(Prompts.in("【请一】和【请二】")).containsExactly("【请一】", "【请二】");
	}

	@Test
	void otherBracketsAndPlainTextAreNot() {
		assertThat(Prompts.in("（一）主动公开。【说明】本年公开123条。")).isEmpty();
		assertThat(Prompts.in(null)).isEmpty();
		assertThat(Prompts.in("【请跨\n行】")).isEmpty();
	}

	@Test
	void aPartIsFinishedWhenWrittenAndWithoutPrompts() {
		assertThat(Prompts.finished("公开不够及时。")).isTrue();
		assertThat(Prompts.finished("公开不够及时。【请补充】")).isFalse();
		assertThat(Prompts.finished("  ")).isFalse();
		assertThat(Prompts.finished("")).isFalse();
		assertThat(Prompts.finished(null)).isFalse();
	}

}
