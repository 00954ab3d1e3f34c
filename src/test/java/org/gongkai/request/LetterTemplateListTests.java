package org.gongkai.request;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.BackOfficeLists.page;
import static org.gongkai.BackOfficeLists.rows;
import static org.gongkai.BackOfficeLists.survivesHostileParameters;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An agency's letter templates (21 reply outcomes and 4 notices) page, filter by kind and
 * by own or default, search their text, stay closed to another agency's leader, and
 * survive hostile parameters.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterTemplateListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	long agency;

	String path;

	MockHttpSession leader;

	MockHttpSession otherLeader;

	@BeforeAll
	void anAgencyWithOneOwnTemplate() throws Exception {
		this.agency = this.agencies.create(AgencyFixtures.county("模板县" + System.nanoTime()));
		long other = this.agencies.create(AgencyFixtures.county("模板邻县" + System.nanoTime()));
		this.path = "/admin/requests/templates/" + this.agency;
		this.leader = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.LEADER, this.agency));
		this.otherLeader = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.LEADER, other));
		this.mvc
			.perform(post(this.path + "/FEE").session(this.leader)
				.with(csrf())
				.param("text", "{{applicant}}：\n本机关收取信息处理费{{feeAmount}}元。特别标记"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theTemplatesPageWithTheFiltersInTheLinks() throws Exception {
		String first = page(this.mvc, this.leader, this.path);
		assertThat(first).contains("共 25 条", "第 1 页，共 2 页");
		assertThat(rows(first)).isEqualTo(20);
		assertThat(rows(page(this.mvc, this.leader, this.path + "?page=1"))).isEqualTo(5);
		assertThat(page(this.mvc, this.leader, this.path + "?kind=REPLY&size=10")).contains("共 21 条",
				"kind=REPLY&amp;size=10&amp;page=1");
	}

	@Test
	void kindOwnAndTheTextSearchNarrowTheList() throws Exception {
		assertThat(page(this.mvc, this.leader, this.path + "?kind=FEE")).contains("共 1 条");
		assertThat(page(this.mvc, this.leader, this.path + "?own=yes")).contains("共 1 条");
		assertThat(page(this.mvc, this.leader, this.path + "?own=no")).contains("共 24 条");
		assertThat(page(this.mvc, this.leader, this.path + "?q=特别标记")).contains("共 1 条");
		assertThat(page(this.mvc, this.leader, this.path + "?q=%25")).contains("共 0 条");
	}

	@Test
	void anotherAgencysLeaderIsRefused() throws Exception {
		this.mvc.perform(get(this.path).session(this.otherLeader)).andExpect(status().isForbidden());
		this.mvc.perform(get(this.path + "?q=特别标记&page=0").session(this.otherLeader)).andExpect(status().isForbidden());
	}

	@Test
	void hostileParametersGiveTheListNeverAFailure() throws Exception {
		survivesHostileParameters(this.mvc, this.leader, this.path);
	}

}
