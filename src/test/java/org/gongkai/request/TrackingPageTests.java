package org.gongkai.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.GongkaiTest;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.calendar.rules.WorkingDayRules;
import org.gongkai.request.rules.AppealPeriods;
import org.gongkai.request.casework.CaseHandling;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.intake.RequestIntake;
import org.gongkai.request.letters.LetterDelivery;
import org.gongkai.request.letters.LetterKind;
import org.gongkai.request.letters.LetterView;
import org.gongkai.request.letters.ReplyLetters;
import org.gongkai.request.rules.Outcome;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tracking page explains the case in plain words (issue 12): what the applicant asked
 * for, a timeline, what the status means, the answer date and type, and what to do next,
 * with the last days for reconsideration (60 days) and a lawsuit (6 months) from the day
 * the answer was received (docs/legal-rules.md, Answer types).
 */
@GongkaiTest
class TrackingPageTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestManagement requests;

	@Autowired
	CaseHandling handling;

	@Autowired
	ReplyLetters letters;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	Clock clock;

	@Test
	void anOnlineApplicationExplainsItsStateFromSubmissionToConfirmation() throws Exception {
		AgencyData data = AgencyFixtures.county("查询县" + System.nanoTime() % 100000);
		long agency = this.agencies.create(data);
		Receipt receipt = this.intake.apply(data.creditCode(), CaseFixtures.form(CaseFixtures.idNumber()));
		track(receipt).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("确认收到后开始计算"), containsString("正等待本机关确认收到"),
					containsString("您在网上提交了申请"), containsString("本县2026年财政预算执行情况"), containsString("请保存好申请编号和查询码"))));
		long id = this.cases.findByTrackingNo(receipt.trackingNo()).orElseThrow().id();
		CaseFixtures.asDoing("clerk", Role.CLERK, agency, () -> this.intake.confirm(id));
		LocalDate due = WorkingDayRules.bundled().deadline(today(), 20).due();
		track(receipt).andExpect(content().string(allOf(containsString("本机关确认收到您的申请"),
				containsString("本机关应在 " + due + " 前答复"), containsString("逾期不答复的，您可以依法申请行政复议"),
				not(containsString("确认收到后开始计算")), not(containsString("id=\"correction-form\"")))));
	}

	@Test
	void anAnsweredCaseShowsTheAnswerAndTheLastDaysForReconsiderationAndLawsuit() throws Exception {
		long agency = this.agencies.create(AgencyFixtures.county("答复县" + System.nanoTime() % 100000));
		Receipt receipt = CaseFixtures.as("clerk", Role.CLERK, agency, () -> this.requests.registerWalkIn(agency,
				CaseFixtures.form(CaseFixtures.idNumber()), Channel.WALK_IN, today()));
		long id = this.cases.findByTrackingNo(receipt.trackingNo()).orElseThrow().id();
		CaseFixtures.asDoing("clerk", Role.CLERK, agency, () -> this.handling.decide(id, Outcome.DISCLOSED, "内部备注"));
		// on the default day 2026-06-15: 60 days end on Friday 2026-08-14, 6 months on
		// Tuesday 2026-12-15 (AppealPeriodsTests pins the counting on fixed dates)
		AppealPeriods.Deadlines last = new AppealPeriods(WorkingDayRules.bundled()).from(today());
		track(receipt).andExpect(content().string(allOf(containsString("id=\"answered-on\">" + today()),
				containsString("予以公开"), containsString("本机关作出答复"), containsString("答复结果：予以公开"),
				containsString("60 日内申请行政复议，最迟 " + last.reconsiderationBy()),
				containsString("6 个月内向人民法院提起行政诉讼，最迟 " + last.lawsuitBy()),
				containsString("以上日期按答复日期 " + today() + " 计算"),
				// nothing of the office's internal work
				not(containsString("内部备注")), not(containsString("clerk")))));

		// delivered by post three days later: counted from then
		LocalDate answerDay = today();
		long reply = CaseFixtures.as("clerk", Role.CLERK, agency,
				() -> this.letters.lettersOf(id)
					.letters()
					.stream()
					.filter((l) -> l.kind() == LetterKind.REPLY)
					.map(LetterView::id)
					.findFirst()
					.orElseThrow());
		CaseFixtures.asDoing("clerk", Role.CLERK, agency,
				() -> this.letters.recordDelivery(id, reply, LetterDelivery.POST, answerDay));
		track(receipt).andExpect(content().string(containsString("按本机关登记的答复送达日期 " + answerDay + " 计算")));
	}

	private ResultActions track(Receipt receipt) throws Exception {
		int n = ADDRESSES.incrementAndGet();
		return this.mvc.perform(post("/requests/track").with(csrf()).with((request) -> {
			request.setRemoteAddr("10.79." + (n / 250) + "." + (n % 250 + 1));
			return request;
		}).param("trackingNo", receipt.trackingNo()).param("code", receipt.queryCode()));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
