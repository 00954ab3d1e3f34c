package org.gongkai.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.request.CaseFixtures.Office;
import org.gongkai.request.appeals.RequestAppeals;
import org.gongkai.request.casework.DisclosureRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A leader's approval is a decision (issue 12): approve, or send back with a required
 * comment; the clerk sees the comment and proposes again; the case log keeps both, in
 * words, with no codes and no login name run into a date.
 */
@GongkaiTest
class LeaderDecisionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestManagement requests;

	@Autowired
	RequestAppeals appeals;

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

	@Test
	void aLeaderSendsTheAnswerBackWithACommentTheClerkProposesAgainAndTheLeaderApproves() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long id = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(), today());
		step(office.clerk(), id, "decision", "outcome", "3.2", "note", "部分内容涉及商业秘密")
			.andExpect(status().is3xxRedirection());
		assertThat(details(office, id).summary().status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);

		// the page offers both: approve, or send back with a comment
		this.mvc.perform(get("/admin/requests/" + id).session(office.leader()))
			.andExpect(content().string(allOf(containsString("id=\"approve-form\""),
					containsString("id=\"return-form\""), containsString("退回重新拟定"))));
		step(office.leader(), id, "approval/return", "comment", "请说明不予公开部分的具体理由和依据")
			.andExpect(status().is3xxRedirection());
		CaseDetails returned = details(office, id);
		assertThat(returned.summary().status()).isEqualTo(CaseStatus.RECEIVED);
		assertThat(returned.outcome()).isNull();
		assertThat(returned.returnComment()).isEqualTo("请说明不予公开部分的具体理由和依据");
		assertThat(this.audit.find(new AuditQuery(office.leaderName(), "request.decision-returned", "DisclosureRequest",
				String.valueOf(id), null, null), 0, 5))
			.hasSize(1);

		// the clerk sees the comment and proposes again; the leader approves
		this.mvc.perform(get("/admin/requests/" + id).session(office.clerk()))
			.andExpect(content().string(allOf(containsString("负责人退回意见"), containsString("请说明不予公开部分的具体理由和依据"),
					containsString("action=\"/admin/requests/" + id + "/decision\""))));
		step(office.clerk(), id, "decision", "outcome", "3.2", "note", "第三方商业秘密部分依条例第十五条不予公开")
			.andExpect(status().is3xxRedirection());
		step(office.leader(), id, "approval").andExpect(status().is3xxRedirection());
		CaseDetails closed = details(office, id);
		assertThat(closed.summary().status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(closed.events()).extracting(CaseEvent::kind)
			.containsSubsequence("decided", "decision-returned", "decided", "approved");

		// the log shows both, in words
		String log = caseLog(office.clerk(), id);
		assertThat(log).contains("拟定答复：部分公开", "负责人退回拟定的答复，意见：请说明不予公开部分的具体理由和依据", "负责人审批同意答复：部分公开",
				"经办：" + office.leaderName());
	}

	@Test
	void aSendBackNeedsAComment() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long id = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(), today());
		// nothing to send back yet
		step(office.leader(), id, "approval/return", "comment", "意见").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("没有待审批")));
		step(office.clerk(), id, "decision", "outcome", "3.4.1").andExpect(status().is3xxRedirection());
		step(office.leader(), id, "approval/return", "comment", " \u0000\u0007 ").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请写明退回意见")));
		step(office.leader(), id, "approval/return", "comment", "长".repeat(1001)).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("1000")));
		step(office.leader(), id, "approval/return").andExpect(status().isBadRequest());
		// the clerk cannot send back, nor a leader of another agency, nor a form without
		// its CSRF token
		step(office.clerk(), id, "approval/return", "comment", "意见").andExpect(status().isForbidden());
		long otherAgency = this.agencies.create(AgencyFixtures.county("他县" + System.nanoTime()));
		MockHttpSession outsider = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.LEADER, otherAgency));
		step(outsider, id, "approval/return", "comment", "意见").andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/requests/" + id + "/approval/return").session(office.leader()).param("comment", "意见"))
			.andExpect(status().isForbidden());
		step(office.leader(), Long.MAX_VALUE, "approval/return", "comment", "意见").andExpect(status().isNotFound());
		// a script is kept as text and shown escaped
		step(office.leader(), id, "approval/return", "comment", "<script>alert(1)</script>")
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/requests/" + id).session(office.clerk()))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)"))));
		assertThat(details(office, id).events()).extracting(CaseEvent::kind)
			.containsExactly("decided", "decision-returned");
	}

	@Test
	void theCaseLogShowsWordsNeverCodesAndWhoActedOnALineOfItsOwn() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long id = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(), today());
		step(office.clerk(), id, "correction", "periodEndsOn", today().plusDays(10).toString(), "missing", "文号")
			.andExpect(status().is3xxRedirection());
		step(office.clerk(), id, "correction-received", "on", today().toString())
			.andExpect(status().is3xxRedirection());
		step(office.clerk(), id, "consultation", "kind", "THIRD_PARTY_CONSULTATION", "sentOn", today().toString())
			.andExpect(status().is3xxRedirection());
		step(office.clerk(), id, "consultation-answered", "answeredOn", today().toString())
			.andExpect(status().is3xxRedirection());
		step(office.clerk(), id, "assignment", "assignee", office.clerkName()).andExpect(status().is3xxRedirection());
		step(office.clerk(), id, "decision", "outcome", "3.2").andExpect(status().is3xxRedirection());
		step(office.leader(), id, "approval").andExpect(status().is3xxRedirection());
		CaseFixtures.as(office.clerkName(), Role.CLERK, office.agency(), () -> this.appeals.record(id,
				AppealKind.RECONSIDERATION, null, today(), "县人民政府", null, AppealResult.PENDING));

		String log = caseLog(office.clerk(), id);
		assertThat(log).contains("一次性书面告知补正，补正期限至" + today().plusDays(10).getYear() + "年", "书面征求意见，征求对象：第三方（条例第三十二条）",
				"分配承办人：" + office.clerkName(), "负责人审批同意答复：部分公开", "登记行政复议：县人民政府，尚未审结", "经办：" + office.clerkName());
		assertThat(log).doesNotContain("THIRD_PARTY_CONSULTATION", "RECONSIDERATION", "PENDING", "PARTIALLY", "3.2",
				"request.log.");
		// each line: its date, what happened, and who, in elements of their own
		String page = this.mvc.perform(get("/admin/requests/" + id).session(office.clerk()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String events = page.substring(page.indexOf("<ol id=\"events\""),
				page.indexOf("</ol>", page.indexOf("<ol id=\"events\"")));
		Matcher line = Pattern.compile(
				"<li><time[^>]*>([^<]*)</time><span class=\"what\">([^<]*)</span><span class=\"by\">([^<]*)</span></li>")
			.matcher(events);
		int lines = 0;
		while (line.find()) {
			lines++;
			assertThat(line.group(1)).matches("\\d{4}-\\d{2}-\\d{2}");
			assertThat(line.group(2)).doesNotMatch(".*\\d{4}-\\d{2}-\\d{2}.*");
			assertThat(line.group(3)).matches("经办：.+|系统自动处理|申请人本人");
		}
		assertThat(lines).isEqualTo(details(office, id).events().size());
	}

	private String caseLog(MockHttpSession session, long id) throws Exception {
		String page = this.mvc.perform(get("/admin/requests/" + id).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int start = page.indexOf("<ol id=\"events\"");
		return page.substring(start, page.indexOf("</ol>", start)).replaceAll("<[^>]+>", " ");
	}

	private ResultActions step(MockHttpSession session, long id, String action, String... params) throws Exception {
		var request = post("/admin/requests/" + id + "/" + action).session(session).with(csrf());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request);
	}

	private CaseDetails details(Office office, long id) {
		return CaseFixtures.as("reader", Role.CLERK, office.agency(), () -> this.requests.details(id));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
