package org.gongkai.account;

import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The system administrator's account list pages in the database, filters by state, role
 * and agency, searches login and display names, is closed to staff, and survives hostile
 * parameters.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AgencyManagement agencies;

	String marker;

	long agency;

	MockHttpSession admin;

	MockHttpSession clerk;

	@BeforeAll
	void thirtyAccounts() throws Exception {
		this.marker = "名单" + System.nanoTime() % 1_000_000;
		this.agency = this.agencies.create(AgencyFixtures.county("账号县" + this.marker));
		long other = this.agencies.create(AgencyFixtures.county("账号邻县" + this.marker));
		// 30 accounts: every third a leader, the rest clerks; 10 in the other county;
		// every
		// fifth must change its password
		for (int i = 1; i <= 30; i++) {
			Role role = (i % 3 == 0) ? Role.LEADER : Role.CLERK;
			long where = (i <= 20) ? this.agency : other;
			this.accounts.createUser(new NewUser("list-" + this.marker.hashCode() + "-" + i, this.marker + "用户" + i,
					Staff.PASSWORD, List.of(new Grant(role, where))), i % 5 == 0);
		}
		this.admin = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.SYSTEM_ADMIN, null));
		this.clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, this.agency));
	}

	@Test
	void theListPagesAndItsLinksKeepTheFilters() throws Exception {
		String first = list("/admin/users?q=" + this.marker);
		assertThat(first).contains("共 30 条", "第 1 页，共 2 页");
		assertThat(rows(first)).isEqualTo(20);
		assertThat(rows(list("/admin/users?q=" + this.marker + "&page=1"))).isEqualTo(10);
		assertThat(list("/admin/users?role=LEADER&size=5")).contains("role=LEADER&amp;size=5&amp;page=1");
	}

	@Test
	void stateRoleAgencyAndNameNarrowTheList() throws Exception {
		assertThat(list("/admin/users?role=LEADER&q=" + this.marker)).contains("共 10 条");
		assertThat(list("/admin/users?agency=" + this.agency + "&q=" + this.marker)).contains("共 20 条");
		assertThat(list("/admin/users?agency=" + this.agency + "&role=LEADER&q=" + this.marker)).contains("共 6 条");
		assertThat(list("/admin/users?status=MUST_CHANGE&q=" + this.marker)).contains("共 6 条");
		assertThat(list("/admin/users?status=ACTIVE&q=" + this.marker)).contains("共 24 条");
		assertThat(list("/admin/users?status=DISABLED&q=" + this.marker)).contains("共 0 条");
		assertThat(list("/admin/users?q=" + this.marker + "用户17")).contains("共 1 条", this.marker + "用户17");
	}

	@Test
	void staffCannotSeeTheList() throws Exception {
		this.mvc.perform(get("/admin/users?q=" + this.marker).session(this.clerk)).andExpect(status().isForbidden());
	}

	@Test
	void hostileParametersGiveTheListNeverAFailure() throws Exception {
		survivesHostileParameters(this.mvc, this.admin, "/admin/users");
	}

	@Test
	void theSecurityAdministratorsAccountListPagesAndSearchesToo() throws Exception {
		MockHttpSession security = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.SECURITY_ADMIN, null));
		String first = page(this.mvc, security, "/admin/security?q=" + this.marker);
		assertThat(first).contains("共 30 条");
		assertThat(rows(first)).isEqualTo(30);
		assertThat(rows(page(this.mvc, security, "/admin/security?q=" + this.marker + "&size=20&page=1")))
			.isEqualTo(10);
		assertThat(page(this.mvc, security, "/admin/security?status=MUST_CHANGE&q=" + this.marker)).contains("共 6 条");
		assertThat(page(this.mvc, security, "/admin/security?q=" + this.marker + "用户17")).contains("共 1 条",
				this.marker + "用户17");
		survivesHostileParameters(this.mvc, security, "/admin/security");
		this.mvc.perform(get("/admin/security").session(this.admin)).andExpect(status().isForbidden());
	}

	private String list(String url) throws Exception {
		return page(this.mvc, this.admin, url);
	}

}
