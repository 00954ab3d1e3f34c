package org.gongkai.account;

import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 三员分立: the system, security and audit administrators each do their own work only, and
 * business roles none of it. Also per-agency visibility for the disclosure office.
 */
@GongkaiTest
class AdministratorSeparationTests {

	private static final String[] SYSTEM = { "/admin/agencies", "/admin/users", "/admin/calendar" };

	private static final String[] SECURITY = { "/admin/security" };

	private static final String[] AUDIT = { "/admin/audit" };

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AgencyAccess access;

	@Test
	void theSystemAdministratorManagesAgenciesAndAccountsOnly() throws Exception {
		MockHttpSession session = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.SYSTEM_ADMIN, null));
		expect(session, SYSTEM, 200);
		expect(session, SECURITY, 403);
		expect(session, AUDIT, 403);
	}

	@Test
	void theSecurityAdministratorUnlocksAndResetsOnly() throws Exception {
		MockHttpSession session = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.SECURITY_ADMIN, null));
		expect(session, SECURITY, 200);
		expect(session, SYSTEM, 403);
		expect(session, AUDIT, 403);
	}

	@Test
	void theAuditAdministratorReadsTheLogOnly() throws Exception {
		MockHttpSession session = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.AUDIT_ADMIN, null));
		expect(session, AUDIT, 200);
		expect(session, SYSTEM, 403);
		expect(session, SECURITY, 403);
		this.mvc.perform(post("/admin/audit/verify").session(session).with(csrf())).andExpect(status().isOk());
	}

	@Test
	void businessRolesReachNoAdministration() throws Exception {
		long county = county();
		for (Role role : List.of(Role.CLERK, Role.REVIEWER, Role.CONFIDENTIALITY_REVIEWER, Role.LEADER,
				Role.DISCLOSURE_OFFICE)) {
			MockHttpSession session = Staff.signIn(this.mvc, Staff.create(this.accounts, role, county));
			this.mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
			expect(session, SYSTEM, 403);
			expect(session, SECURITY, 403);
			expect(session, AUDIT, 403);
		}
	}

	@Test
	void aSystemAdministratorCannotResetPasswordsOrUnlock() throws Exception {
		MockHttpSession session = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.SYSTEM_ADMIN, null));
		String clerk = Staff.create(this.accounts, Role.CLERK, county());
		long id = Staff.idOf(this.accounts, clerk);
		this.mvc
			.perform(post("/admin/security/users/" + id + "/password").session(session)
				.with(csrf())
				.param("password", "Taken-Over-2026"))
			.andExpect(status().isForbidden());
		Staff.signIn(this.mvc, clerk);
	}

	@Test
	void administratorRolesAreHeldAloneAndForNoAgency() {
		long county = county();
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(
					() -> this.accounts.createUser(
							new NewUser("both-" + System.nanoTime(), "兼任", Staff.PASSWORD,
									List.of(new Grant(Role.SYSTEM_ADMIN, null), new Grant(Role.AUDIT_ADMIN, null))),
							false))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("account.grants.admin-alone"));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(
					() -> this.accounts.createUser(
							new NewUser("mixed-" + System.nanoTime(), "兼任", Staff.PASSWORD,
									List.of(new Grant(Role.SECURITY_ADMIN, null), new Grant(Role.CLERK, county))),
							false));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.accounts.createUser(new NewUser("scoped-" + System.nanoTime(), "兼任", Staff.PASSWORD,
					List.of(new Grant(Role.AUDIT_ADMIN, county))), false));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.accounts.createUser(new NewUser("noagency-" + System.nanoTime(), "信息员",
					Staff.PASSWORD, List.of(new Grant(Role.CLERK, null))), false))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("account.grants.agency-required"));
	}

	@Test
	void theSystemAdministratorGrantsRolesThroughTheBackOffice() throws Exception {
		long county = county();
		MockHttpSession session = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.SYSTEM_ADMIN, null));
		String username = "web-" + System.nanoTime();
		this.mvc
			.perform(post("/admin/users/new").session(session)
				.with(csrf())
				.param("username", username)
				.param("displayName", "<b>李</b>")
				.param("password", Staff.PASSWORD)
				.param("role", "REVIEWER")
				.param("agencyId", String.valueOf(county)))
			.andExpect(status().is3xxRedirection());
		long id = Staff.idOf(this.accounts, username);
		assertThat(this.accounts.user(id).grants()).containsExactly(new Grant(Role.REVIEWER, county));
		assertThat(this.accounts.user(id).mustChangePassword()).isTrue();
		this.mvc
			.perform(post("/admin/users/" + id + "/grants").session(session)
				.with(csrf())
				.param("role", "LEADER")
				.param("agencyId", String.valueOf(county)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.accounts.user(id).grants()).contains(new Grant(Role.LEADER, county));
		String page = this.mvc.perform(get("/admin/users/" + id).session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("&lt;b&gt;李&lt;/b&gt;").doesNotContain("<b>李</b>");
		// a bad role value is a clear error, not a 500, and changes nothing
		this.mvc
			.perform(post("/admin/users/" + id + "/grants").session(session)
				.with(csrf())
				.param("role", "EMPEROR")
				.param("agencyId", String.valueOf(county)))
			.andExpect(status().is4xxClientError());
		assertThat(this.accounts.user(id).grants()).hasSize(2);
	}

	@Test
	void nobodyChangesTheirOwnRoles() {
		String admin = Staff.create(this.accounts, Role.SYSTEM_ADMIN, null);
		long id = Staff.idOf(this.accounts, admin);
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(
				() -> this.accounts.updateUser(id, "x", false, List.of(new Grant(Role.SYSTEM_ADMIN, null)), id));
	}

	@Test
	void aDisclosureOfficeSeesItsAgencyAndEveryAgencyBelow() {
		long county = county();
		long township = this.agencies
			.create(AgencyFixtures.under(county, org.gongkai.agency.AgencyLevel.TOWNSHIP, "镇" + System.nanoTime()));
		long village = this.agencies
			.create(AgencyFixtures.under(township, org.gongkai.agency.AgencyLevel.VILLAGE, "村" + System.nanoTime()));
		long otherCounty = county();
		StaffPrincipal office = new StaffPrincipal(1, "office", "office",
				List.of(new Grant(Role.DISCLOSURE_OFFICE, county)), false);
		assertThat(this.access.visibleAgencies(office)).contains(county, township, village).doesNotContain(otherCounty);
		StaffPrincipal clerk = new StaffPrincipal(2, "clerk", "clerk", List.of(new Grant(Role.CLERK, township)), false);
		assertThat(this.access.visibleAgencies(clerk)).containsExactly(township);
	}

	private void expect(MockHttpSession session, String[] paths, int status) throws Exception {
		for (String path : paths) {
			int actual = this.mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
			assertThat(actual).as(path).isEqualTo(status);
		}
	}

	private long county() {
		return this.agencies.create(AgencyFixtures.county("测试县" + System.nanoTime()));
	}

	@Test
	void aDisabledAccountLosesItsOpenSessionAtOnce() throws Exception {
		String clerk = Staff.create(this.accounts, Role.CLERK, county());
		MockHttpSession session = Staff.signIn(this.mvc, clerk);
		this.mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
		long id = Staff.idOf(this.accounts, clerk);
		UserSummary user = this.accounts.user(id);
		this.accounts.updateUser(id, user.displayName(), false, user.grants(), -1);
		this.mvc.perform(get("/admin").session(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aRoleGrantedOrRevokedTakesEffectInTheOpenSession() throws Exception {
		String admin = Staff.create(this.accounts, Role.AUDIT_ADMIN, null);
		MockHttpSession session = Staff.signIn(this.mvc, admin);
		this.mvc.perform(get("/admin/audit").session(session)).andExpect(status().isOk());
		long id = Staff.idOf(this.accounts, admin);
		long county = county();
		this.accounts.updateUser(id, "改任", true, List.of(new Grant(Role.CLERK, county)), -1);
		this.mvc.perform(get("/admin/audit").session(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
	}

}
