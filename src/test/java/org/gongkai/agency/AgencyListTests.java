package org.gongkai.agency;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The system administrator's agency list pages in the database, filters by level and
 * parent, searches names and credit codes, is closed to staff, and survives hostile
 * parameters.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	String marker;

	long county;

	List<String> codes = new ArrayList<>();

	MockHttpSession admin;

	MockHttpSession clerk;

	@BeforeAll
	void aCountyWithTwentyFourBodies() throws Exception {
		this.marker = "名录" + System.nanoTime() % 1_000_000;
		this.county = this.agencies.create(AgencyFixtures.county(this.marker + "县人民政府"));
		for (int i = 1; i <= 24; i++) {
			AgencyData data = AgencyFixtures.under(this.county,
					(i <= 20) ? AgencyLevel.DEPARTMENT : AgencyLevel.TOWNSHIP, this.marker + "机构" + i);
			this.codes.add(data.creditCode());
			this.agencies.create(data);
		}
		this.admin = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.SYSTEM_ADMIN, null));
		this.clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, this.county));
	}

	@Test
	void theListPagesAndItsLinksKeepTheFilters() throws Exception {
		String first = list("/admin/agencies?q=" + this.marker);
		assertThat(first).contains("共 25 条", "第 1 页，共 2 页");
		assertThat(rows(first)).isEqualTo(20);
		assertThat(rows(list("/admin/agencies?q=" + this.marker + "&page=1"))).isEqualTo(5);
		assertThat(list("/admin/agencies?level=DEPARTMENT&size=5")).contains("level=DEPARTMENT&amp;size=5&amp;page=1");
	}

	@Test
	void levelParentAndSearchNarrowTheList() throws Exception {
		assertThat(list("/admin/agencies?level=TOWNSHIP&q=" + this.marker)).contains("共 4 条");
		assertThat(list("/admin/agencies?parent=" + this.county)).contains("共 24 条");
		assertThat(list("/admin/agencies?q=" + this.codes.get(6))).contains("共 1 条", this.marker + "机构7");
		assertThat(list("/admin/agencies?q=" + this.marker + "机构1&size=100")).contains("共 11 条");
	}

	@Test
	void staffCannotSeeTheList() throws Exception {
		this.mvc.perform(get("/admin/agencies").session(this.clerk)).andExpect(status().isForbidden());
	}

	@Test
	void hostileParametersGiveTheListNeverAFailure() throws Exception {
		survivesHostileParameters(this.mvc, this.admin, "/admin/agencies");
	}

	private String list(String url) throws Exception {
		return page(this.mvc, this.admin, url);
	}

}
