package org.gongkai.request.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the template meets the applicant's text, a sentence ends once. */
class LetterPunctuationTests {

	@Test
	void anApplicantsFullStopIsNotDoubledByTheTemplates() {
		assertThat(LetterPunctuation.tidy("申请获取：2025年本镇低保名单。。")).isEqualTo("申请获取：2025年本镇低保名单。");
		assertThat(LetterPunctuation.tidy("申请获取：本镇低保名单。。。")).isEqualTo("申请获取：本镇低保名单。");
		assertThat(LetterPunctuation.tidy("申请获取：本镇低保名单． 。")).isEqualTo("申请获取：本镇低保名单．");
	}

	@Test
	void anApplicantsQuestionOrExclamationMarkStaysAndTheTemplatesFullStopGoes() {
		assertThat(LetterPunctuation.tidy("申请获取：能否公开低保名单？。")).isEqualTo("申请获取：能否公开低保名单？");
		assertThat(LetterPunctuation.tidy("申请获取：请公开!。")).isEqualTo("申请获取：请公开!");
		assertThat(LetterPunctuation.tidy("申请获取：list of names.。")).isEqualTo("申请获取：list of names.");
	}

	@Test
	void aFullStopBeforeAPauseMarkGoes() {
		assertThat(LetterPunctuation.tidy("申请获取“低保名单。”，经查")).isEqualTo("申请获取“低保名单。”，经查");
		assertThat(LetterPunctuation.tidy("申请获取低保名单。，经查")).isEqualTo("申请获取低保名单，经查");
		assertThat(LetterPunctuation.tidy("名单。；经查")).isEqualTo("名单；经查");
	}

	@Test
	void ordinaryTextAndEllipsesStay() {
		String plain = "本机关于2026年9月25日收到你（单位）提出的政府信息公开申请。经查，该信息已主动公开。";
		assertThat(LetterPunctuation.tidy(plain)).isEqualTo(plain);
		assertThat(LetterPunctuation.tidy("等等……。")).isEqualTo("等等……。");
		assertThat(LetterPunctuation.tidy("version 1.2.3 ok")).isEqualTo("version 1.2.3 ok");
		assertThat(LetterPunctuation.tidy("...")).isEqualTo("...");
		assertThat(LetterPunctuation.tidy(null)).isNull();
		assertThat(LetterPunctuation.tidy("")).isEmpty();
	}

}
