package org.gongkai.request;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.request.CaseFixtures.Office;
import org.gongkai.request.casework.DisclosureRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The extension's forms (Regulations art. 33): the clerk's request on the case page, the
 * leader's approval or send-back there and in the list the home page's to-do line leads
 * to; what each step did, said in words; refused steps re-render with the reason and what
 * was typed.
 */
@GongkaiTest
class ExtensionPagesTests {

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
	Clock clock;

	@Test
	void theClerkAsksOnTheCasePageAndTheLeaderApprovesFromTheToDoList() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long id = walkIn(office);
		String number = this.cases.findById(id).orElseThrow().trackingNo();
		// the clerk has the request form, not the leader's direct extension; the leader
		// the reverse
		assertThat(page(office.clerk(), id)).contains("id=\"extension-proposal-form\"", "申请延期")
			.doesNotContain("id=\"extension-form\"");
		assertThat(page(office.leader(), id)).contains("id=\"extension-form\"")
			.doesNotContain("id=\"extension-proposal-form\"");
		assertThat(todo(office.leader())).contains("data-count=\"0\"");

		step(office.clerk(), id, "extension-proposal", "reason", "需要调取<b>历年</b>档案")
			.andExpect(redirectedUrl("/admin/requests/" + id + "?done=extension-proposed"));
		String clerkPage = pageAt(office.clerk(), "/admin/requests/" + id + "?done=extension-proposed");
		assertThat(clerkPage)
			.contains("已提交延期申请，等待负责人审批。", "id=\"extension-pending\"", "延期待批", "需要调取&lt;b&gt;历年&lt;/b&gt;档案",
					"承办人申请延长答复期限，理由：需要调取&lt;b&gt;历年&lt;/b&gt;档案")
			.doesNotContain("id=\"extension-proposal-form\"", "id=\"extension-approve-form\"", "<b>历年");

		// the leader's to-do line counts it and leads to the list, the list to the case
		String line = todo(office.leader());
		assertThat(line).contains("待我审批：延期申请", "data-count=\"1\"", "view=extension-proposed");
		assertThat(pageAt(office.leader(), "/admin/requests?view=extension-proposed")).contains(number, "延期待批");
		String leaderPage = page(office.leader(), id);
		assertThat(leaderPage)
			.contains("id=\"extension-approve-form\"", "id=\"extension-return-form\"", "同意延期", "退回延期申请",
					"需要调取&lt;b&gt;历年&lt;/b&gt;档案")
			.doesNotContain("id=\"extension-form\"");

		step(office.leader(), id, "extension-proposal/approval")
			.andExpect(redirectedUrl("/admin/requests/" + id + "?done=extension-approved"));
		assertThat(pageAt(office.leader(), "/admin/requests/" + id + "?done=extension-approved"))
			.contains("已同意延期，延期告知书已出具。", "负责人同意延长答复期限，理由：需要调取&lt;b&gt;历年&lt;/b&gt;档案")
			.doesNotContain("id=\"extension-pending\"", "id=\"extension-approve-form\"", "id=\"extension-form\"");
		assertThat(todo(office.leader())).contains("data-count=\"0\"");
		assertThat(page(office.clerk(), id)).doesNotContain("id=\"extension-proposal-form\"");
	}

	@Test
	void theLeaderSendsItBackAndTheClerkSeesTheComment() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long id = walkIn(office);
		step(office.clerk(), id, "extension-proposal", "reason", "需要征求意见").andExpect(status().is3xxRedirection());
		// a comment is required; what was typed stays
		step(office.leader(), id, "extension-proposal/return", "comment", " \u0000 ").andExpect(status().isBadRequest())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("请写明退回意见",
					"id=\"extension-return-form\""));
		step(office.leader(), id, "extension-proposal/return", "comment", "长".repeat(10_000))
			.andExpect(status().isBadRequest())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("1000"));
		step(office.leader(), id, "extension-proposal/return", "comment", "<script>alert(1)</script>理由不充分")
			.andExpect(redirectedUrl("/admin/requests/" + id + "?done=extension-returned"));
		assertThat(pageAt(office.leader(), "/admin/requests/" + id + "?done=extension-returned"))
			.contains("已退回延期申请，退回意见已记入办理记录。");
		assertThat(page(office.clerk(), id))
			.contains("延期申请被退回", "id=\"extension-return-comment\"", "&lt;script&gt;alert(1)&lt;/script&gt;理由不充分",
					"负责人退回延期申请，意见：", "id=\"extension-proposal-form\"")
			.doesNotContain("<script>alert(1)", "id=\"extension-pending\"");
	}

	@Test
	void refusedStepsSayWhyAndKeepWhatWasTyped() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long id = walkIn(office);
		step(office.clerk(), id, "extension-proposal", "reason", "  ").andExpect(status().isBadRequest())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("请填写延期理由（不超过 500 字）"));
		step(office.clerk(), id, "extension-proposal", "reason", "延".repeat(501)).andExpect(status().isBadRequest())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("延".repeat(501)));
		step(office.clerk(), id, "extension-proposal").andExpect(status().isBadRequest());
		step(office.leader(), id, "extension-proposal", "reason", "理由").andExpect(status().isForbidden());
		step(office.clerk(), id, "extension-proposal/approval").andExpect(status().isForbidden());
		step(office.leader(), id, "extension-proposal/approval").andExpect(status().isBadRequest())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("没有待审批的延期申请"));
		long other = this.agencies.create(AgencyFixtures.county("他县" + System.nanoTime()));
		MockHttpSession outsider = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, other));
		step(outsider, id, "extension-proposal", "reason", "理由").andExpect(status().isForbidden());
		// no form without its CSRF token
		this.mvc
			.perform(
					post("/admin/requests/" + id + "/extension-proposal").session(office.clerk()).param("reason", "理由"))
			.andExpect(status().isForbidden());
		step(office.clerk(), Long.MAX_VALUE, "extension-proposal", "reason", "理由").andExpect(status().isNotFound());
		step(office.clerk(), id, "extension-proposal", "reason", "理由").andExpect(status().is3xxRedirection());
		step(office.clerk(), id, "extension-proposal", "reason", "理由").andExpect(status().isBadRequest())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("已有待负责人审批的延期申请"));
		assertThat(CaseFixtures.as("reader", Role.CLERK, office.agency(), () -> this.requests.details(id)).events())
			.extracting(CaseEvent::kind)
			.containsExactly("extension-proposed");
	}

	private long walkIn(Office office) {
		return CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(),
				LocalDate.now(this.clock));
	}

	private ResultActions step(MockHttpSession session, long id, String action, String... params) throws Exception {
		var request = post("/admin/requests/" + id + "/" + action).session(session).with(csrf());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request);
	}

	private String page(MockHttpSession session, long id) throws Exception {
		return pageAt(session, "/admin/requests/" + id);
	}

	private String pageAt(MockHttpSession session, String url) throws Exception {
		return this.mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The home page's line of the leader's extensions to decide. */
	private String todo(MockHttpSession session) throws Exception {
		String home = pageAt(session, "/admin");
		int start = home.indexOf("data-todo=\"extensions\"");
		assertThat(start).isPositive();
		return home.substring(start, home.indexOf("</li>", start));
	}

}
