package org.gongkai.services.rules;

import java.util.EnumSet;

import org.gongkai.services.rules.GuideElements.Element;
import org.gongkai.services.rules.GuideElements.Guide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which of a service guide's ten elements are missing, edge by edge. */
class GuideElementsTests {

	private static Guide complete() {
		return new Guide("农村低保申请", "《社会救助暂行办法》第九条", "本县户籍、收入低于标准", "申请书、户口簿", "申请→受理→审核→审批", 30, 20, "不收费",
				"镇为民服务中心，工作日", 0, "0775-6281234", "12345", 1, false);
	}

	private static Guide with(String basis, String fees, String place, int points, String consult, String supervise,
			int forms, boolean noForms, Integer legal, Integer promised) {
		Guide c = complete();
		return new Guide(c.name(), basis, c.conditions(), c.materials(), c.process(), legal, promised, fees, place,
				points, consult, supervise, forms, noForms);
	}

	@Test
	void aGuideWithEveryElementMissesNothing() {
		assertThat(GuideElements.missing(complete())).isEmpty();
	}

	@Test
	void anEmptyGuideMissesAllTen() {
		assertThat(GuideElements
			.missing(new Guide(null, null, null, null, null, null, null, null, null, 0, null, null, 0, false)))
			.containsExactlyElementsOf(EnumSet.allOf(Element.class));
	}

	@Test
	void eachTextElementIsMissingWhenBlankOrAPlaceholder() {
		assertThat(GuideElements
			.missing(new Guide(" ", "无", "略。", "详见窗口", "暂无", 1, 1, "不收费", "地点", 0, "12345", "12345", 1, false)))
			.containsExactly(Element.NAME, Element.BASIS, Element.CONDITIONS, Element.MATERIALS, Element.PROCESS);
	}

	@Test
	void placeholdersAndReferencesThatNameNoDocumentAreNotStated() {
		for (String placeholder : new String[] { "无", "暂无", "略", "待定", "同上", "/", "—", "-", "N/A", "无。", " 略； ", "详见",
				"详见附件", "见附件", "参见相关规定", "详见窗口公示" }) {
			assertThat(GuideElements.stated(placeholder)).as(placeholder).isFalse();
		}
		assertThat(GuideElements.stated(null)).isFalse();
		assertThat(GuideElements.stated("")).isFalse();
		assertThat(GuideElements.stated("详见《社会救助暂行办法》第九条")).isTrue();
		assertThat(GuideElements.stated("参见《城乡规划法》")).isTrue();
		assertThat(GuideElements.stated("见附件《申请表》")).isTrue();
		assertThat(GuideElements.stated("无犯罪记录证明")).as("a text that starts with 无").isTrue();
		assertThat(GuideElements.stated("申请书")).isTrue();
		assertThat(GuideElements.stated("a")).isTrue();
	}

	@Test
	void theFeeMayBeNoneButMustSaySo() {
		assertThat(GuideElements.missing(with("依据", "不收费", "地点", 0, "12345", "12345", 1, false, 1, 1))).isEmpty();
		assertThat(GuideElements.missing(with("依据", "免费。", "地点", 0, "12345", "12345", 1, false, 1, 1))).isEmpty();
		assertThat(GuideElements.missing(with("依据", "每件10元", "地点", 0, "12345", "12345", 1, false, 1, 1))).isEmpty();
		assertThat(GuideElements.missing(with("依据", "无", "地点", 0, "12345", "12345", 1, false, 1, 1)))
			.containsExactly(Element.FEES);
		assertThat(GuideElements.missing(with("依据", "", "地点", 0, "12345", "12345", 1, false, 1, 1)))
			.containsExactly(Element.FEES);
		assertThat(GuideElements.free("不收费")).isTrue();
		assertThat(GuideElements.free(" 不收取任何费用。")).isTrue();
		assertThat(GuideElements.free("收费")).isFalse();
		assertThat(GuideElements.free(null)).isFalse();
	}

