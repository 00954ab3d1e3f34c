package org.gongkai.account;

import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.platform.RuleViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13 §4, 三员分立 that holds: no administrator acts with a password someone else chose,
 * a new administrator needs the two other administrators' confirmation, a password change
 * ends the other sessions and tokens, and common passwords are refused.
 */
@GongkaiTest
class AdministratorAppointmentTests {

	private static final String CHOSEN = "Chosen-By-Sys-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AdministratorAppointments appointments;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AuditLog audit;

	@Test
	void theDemoShortcutForAdministratorPasswordsIsRefusedOutsideDemoMode() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.accounts.setDemoAdministratorPassword(1L, "Demo-shortcut-2026"));
	}

	@Test
	void theSystemAdministratorAloneCannotMakeAnAuditAdministrator() throws Exception {
		MockHttpSession system = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.SYSTEM_ADMIN, null));
		String username = "auditor-" + System.nanoTime() % 1_000_000_000L;
		this.mvc
			.perform(post("/admin/users/new").session(system)
				.with(csrf())
				.param("username", username)
				.param("displayName", "审计")
				.param("password", CHOSEN)
				.param("role", "AUDIT_ADMIN"))
			.andExpect(redirectedUrl("/admin/account/appointments"));
		assertThat(this.accounts.exists(username)).isFalse();
		assertThat(this.appointments.pending()).anySatisfy((a) -> assertThat(a.username()).isEqualTo(username));
		// nor through the API of the account service, nor by granting the role later
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.accounts.createUser(
					new NewUser(username + "x", "审计", CHOSEN, List.of(new Grant(Role.AUDIT_ADMIN, null))), false))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("account.admin.confirmation-required"));
		String clerk = Staff.create(this.accounts, Role.CLERK, county());
		long clerkId = Staff.idOf(this.accounts, clerk);
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(
				() -> this.accounts.updateUser(clerkId, "审计", true, List.of(new Grant(Role.AUDIT_ADMIN, null)), -1));
		this.mvc.perform(
				post("/admin/users/" + clerkId + "/grants").session(system).with(csrf()).param("role", "AUDIT_ADMIN"))
			.andExpect(status().isOk());
		assertThat(this.accounts.user(clerkId).grants())
			.containsExactly(new Grant(Role.CLERK, this.accounts.user(clerkId).grants().get(0).agencyId()));
	}

	@Test
	void aNewAdministratorNeedsTheSecurityAndTheAuditAdministratorAndThenTheirOwnPassword() throws Exception {
		String system = Staff.create(this.accounts, Role.SYSTEM_ADMIN, null);
		MockHttpSession systemSession = Staff.signIn(this.mvc, system);
		MockHttpSession security = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.SECURITY_ADMIN, null));
		MockHttpSession auditor = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.AUDIT_ADMIN, null));
		String username = "newaudit-" + System.nanoTime() % 1_000_000_000L;
		long request = this.appointments.request(
				new NewUser(username, "新审计", CHOSEN, List.of(new Grant(Role.AUDIT_ADMIN, null))),
				Staff.idOf(this.accounts, system));
		// the requester cannot confirm; a clerk cannot even see the page
		this.mvc
			.perform(post("/admin/account/appointments/" + request + "/confirm").session(systemSession).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("申请人不能确认")));
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, county()));
		this.mvc.perform(post("/admin/account/appointments/" + request + "/confirm").session(clerk).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/account/appointments/" + request + "/confirm").session(security).with(csrf()))
			.andExpect(redirectedUrl("/admin/account/appointments"));
		assertThat(this.accounts.exists(username)).isFalse();
		// the page offers the confirmation only to the side still missing
		String confirmAction = "/admin/account/appointments/" + request + "/confirm";
		this.mvc.perform(get("/admin/account/appointments").session(security))
			.andExpect(content().string(containsString(username)))
			.andExpect(content().string(not(containsString(confirmAction))));
		this.mvc.perform(get("/admin/account/appointments").session(auditor))
			.andExpect(content().string(containsString(confirmAction)));
		this.mvc.perform(post("/admin/account/appointments/" + request + "/confirm").session(auditor).with(csrf()))
			.andExpect(redirectedUrl("/admin/account/appointments"));
		assertThat(this.accounts.exists(username)).isTrue();
		for (String action : List.of("account.admin-appointment-requested", "account.admin-appointment-confirmed",
				"account.admin-appointed")) {
			assertThat(this.audit.find(new AuditQuery(null, action, null, null, null, null), 0, 5)).as(action)
				.isNotEmpty();
		}
		// the requester's password opens nothing: no token, only the password page
		tokenRequest(username, CHOSEN).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("account.sign-in.password-change-required"));
		MockHttpSession holder = firstSignIn(username, CHOSEN);
		this.mvc.perform(get("/admin/audit").session(holder)).andExpect(redirectedUrl("/admin/account/password"));
		changePassword(holder, CHOSEN, "Holder-Own-Pass-2026");
		this.mvc.perform(get("/admin/audit").session(holder)).andExpect(status().isOk());
		tokenRequest(username, "Holder-Own-Pass-2026").andExpect(status().isOk());
	}

	@Test
	void anAdministratorResetBySomeoneElseCannotActThroughTheApiOrTheWeb() throws Exception {
		String system = Staff.create(this.accounts, Role.SYSTEM_ADMIN, null);
		String systemToken = Staff.token(this.mvc, system);
		long id = Staff.idOf(this.accounts, system);
		MockHttpSession security = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.SECURITY_ADMIN, null));
		// the security administrator asks for no forced change: it is forced anyway
		this.accounts.resetPassword(id, "Reset-By-Security-2026", false);
		this.mvc
			.perform(post("/admin/security/users/" + id + "/password").session(security)
				.with(csrf())
				.param("password", "Reset-By-Security-2026b"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.accounts.user(id).mustChangePassword()).isTrue();
		this.mvc.perform(get("/api/v1/admin/me").header("Authorization", "Bearer " + systemToken))
			.andExpect(status().isUnauthorized());
		tokenRequest(system, "Reset-By-Security-2026b").andExpect(status().isForbidden());
		MockHttpSession taken = firstSignIn(system, "Reset-By-Security-2026b");
		this.mvc.perform(get("/admin/agencies").session(taken)).andExpect(redirectedUrl("/admin/account/password"));
		assertThat(this.audit.find(new AuditQuery(null, "account.admin-password-reset", null, null, null, null), 0, 5))
			.isNotEmpty();
	}

	@Test
	void changingOnesOwnPasswordEndsTheOtherSessionsAndRevokesTheTokens() throws Exception {
		String clerk = Staff.create(this.accounts, Role.CLERK, county());
		MockHttpSession here = Staff.signIn(this.mvc, clerk);
		MockHttpSession elsewhere = Staff.signIn(this.mvc, clerk);
		String token = Staff.token(this.mvc, clerk);
		changePassword(here, Staff.PASSWORD, "Clerk-Own-Pass-2027");
		this.mvc.perform(get("/admin").session(here)).andExpect(status().isOk());
		this.mvc.perform(get("/admin").session(elsewhere)).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/admin/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void commonPasswordsAreRefusedWithAClearMessage() throws Exception {
		String clerk = Staff.create(this.accounts, Role.CLERK, county());
		MockHttpSession session = Staff.signIn(this.mvc, clerk);
		for (String common : List.of("Password123", "Qwerty123456")) {
			this.mvc
				.perform(post("/admin/account/password").session(session)
					.with(csrf())
					.param("current", Staff.PASSWORD)
					.param("next", common)
					.param("repeat", common))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("该密码过于常见")));
		}
	}

	private MockHttpSession firstSignIn(String username, String password) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(redirectedUrl("/admin/account/password"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private void changePassword(MockHttpSession session, String current, String next) throws Exception {
		this.mvc
			.perform(post("/admin/account/password").session(session)
				.with(csrf())
				.param("current", current)
				.param("next", next)
				.param("repeat", next))
			.andExpect(redirectedUrl("/admin"));
	}

	private ResultActions tokenRequest(String username, String password) throws Exception {
		return this.mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
	}

	private long county() {
		return this.agencies.create(AgencyFixtures.county("测试县" + System.nanoTime()));
	}

}
