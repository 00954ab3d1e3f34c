package org.gongkai.request.web;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.request.CaseEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of case-log entry reads as Chinese words (issue 12): codes written out,
 * dates written the Chinese way, who acted apart from what happened, and an unknown or
 * malformed entry still a sentence, never a message key or a stack trace.
 */
@GongkaiTest
class CaseLogWordsTests {

	private static final LocalDate ON = LocalDate.of(2026, 6, 15);

	@Autowired
	CaseLogWords words;

	@Test
	void everyKindOfEntryReadsAsWordsWithoutCodes() {
		List<CaseEvent> events = List.of(event("imported", null), event("correction-requested", "2026-06-30"),
				event("correction-received", null), event("correction-received-online", "原来的申请"),
				event("consultation-sent", "THIRD_PARTY_CONSULTATION"),
				event("consultation-answered", "AGENCY_CONSULTATION"), event("extended", "需要调取档案"),
				event("decided", "3.2"), event("decision-returned", "请补充理由"), event("approved", "3.3.4"),
				event("due-moved", "答复期限由 2026-10-08 调整为 2026-10-09"), event("letter-delivered", "某县依申复〔2026〕1号 邮寄"),
				event("letter-released", "某县依申复〔2026〕1号"), event("fee-notice", "PER_VOLUME 120 1400.00"),
				event("fee-paid", "1400.00"), event("fee-waived", "困难群众"), event("fee-lapsed", "3.6.2"),
				event("correction-lapsed", "3.6.1"), event("assigned", "clerk-2"),
				event("appeal-recorded", "RECONSIDERATION 县人民政府 PENDING"), event("appeal-decided", "LAWSUIT UPHELD"));
		List<CaseLogWords.Line> lines = this.words.lines(events);
		assertThat(lines).extracting(CaseLogWords.Line::text)
			.containsExactly("从台账导入", "一次性书面告知补正，补正期限至2026年6月30日", "收到补正后的申请，答复期限重新计算",
					"申请人在网上提交补正，答复期限重新计算。原申请内容：原来的申请", "书面征求意见，征求对象：第三方（条例第三十二条）", "收到征求意见的答复，征求对象：其他机关（条例第三十四条）",
					"负责人同意延长答复期限，理由：需要调取档案", "拟定答复：部分公开", "负责人退回拟定的答复，意见：请补充理由", "负责人审批同意答复：不予公开：保护第三方合法权益",
					"节假日安排变更，答复期限由2026年10月8日调整为2026年10月9日", "登记文书送达：某县依申复〔2026〕1号 邮寄", "文书提供申请人在线查看下载：某县依申复〔2026〕1号",
					"发出信息处理费收费通知：按量计收（120 页），金额 1400.00 元", "登记缴纳信息处理费 1400.00 元", "负责人减免信息处理费，理由：困难群众",
					"逾期未缴费，视为放弃申请：其他处理：申请人逾期未缴纳信息处理费", "逾期未补正，视为放弃申请：其他处理：申请人无正当理由逾期不补正", "分配承办人：clerk-2",
					"登记行政复议：县人民政府，尚未审结", "登记行政诉讼（未经复议直接起诉）结果：结果维持");
		assertThat(lines).extracting(CaseLogWords.Line::by).containsOnly("经办：clerk-1");
	}

	@Test
	void theSystemTheApplicantAndUnknownOrMalformedEntriesStillReadAsWords() {
		assertThat(this.words.line(new CaseEvent("correction-lapsed", ON, "system", "3.6.1")).by()).isEqualTo("系统自动处理");
		assertThat(this.words.line(new CaseEvent("correction-received-online", ON, "applicant", "x")).by())
			.isEqualTo("申请人本人");
		assertThat(this.words.line(event("something-new", "细节")).text()).isEqualTo("办理记录：细节");
		// a kind logged elsewhere in the module with only its older key
		assertThat(this.words.line(event("letter-issued", "某县依申补〔2026〕1号")).text()).isEqualTo("生成文书：某县依申补〔2026〕1号");
		assertThat(this.words.line(event("fee-notice", "garbled")).text()).isEqualTo("办理记录：garbled");
		assertThat(this.words.line(event("appeal-decided", "x")).text()).isEqualTo("办理记录：x");
		assertThat(this.words.line(event("correction-requested", "not-a-date")).text()).endsWith("not-a-date");
		assertThat(this.words.line(event("decided", null)).text()).isEqualTo("拟定答复：");
	}

	private static CaseEvent event(String kind, String detail) {
		return new CaseEvent(kind, ON, "clerk-1", detail);
	}

}