	@Test
	void theTimeLimitNeedsBothLegalAndPromisedDaysAndZeroIsOnTheSpot() {
		assertThat(GuideElements.missing(with("依据", "不收费", "地点", 0, "12345", "12345", 1, false, 0, 0))).isEmpty();
		assertThat(GuideElements.missing(with("依据", "不收费", "地点", 0, "12345", "12345", 1, false, null, 5)))
			.containsExactly(Element.TIME_LIMIT);
		assertThat(GuideElements.missing(with("依据", "不收费", "地点", 0, "12345", "12345", 1, false, 5, null)))
			.containsExactly(Element.TIME_LIMIT);
		assertThat(GuideElements.missing(with("依据", "不收费", "地点", 0, "12345", "12345", 1, false, -1, 5)))
			.containsExactly(Element.TIME_LIMIT);
		assertThat(GuideElements.missing(with("依据", "不收费", "地点", 0, "12345", "12345", 1, false, 5, -1)))
			.containsExactly(Element.TIME_LIMIT);
	}

	@Test
	void thePlaceComesFromTheTextOrFromAServicePoint() {
		assertThat(GuideElements.missing(with("依据", "不收费", null, 1, "12345", "12345", 1, false, 1, 1))).isEmpty();
		assertThat(GuideElements.missing(with("依据", "不收费", "无", 0, "12345", "12345", 1, false, 1, 1)))
			.containsExactly(Element.PLACE_AND_HOURS);
		assertThat(GuideElements.missing(with("依据", "不收费", null, 0, "12345", "12345", 1, false, 1, 1)))
			.containsExactly(Element.PLACE_AND_HOURS);
	}

	@Test
	void bothPhonesAreNeededEachWithAtLeastFiveDigits() {
		assertThat(GuideElements.missing(with("依据", "不收费", "地点", 0, "0775-628", "12345", 1, false, 1, 1))).isEmpty();
		assertThat(GuideElements.missing(with("依据", "不收费", "地点", 0, null, "12345", 1, false, 1, 1)))
			.containsExactly(Element.PHONES);
		assertThat(GuideElements.missing(with("依据", "不收费", "地点", 0, "12345", "无", 1, false, 1, 1)))
			.containsExactly(Element.PHONES);
		assertThat(GuideElements.phone("12345")).isTrue();
		assertThat(GuideElements.phone("10000")).as("zeros are digits").isTrue();
		assertThat(GuideElements.phone("99999")).as("nines are digits").isTrue();
		assertThat(GuideElements.phone("/////")).isFalse();
		assertThat(GuideElements.phone(":::::")).isFalse();
		assertThat(GuideElements.phone("1234")).isFalse();
		assertThat(GuideElements.phone("12 345")).as("spaces inside a number").isTrue();
		assertThat(GuideElements.phone("123-45")).as("dashes inside a number").isTrue();
		assertThat(GuideElements.phone("12a345")).as("a letter breaks the number").isFalse();
		assertThat(GuideElements.phone("电话1234，5678")).isFalse();
		assertThat(GuideElements.phone("电话：6281234")).isTrue();
		assertThat(GuideElements.phone("")).isFalse();
		assertThat(GuideElements.phone(null)).isFalse();
	}

	@Test
	void formsAreADownloadOrTheStatementThatNoneIsNeeded() {
		assertThat(GuideElements.missing(with("依据", "不收费", "地点", 0, "12345", "12345", 0, true, 1, 1))).isEmpty();
		assertThat(GuideElements.missing(with("依据", "不收费", "地点", 0, "12345", "12345", 2, false, 1, 1))).isEmpty();
		assertThat(GuideElements.missing(with("依据", "不收费", "地点", 0, "12345", "12345", 0, false, 1, 1)))
			.containsExactly(Element.FORMS);
	}

	@Test
	void onlyClosingPunctuationAndBlanksAreIgnored() {
		assertThat(GuideElements.plain("  无。；  ")).isEqualTo("无");
		assertThat(GuideElements.plain("。")).isEmpty();
		assertThat(GuideElements.plain("(无)")).isEqualTo("(无)");
		assertThat(GuideElements.plain(null)).isEmpty();
		assertThat(GuideElements.stated("(无)")).isTrue();
	}

}
