package org.gongkai.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.TestClock;
import org.gongkai.TestToday;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.calendar.rules.WorkingDayRules;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.rules.ClockReading;
import org.gongkai.request.rules.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case workflow after receipt (Regulations arts. 30–36), through the case page with
 * real sign-in. Receipt on 2026-09-25 (Mid-Autumn, 25–27 Sep off; National Day 1–7 Oct
 * off, Saturday 10 Oct worked): the 20 working days end on 2026-10-29.
 */
@TestToday(TestClock.PINNED_CALENDAR_DAY)
@GongkaiTest
class RequestWorkflowTests {

	static final LocalDate RECEIVED = LocalDate.of(2026, 9, 25);

	static final LocalDate DUE = LocalDate.of(2026, 10, 29);

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestManagement requests;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aCorrectionIsRequestedOnceAndTheCorrectedApplicationRestartsTheTwentyDays() throws Exception {
		Office office = office();
		LocalDate today = LocalDate.now(this.clock);
		// Regulations art. 30: the notice must go within 7 working days of receipt.
		long late = office.caseReceivedOn(RECEIVED);
		assertThat(details(office, late).clock().due()).isEqualTo(DUE);
		step(office.clerk, late, "correction", "periodEndsOn", today.plusDays(15).toString())
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("最迟 2026-10-12")));
		long id = office.caseReceivedOn(today);
		step(office.clerk, id, "correction", "periodEndsOn", today.toString()).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写补正期限截止日")));
		step(office.clerk, id, "correction", "periodEndsOn", today.plusDays(15).toString(), "missing", "所需文件的文号")
			.andExpect(status().is3xxRedirection());
		CaseDetails waiting = details(office, id);
		assertThat(waiting.clock().state()).isEqualTo(ClockReading.ClockState.AWAITING_CORRECTION);
		assertThat(waiting.clock().due()).isNull();
		step(office.clerk, id, "correction", "periodEndsOn", today.plusDays(20).toString())
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("补正只能一次性告知")));
		step(office.clerk, id, "correction-received", "on", RECEIVED.toString()).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("日期无效")));
		step(office.clerk, id, "correction-received", "on", today.toString()).andExpect(status().is3xxRedirection());
		CaseDetails corrected = details(office, id);
		assertThat(corrected.clock().countsFrom()).isEqualTo(today);
		assertThat(corrected.clock().due()).isEqualTo(WorkingDayRules.bundled().deadline(today, 20).due());
		assertThat(corrected.events()).extracting(CaseEvent::kind)
			.containsExactly("correction-requested", "letter-released", "correction-received");
	}

	@Test
	void aConsultationPausesTheClockByItsWorkingDays() throws Exception {
		Office office = office();
		long id = office.caseReceivedOn(RECEIVED);
		step(office.clerk, id, "consultation", "kind", "FEE_PAYMENT", "sentOn", "2026-10-09")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择征求意见的对象")));
		step(office.clerk, id, "consultation", "kind", "THIRD_PARTY_CONSULTATION", "sentOn", "2026-09-24")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("日期无效")));
		step(office.clerk, id, "consultation", "kind", "THIRD_PARTY_CONSULTATION", "sentOn", "2026-10-09")
			.andExpect(status().is3xxRedirection());
		step(office.clerk, id, "consultation-answered", "answeredOn", "2026-10-14")
			.andExpect(status().is3xxRedirection());
		// Paused: Sat 10 Oct (worked), 12, 13 and 14 Oct: four working days.
		CaseDetails details = details(office, id);
		assertThat(details.clock().due()).isEqualTo(LocalDate.of(2026, 11, 4));
		assertThat(details.clock().originalDue()).isEqualTo(LocalDate.of(2026, 11, 4));
		this.mvc.perform(get("/admin/requests/" + id).session(office.clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026-11-04")))
			.andExpect(content().string(containsString("2026-09-25 收到申请")))
			.andExpect(content().string(containsString("2026-10-09 书面征求第三方意见，2026-10-14 收到答复")))
			.andExpect(content().string(containsString("合计 4 个工作日不计入答复期限")));
	}

	@Test
	void onlyALeaderExtendsOnceAndNotAfterTheOriginalDueDate() throws Exception {
		Office office = office();
		LocalDate today = LocalDate.now(this.clock);
		long late = office.caseReceivedOn(RECEIVED);
		step(office.leader, late, "extension", "reason", "需要调取档案").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("原答复期限 2026-10-29 已届满")));
		long id = office.caseReceivedOn(today);
		step(office.clerk, id, "extension", "reason", "需要调取档案").andExpect(status().isForbidden());
		step(office.leader, id, "extension", "reason", "  ").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写延期理由")));
		assertThat(details(office, id).clock().due()).isEqualTo(WorkingDayRules.bundled().deadline(today, 20).due());
		step(office.leader, id, "extension", "reason", "需要调取档案").andExpect(status().is3xxRedirection());
		CaseDetails extended = details(office, id);
		assertThat(extended.clock().due()).isEqualTo(WorkingDayRules.bundled().deadline(today, 40).due());
		assertThat(extended.clock().originalDue()).isEqualTo(WorkingDayRules.bundled().deadline(today, 20).due());
		step(office.leader, id, "extension", "reason", "再次延期").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("只能延长一次")));
	}

	@Test
	void aNonDisclosureWaitsForTheLeaderWhileFullDisclosureClosesAtOnce() throws Exception {
		Office office = office();
		LocalDate today = LocalDate.now(this.clock);
		long open = office.caseReceivedOn(RECEIVED);
		step(office.clerk, open, "decision", "outcome", "3.1", "note", "已全文提供").andExpect(status().is3xxRedirection());
		CaseDetails disclosed = details(office, open);
		assertThat(disclosed.summary().status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(disclosed.closedOn()).isEqualTo(today);
		assertThat(disclosed.outcome()).isEqualTo(Outcome.DISCLOSED);

		long withheld = office.caseReceivedOn(RECEIVED);
		step(office.clerk, withheld, "decision", "outcome", "9.9").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择有效的答复类型")));
		assertThat(details(office, withheld).summary().status()).isEqualTo(CaseStatus.RECEIVED);
		step(office.clerk, withheld, "decision", "outcome", "3.3.4", "note", "涉及第三方商业秘密")
			.andExpect(status().is3xxRedirection());
		assertThat(details(office, withheld).summary().status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
		assertThat(details(office, withheld).closedOn()).isNull();
		step(office.clerk, withheld, "approval").andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/requests/" + withheld).session(office.leader))
			.andExpect(content().string(containsString("/approval")));
		step(office.leader, withheld, "approval").andExpect(status().is3xxRedirection());
		CaseDetails closed = details(office, withheld);
		assertThat(closed.summary().status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(closed.closedOn()).isEqualTo(today);
		assertThat(closed.events()).extracting(CaseEvent::kind).containsExactly("decided", "approved");
		for (String action : List.of("request.decided", "request.approved")) {
			assertThat(this.audit
				.find(new AuditQuery(null, action, "DisclosureRequest", String.valueOf(withheld), null, null), 0, 5))
				.hasSize(1);
		}
		step(office.clerk, withheld, "decision", "outcome", "3.1").andExpect(status().isBadRequest());
	}

	@Test
	void staffOfAnotherAgencyAreRefusedEveryStepAndChangeNothing() throws Exception {
		Office office = office();
		Office other = office();
		long id = office.caseReceivedOn(RECEIVED);
		CaseDetails before = details(office, id);
		for (MockHttpSession outsider : List.of(other.clerk, other.leader)) {
			step(outsider, id, "correction", "periodEndsOn", "2099-01-01").andExpect(status().isForbidden());
			step(outsider, id, "correction-received", "on", "2026-10-09").andExpect(status().isForbidden());
			step(outsider, id, "consultation", "kind", "AGENCY_CONSULTATION", "sentOn", "2026-10-09")
				.andExpect(status().isForbidden());
			step(outsider, id, "consultation-answered", "answeredOn", "2026-10-09").andExpect(status().isForbidden());
			step(outsider, id, "extension", "reason", "理由").andExpect(status().isForbidden());
			step(outsider, id, "decision", "outcome", "3.1").andExpect(status().isForbidden());
			step(outsider, id, "approval").andExpect(status().isForbidden());
		}
		assertThat(details(office, id)).isEqualTo(before);
		assertThat(before.events()).isEmpty();
		assertThat(before.summary().status()).isEqualTo(CaseStatus.RECEIVED);
	}

	private ResultActions step(MockHttpSession session, long id, String action, String... params) throws Exception {
		var request = post("/admin/requests/" + id + "/" + action).session(session).with(csrf());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request);
	}

	private CaseDetails details(Office office, long id) {
		signInAs(new StaffPrincipal(1, "reader", "reader", List.of(new Grant(Role.CLERK, office.agency)), false));
		try {
			return this.requests.details(id);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Office office() throws Exception {
		long agency = this.agencies.create(AgencyFixtures.county("流程县" + System.nanoTime()));
		return new Office(agency, Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.LEADER, agency)));
	}

	private static void signInAs(StaffPrincipal principal) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
	}

	private final class Office {

		final long agency;

		final MockHttpSession clerk;

		final MockHttpSession leader;

		Office(long agency, MockHttpSession clerk, MockHttpSession leader) {
			this.agency = agency;
			this.clerk = clerk;
			this.leader = leader;
		}

		long caseReceivedOn(LocalDate day) {
			signInAs(new StaffPrincipal(1, "clerk", "clerk", List.of(new Grant(Role.CLERK, this.agency)), false));
			try {
				Receipt receipt = RequestWorkflowTests.this.requests.registerWalkIn(this.agency,
						new ApplicationForm("NATURAL_PERSON", "李四", "居民身份证", "110101199003077777", "13800138000",
								"lisi@example.com", "人民路3号", "2026年本县道路建设计划", List.of("EMAIL"), "ONLINE"),
						Channel.WALK_IN, day);
				return RequestWorkflowTests.this.cases.findByTrackingNo(receipt.trackingNo()).orElseThrow().id();
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}

	}

}
