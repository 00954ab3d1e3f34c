package org.gongkai.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slop of a term's phrase: one position for every run of two or more Chinese
 * characters that letters or digits follow, none otherwise.
 */
class ChineseAnalysisTests {

	@Test
	void aChineseRunBeforeDigitsOrLettersCostsOnePosition() {
		assertThat(ChineseAnalysis.slop("停水")).isZero();
		assertThat(ChineseAnalysis.slop("abc123")).isZero();
		assertThat(ChineseAnalysis.slop("2026年")).isZero();
		assertThat(ChineseAnalysis.slop("水2026")).as("a single character stands alone in both").isZero();
		assertThat(ChineseAnalysis.slop("做好2026年")).isEqualTo(1);
		assertThat(ChineseAnalysis.slop("车型ＸＹＺ９，数量")).isEqualTo(1);
		assertThat(ChineseAnalysis.slop("关于做好2026年城乡居民医疗保险征缴工作的通知")).isEqualTo(1);
		assertThat(ChineseAnalysis.slop("型号abc和型号def")).isEqualTo(2);
		assertThat(ChineseAnalysis.slop("做好，数量")).isEqualTo(1);
		assertThat(ChineseAnalysis.slop("")).isZero();
	}

}
