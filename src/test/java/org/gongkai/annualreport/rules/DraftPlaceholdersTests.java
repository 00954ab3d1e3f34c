package org.gongkai.annualreport.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The draft's prompts are found wherever they stand; ordinary brackets are not. */
class DraftPlaceholdersTests {

	@Test
	void theDraftsOwnPromptsAreFound() {
		assertThat(DraftPlaceholders.in("本年公开42条。\n（请据实修改补充：政府信息管理、平台建设、监督保障等情况。）"))
			.containsExactly("（请据实修改补充：政府信息管理、平台建设、监督保障等情况。）");
		assertThat(DraftPlaceholders.in("还存在以下问题：（请据实填写存在的主要问题）。下一步：（请据实填写改进措施）。")).containsExactly("（请据实填写存在的主要问题）",
				"（请据实填写改进措施）");
	}

	@Test
	void similarPromptsInOtherBracketsAndBlanksAreFound() {
		assertThat(DraftPlaceholders.in("【请补充平台建设情况】")).containsExactly("【请补充平台建设情况】");
		assertThat(DraftPlaceholders.in("(请填写)")).containsExactly("(请填写)");
		assertThat(DraftPlaceholders.in("监督保障（待补充）。")).containsExactly("（待补充）");
		assertThat(DraftPlaceholders.in("收到申请＿＿＿件")).containsExactly("＿＿＿");
		assertThat(DraftPlaceholders.in("××局")).containsExactly("××");
		assertThat(DraftPlaceholders.in("XXX镇")).containsExactly("XXX");
	}

	@Test
	void ordinaryBracketsAndTextAreNotPrompts() {
		assertThat(DraftPlaceholders.in("（一）主动公开。本年（2025年）公开政府信息42条（含补充通知2条），请见附件（详见网站）。")).isEmpty();
		assertThat(DraftPlaceholders.in("依据《条例》第十九条（修改后）执行，Xi 与 x 不算。")).isEmpty();
		assertThat(DraftPlaceholders.in(null)).isEmpty();
		assertThat(DraftPlaceholders.in("")).isEmpty();
	}

}
