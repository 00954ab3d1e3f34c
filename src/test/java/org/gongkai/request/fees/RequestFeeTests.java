package org.gongkai.request.fees;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.TestClock;
import org.gongkai.TestToday;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.CaseDetails;
import org.gongkai.request.CaseEvent;
import org.gongkai.request.CaseFixtures;
import org.gongkai.request.CaseFixtures.Office;
import org.gongkai.request.CaseStatus;
import org.gongkai.request.RequestManagement;
import org.gongkai.request.RequestProperties;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.letters.LetterKind;
import org.gongkai.request.letters.LetterView;
import org.gongkai.request.letters.ReplyLetters;
import org.gongkai.request.rules.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Information-processing fees in the workflow (国办函〔2020〕109号, docs/legal-rules.md, Fees):
 * amounts, monthly cumulation per applicant, the clock pause, payment, waiver and closing
 * unpaid cases as 其他处理 2.
 */
@TestToday(TestClock.PINNED_CALENDAR_DAY)
@GongkaiTest
class RequestFeeTests {

	@Autowired
	private ReplyLetters letters;

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestManagement requests;

	@Autowired
	RequestFees fees;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	FeeNotices notices;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AgencyAccess access;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void perApplicationFeesCumulateOverTheApplicantsCalendarMonthAtTheAgency() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		Office elsewhere = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		String applicant = CaseFixtures.idNumber();
		// Another agency's case of the same applicant does not count at this agency.
		CaseFixtures.walkIn(this.requests, this.cases, elsewhere.agency(), applicant, LocalDate.of(2026, 1, 5));
		List<Long> january = new ArrayList<>();
		for (int day = 5; day <= 14; day++) {
			january.add(CaseFixtures.walkIn(this.requests, this.cases, office.agency(), applicant,
					LocalDate.of(2026, 1, day)));
		}
		long eleventh = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), applicant.toLowerCase(),
				LocalDate.of(2026, 1, 30));
		long twelfth = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), applicant,
				LocalDate.of(2026, 1, 31));
		// The month boundary: February starts the count again.
		long february = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), applicant,
				LocalDate.of(2026, 2, 1));
		long otherPerson = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(),
				LocalDate.of(2026, 1, 31));

		assertThat(quote(office, january.get(0))).isEqualByComparingTo("0");
		assertThat(quote(office, january.get(9))).isEqualByComparingTo("0");
		assertThat(quote(office, eleventh)).isEqualByComparingTo("100");
		assertThat(quote(office, twelfth)).isEqualByComparingTo("100");
		assertThat(quote(office, february)).isEqualByComparingTo("0");
		assertThat(quote(office, otherPerson)).isEqualByComparingTo("0");

		step(office.clerk(), february, "fee", "basis", "PER_APPLICATION", "notifiedOn", "2026-02-02")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("无需收费")));
		step(office.clerk(), twelfth, "fee", "basis", "PER_APPLICATION", "notifiedOn", "2026-02-03")
			.andExpect(status().is3xxRedirection());
		FeeNoticeView notice = fee(office, twelfth);
		assertThat(notice.units()).isEqualTo(12);
		assertThat(notice.amount()).isEqualByComparingTo("100");
		assertThat(notice.status()).isEqualTo(FeeStatus.AWAITING_PAYMENT);
		step(office.clerk(), twelfth, "fee", "basis", "PER_VOLUME", "pages", "500", "notifiedOn", "2026-02-03")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("已发出过收费通知")));
	}

	@Test
	void perVolumeFeesFollowThePageBands() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long id = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(),
				LocalDate.of(2026, 3, 2));
		assertThat(quoteVolume(office, id, 30)).isEqualByComparingTo("0");
		assertThat(quoteVolume(office, id, 31)).isEqualByComparingTo("10");
		assertThat(quoteVolume(office, id, 100)).isEqualByComparingTo("700");
		assertThat(quoteVolume(office, id, 101)).isEqualByComparingTo("720");
		assertThat(quoteVolume(office, id, 201)).isEqualByComparingTo("2740");
		assertThatThrownBy(() -> quoteVolume(office, id, 0)).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> CaseFixtures.as("c", Role.CLERK, office.agency(),
				() -> this.fees.quote(id, FeeBasis.PER_VOLUME, null)))
			.isInstanceOf(RuleViolationException.class);
	}

	/**
	 * Received 2026-09-30: due 2026-11-03 (National Day 1–7 Oct off, Sat 10 Oct worked).
	 * The notice received on 9 Oct and the payment on 14 Oct stop the count for 10, 12,
	 * 13 and 14 Oct: due 2026-11-09.
	 */
	@Test
	void awaitingPaymentPausesTheClockAndPaymentResumesIt() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long id = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(),
				LocalDate.of(2026, 9, 30));
		assertThat(details(office, id).clock().due()).isEqualTo(LocalDate.of(2026, 11, 3));
		step(office.clerk(), id, "fee", "basis", "PER_VOLUME", "pages", "120", "notifiedOn", "2026-10-09")
			.andExpect(status().is3xxRedirection());
		FeeNoticeView notice = fee(office, id);
		assertThat(notice.amount()).isEqualByComparingTo("1100");
		assertThat(notice.pausesClock()).isTrue();
		// 20 working days from 10 Oct: 10, 12–16, 19–23, 26–30 Oct, 2–5 Nov.
		assertThat(notice.payBy()).isEqualTo(LocalDate.of(2026, 11, 5));
		assertThat(details(office, id).clock().due()).isAfter(LocalDate.of(2026, 11, 3));

		step(office.clerk(), id, "fee-payment", "paidOn", "2026-10-14", "amount", "abc")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("缴费金额须与通知金额 1100.00 元一致")));
		step(office.clerk(), id, "fee-payment", "paidOn", "2026-10-14", "amount", "1099.99")
			.andExpect(status().isBadRequest());
		step(office.clerk(), id, "fee-payment", "paidOn", "2026-10-14", "amount", "-1100")
			.andExpect(status().isBadRequest());
		step(office.clerk(), id, "fee-payment", "paidOn", "2026-10-08", "amount", "1100")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("日期无效")));
		step(office.clerk(), id, "fee-payment", "paidOn", "2099-01-01", "amount", "1100")
			.andExpect(status().isBadRequest());
		assertThat(fee(office, id).status()).isEqualTo(FeeStatus.AWAITING_PAYMENT);
		step(office.clerk(), id, "fee-payment", "paidOn", "2026-10-14", "amount", "1100.00")
			.andExpect(status().is3xxRedirection());

		CaseDetails paid = details(office, id);
		assertThat(paid.clock().due()).isEqualTo(LocalDate.of(2026, 11, 9));
		assertThat(fee(office, id).status()).isEqualTo(FeeStatus.PAID);
		assertThat(fee(office, id).paidOn()).isEqualTo(LocalDate.of(2026, 10, 14));
		assertThat(paid.events()).extracting(CaseEvent::kind).containsExactly("fee-notice", "fee-paid");
		for (String action : List.of("request.fee-noticed", "request.fee-paid")) {
			assertThat(this.audit
				.find(new AuditQuery(null, action, "DisclosureRequest", String.valueOf(id), null, null), 0, 5))
				.hasSize(1);
		}
		this.mvc.perform(get("/admin/requests/" + id).session(office.clerk()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026-11-09")))
			.andExpect(content().string(containsString("1100.00 元")))
			.andExpect(content().string(containsString("已缴费")));
		step(office.clerk(), id, "fee-payment", "paidOn", "2026-10-14", "amount", "1100")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("没有等待缴纳")));
	}

	/**
	 * Notice received 2026-02-12 (Spring Festival: Sat 14 Feb worked, 15–23 Feb off, Sat
	 * 28 Feb worked): the 20 working days end on 2026-03-18; from 19 March the case is
	 * closed as 其他处理 2.
	 */
	@Test
	void aFeeUnpaidByItsDeadlineClosesTheCaseAsOtherProcessingTwo() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long id = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(),
				LocalDate.of(2026, 2, 12));
		step(office.clerk(), id, "fee", "basis", "PER_VOLUME", "pages", "50", "notifiedOn", "2026-02-12")
			.andExpect(status().is3xxRedirection());
		assertThat(fee(office, id).payBy()).isEqualTo(LocalDate.of(2026, 3, 18));
		assertThat(letterKinds(office, id)).containsExactly(LetterKind.FEE);
		this.fees.closeUnpaid(LocalDate.of(2026, 3, 18));
		assertThat(details(office, id).summary().status()).isEqualTo(CaseStatus.RECEIVED);

		this.fees.closeUnpaid(LocalDate.of(2026, 3, 19));
		CaseDetails closed = details(office, id);
		assertThat(closed.summary().status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(closed.outcome()).isEqualTo(Outcome.OTHER_FEE_UNPAID);
		assertThat(closed.outcome().row()).isEqualTo("3.6.2");
		assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2026, 3, 19));
		assertThat(closed.events()).extracting(CaseEvent::kind).containsExactly("fee-notice", "fee-lapsed");
		assertThat(fee(office, id).status()).isEqualTo(FeeStatus.LAPSED);
		assertThat(letterKinds(office, id)).containsExactly(LetterKind.FEE, LetterKind.REPLY);
		assertThat(this.audit.find(
				new AuditQuery(null, "request.fee-lapsed", "DisclosureRequest", String.valueOf(id), null, null), 0, 5))
			.hasSize(1);
		step(office.clerk(), id, "fee-payment", "paidOn", "2026-03-18", "amount", "200")
			.andExpect(status().isBadRequest());
		this.fees.closeUnpaid(LocalDate.of(2026, 3, 20));
		assertThat(details(office, id).events()).hasSize(2);
	}

	/**
	 * Across the year end: received and notified 2025-12-29; 30, 31 Dec, 1–3 Jan off, Sun
	 * 4 Jan worked. Payment is due by 2026-01-27; paid on 5 Jan, the four working days 30
	 * Dec to 5 Jan do not count: the answer is due 2026-02-02 instead of 2026-01-27.
	 */
	@Test
	void theFeeDeadlineAndThePauseCountWorkingDaysAcrossTheYearEnd() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long id = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(),
				LocalDate.of(2025, 12, 29));
		assertThat(details(office, id).clock().due()).isEqualTo(LocalDate.of(2026, 1, 27));
		step(office.clerk(), id, "fee", "basis", "PER_VOLUME", "pages", "31", "notifiedOn", "2025-12-29")
			.andExpect(status().is3xxRedirection());
		assertThat(fee(office, id).payBy()).isEqualTo(LocalDate.of(2026, 1, 27));
		assertThat(fee(office, id).amount()).isEqualByComparingTo("10");
		step(office.clerk(), id, "fee-payment", "paidOn", "2026-01-05", "amount", "10")
			.andExpect(status().is3xxRedirection());
		assertThat(details(office, id).clock().due()).isEqualTo(LocalDate.of(2026, 2, 2));
		assertThat(details(office, id).clock().daysPaused()).isEqualTo(4);
	}

	@Test
	void onlyALeaderOfTheAgencyWaivesAndOutsidersChangeNothing() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		Office other = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long id = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(),
				LocalDate.of(2026, 10, 12));
		step(other.clerk(), id, "fee", "basis", "PER_VOLUME", "pages", "50", "notifiedOn", "2026-10-13")
			.andExpect(status().isForbidden());
		step(office.leader(), id, "fee", "basis", "PER_VOLUME", "pages", "50", "notifiedOn", "2026-10-13")
			.andExpect(status().isForbidden());
		assertThat(this.notices.findByCaseId(id)).isEmpty();
		step(office.clerk(), id, "fee", "basis", "<script>alert(1)</script>", "notifiedOn", "2026-10-13")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择计收方式")));
		step(office.clerk(), id, "fee", "basis", "PER_VOLUME", "pages", "abc", "notifiedOn", "2026-10-13")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写页数")));
		step(office.clerk(), id, "fee", "basis", "PER_VOLUME", "pages", "99999999999", "notifiedOn", "2026-10-13")
			.andExpect(status().isBadRequest());
		step(office.clerk(), id, "fee", "basis", "PER_VOLUME", "pages", "50", "notifiedOn", "2026-10-11")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("日期无效")));
		step(office.clerk(), id, "fee", "basis", "PER_VOLUME", "pages", "50", "notifiedOn", "2026-02-30")
			.andExpect(status().isBadRequest());
		assertThat(this.notices.findByCaseId(id)).isEmpty();
		step(office.clerk(), id, "fee", "basis", "PER_VOLUME", "pages", "50", "notifiedOn", "2026-10-13")
			.andExpect(status().is3xxRedirection());

		step(office.clerk(), id, "fee-waiver", "reason", "困难群众").andExpect(status().isForbidden());
		step(other.leader(), id, "fee-waiver", "reason", "困难群众").andExpect(status().isForbidden());
		step(office.leader(), id, "fee-waiver", "reason", " ").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写减免理由")));
		step(office.leader(), id, "fee-waiver", "reason", "x".repeat(501)).andExpect(status().isBadRequest());
		assertThat(fee(office, id).status()).isEqualTo(FeeStatus.AWAITING_PAYMENT);
		step(office.leader(), id, "fee-waiver", "reason", "<b>低保户</b>").andExpect(status().is3xxRedirection());
		assertThat(fee(office, id).status()).isEqualTo(FeeStatus.WAIVED);
		assertThat(fee(office, id).waivedOn()).isEqualTo(LocalDate.now(this.clock));
		this.mvc.perform(get("/admin/requests/" + id).session(office.clerk()))
			.andExpect(content().string(containsString("&lt;b&gt;低保户&lt;/b&gt;")));
		assertThat(details(office, id).events()).extracting(CaseEvent::kind)
			.containsExactly("fee-notice", "fee-waived");
	}

	@Test
	void withTheSettingOffTheClockKeepsRunningWhilePaymentIsAwaited() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long id = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(),
				LocalDate.of(2026, 9, 30));
		RequestFees running = new RequestFees(this.cases, this.notices, this.access, this.calendar, this.audit,
				new RequestProperties(5, 10, false, "x@example.com", 20), this.clock, this.letters, (event) -> {
				});
		CaseFixtures.asDoing(office.clerkName(), Role.CLERK, office.agency(), () -> this.transactions
			.executeWithoutResult((s) -> running.issue(id, FeeBasis.PER_VOLUME, 40, LocalDate.of(2026, 10, 9))));
		assertThat(fee(office, id).pausesClock()).isFalse();
		assertThat(details(office, id).clock().due()).isEqualTo(LocalDate.of(2026, 11, 3));
	}

	private BigDecimal quote(Office office, long id) {
		return CaseFixtures.as("c", Role.CLERK, office.agency(),
				() -> this.fees.quote(id, FeeBasis.PER_APPLICATION, null));
	}

	private BigDecimal quoteVolume(Office office, long id, int pages) {
		return CaseFixtures.as("c", Role.CLERK, office.agency(), () -> this.fees.quote(id, FeeBasis.PER_VOLUME, pages));
	}

	private FeeNoticeView fee(Office office, long id) {
		return CaseFixtures.as("c", Role.CLERK, office.agency(), () -> this.fees.fee(id).orElseThrow());
	}

	private java.util.List<LetterKind> letterKinds(Office office, long id) {
		return CaseFixtures.as("c", Role.CLERK, office.agency(),
				() -> this.letters.lettersOf(id).letters().stream().map(LetterView::kind).toList());
	}

	private CaseDetails details(Office office, long id) {
		return CaseFixtures.as("c", Role.CLERK, office.agency(), () -> this.requests.details(id));
	}

	private ResultActions step(MockHttpSession session, long id, String action, String... params) throws Exception {
		var request = post("/admin/requests/" + id + "/" + action).session(session).with(csrf());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request);
	}

}
