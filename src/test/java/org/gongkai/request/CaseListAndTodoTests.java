package org.gongkai.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.intake.RequestIntake;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The start page's case counts are scoped to the agencies where the user holds the role
 * (a clerk never counts another agency's cases), the county office sees its agencies
 * behind schedule, and the case and letter lists page, filter and search on the server
 * and answer hostile parameters with a page, never a 500.
 */
@GongkaiTest
class CaseListAndTodoTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestManagement requests;

	@Autowired
	RequestIntake intake;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Clock clock;

	@Autowired
	DisclosureRequests cases;

	@Test
	void countsAreScopedToTheUsersAgenciesAndRoles() throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("待办总县" + System.nanoTime()));
		String townName = "超期镇" + System.nanoTime() % 100000;
		AgencyData town = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, townName);
		long townId = this.agencies.create(town);
		long other = this.agencies.create(AgencyFixtures.county("无关县" + System.nanoTime()));
		this.intake.apply(town.creditCode(), CaseFixtures.form(CaseFixtures.idNumber()));
		walkIn(townId, LocalDate.now(this.clock).minusDays(60));

		String mine = home(Staff.create(this.accounts, Role.CLERK, townId));
		assertThat(line(mine, "awaiting-confirmation")).contains("data-count=\"1\"", "view=awaiting-confirmation");
		assertThat(line(mine, "overdue")).contains("data-count=\"1\"");
		String theirs = home(Staff.create(this.accounts, Role.CLERK, other));
		assertThat(line(theirs, "awaiting-confirmation")).contains("data-count=\"0\"");
		assertThat(line(theirs, "overdue")).contains("data-count=\"0\"");
		String reviewer = home(Staff.create(this.accounts, Role.REVIEWER, townId));
		assertThat(reviewer).doesNotContain("data-todo=\"awaiting-confirmation\"")
			.contains("data-todo=\"content-review\"");
		String office = home(Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, county));
		assertThat(line(office, "behind-schedule")).contains(townName, "data-count=\"1\"",
				"view=overdue&amp;agency=" + townId);
		String calmOffice = home(Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, other));
		assertThat(calmOffice).contains("data-todo=\"behind-schedule-none\"").doesNotContain(townName);
	}

	@Test
	void theCaseListPagesFiltersAndSearches() throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("列表总县" + System.nanoTime()));
		long town = this.agencies.create(AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "列表镇" + System.nanoTime()));
		LocalDate today = LocalDate.now(this.clock);
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			numbers.add(walkIn(county, today));
		}
		String inTown = walkIn(town, today);
		MockHttpSession office = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, county));

		String first = page(office, "/admin/requests?size=10");
		assertThat(first).contains("共 121 条", "第 1 页，共 13 页");
		String tenth = page(office, "/admin/requests?size=10&page=9");
		assertThat(tenth).contains("第 10 页，共 13 页");
		assertThat(tenth.split("<tr>", -1).length - 2).isEqualTo(10);
		assertThat(page(office, "/admin/requests?agency=" + town)).contains("共 1 条", inTown);
		String one = page(office, "/admin/requests?q=" + numbers.get(7));
		assertThat(one).contains("共 1 条", numbers.get(7));
		assertThat(page(office, "/admin/requests?q=道路建设")).contains("共 0 条");
		assertThat(page(office, "/admin/requests?from=" + today.plusDays(1))).contains("共 0 条");
		assertThat(page(office, "/admin/requests?to=" + today)).contains("共 121 条");

		// a clerk of the township never sees the county's cases, whatever they ask for
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, town));
		assertThat(page(clerk, "/admin/requests?agency=" + county)).contains("共 0 条").doesNotContain(numbers.get(0));
		assertThat(page(clerk, "/admin/requests?q=" + numbers.get(0))).contains("共 0 条");

		for (String query : List.of("page=-1", "page=abc", "page=99999999999999999999", "size=0", "size=-1",
				"size=100000", "view=%3Cscript%3E", "agency=x", "agency=-1", "from=2026-02-30", "to=never",
				"q=" + "长".repeat(500), "q=%3Cscript%3Ealert(1)%3C/script%3E")) {
			String body = page(office, "/admin/requests?" + query);
			assertThat(body).as(query).doesNotContain("<script>alert(1)");
			this.mvc.perform(get("/admin/mailbox?" + query).session(office)).andExpect(status().isOk());
		}
		assertThat(page(office, "/admin/requests?size=10&page=500")).contains("第 13 页，共 13 页");
	}

	@Test
	void theCasePageSaysWhatAStepDid() throws Exception {
		AgencyData data = AgencyFixtures.county("消息案件县" + System.nanoTime());
		long agency = this.agencies.create(data);
		String number = this.intake.apply(data.creditCode(), CaseFixtures.form(CaseFixtures.idNumber())).trackingNo();
		long id = this.cases.findByTrackingNo(number).orElseThrow().id();
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
		MvcResult confirmed = this.mvc.perform(post("/admin/requests/" + id + "/confirm").session(clerk).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(this.mvc.perform(get("/admin/requests/" + id).session(clerk).flashAttrs(confirmed.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("已确认收到，答复期限开始计算。");
		String decided = this.mvc
			.perform(post("/admin/requests/" + id + "/decision").session(clerk)
				.param("outcome", "3.2")
				.param("note", "部分公开")
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(decided).endsWith("?done=decided-for-approval");
		assertThat(page(clerk, decided)).contains("答复已拟定，已送领导审批。").doesNotContain("已保存。");
		assertThat(page(clerk, "/admin/requests/" + id + "?done=%3Cscript%3E")).doesNotContain("<script>")
			.doesNotContain("id=\"done\"");
	}

	private String walkIn(long agency, LocalDate day) {
		return CaseFixtures
			.as("list-clerk", Role.CLERK, agency,
					() -> this.requests.registerWalkIn(agency, CaseFixtures.form(CaseFixtures.idNumber()),
							Channel.WALK_IN, day))
			.trackingNo();
	}

	private String home(String username) throws Exception {
		return page(Staff.signIn(this.mvc, username), "/admin");
	}

	private String page(MockHttpSession session, String url) throws Exception {
		return this.mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String line(String page, String todo) {
		int start = page.indexOf("data-todo=\"" + todo + "\"");
		assertThat(start).as(todo).isPositive();
		return page.substring(page.lastIndexOf("<li", start), page.indexOf("</li>", start));
	}

}
