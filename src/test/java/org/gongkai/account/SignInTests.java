package org.gongkai.account;

import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Form sign-in, failed attempts, CSRF, API tokens, and hostile input on both.
 */
@GongkaiTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AuditLog audit;

	@Test
	void staffSignInAndReachTheBackOffice() throws Exception {
		String clerk = Staff.create(this.accounts, Role.CLERK, county());
		MockHttpSession session = Staff.signIn(this.mvc, clerk);
		this.mvc.perform(get("/admin").session(session))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("信息员")));
	}

	@Test
	void theBackOfficeSendsStrangersToTheSignInPage() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/agencies")).andExpect(status().is3xxRedirection());
	}

	@Test
	void signInWithoutCsrfTokenIsRefused() throws Exception {
		String clerk = Staff.create(this.accounts, Role.CLERK, county());
		this.mvc.perform(post("/login").param("username", clerk).param("password", Staff.PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void wrongPasswordsAreCountedAndAuditedButNeverLockTheAccount() throws Exception {
		String clerk = Staff.create(this.accounts, Role.CLERK, county());
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/login").param("username", clerk)
				.param("password", "Wrong-Pass-123")
				.with(csrf())
				.with((request) -> {
					request.setRemoteAddr("192.0.2.55");
					return request;
				}))
				// after three failures the form asks a CAPTCHA first and leaves the
				// password
				// unchecked
				.andExpect(redirectedUrl((i < 3) ? "/login?error" : "/login?captcha"));
		}
		long id = Staff.idOf(this.accounts, clerk);
		assertThat(this.accounts.user(id).locked()).isFalse();
		assertThat(this.accounts.user(id).failedAttempts()).isEqualTo(3);
		assertThat(this.audit.find(new AuditQuery(clerk, "account.sign-in-failed", null, null, null, null), 0, 10))
			.hasSize(3);
		this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + clerk + "\",\"password\":\"" + Staff.PASSWORD + "\"}"))
			.andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "nobody", "' OR '1'='1", "<script>alert(1)</script>", "admin'--", "\u0000" })
	void hostileUsernamesAreJustWrongCredentials(String username) throws Exception {
		this.mvc.perform(post("/login").param("username", username).param("password", "x").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void anOversizedUsernameIsJustWrongCredentials() throws Exception {
		this.mvc.perform(post("/login").param("username", "a".repeat(20_000)).param("password", "x").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aTokenReachesTheAdminApiWithinTheUsersRoles() throws Exception {
		String clerk = Staff.create(this.accounts, Role.CLERK, county());
		String token = Staff.token(this.mvc, clerk);
		this.mvc.perform(get("/api/v1/admin/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(clerk))
			.andExpect(jsonPath("$.roles[0].role").value("CLERK"));
		this.mvc.perform(get("/api/v1/admin/audit/verify").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("无权执行此操作"));
	}

	@Test
	void theAdminApiWantsAValidToken() throws Exception {
		this.mvc.perform(get("/api/v1/admin/me")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/admin/me").header("Authorization", "Bearer not-a-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("account.token.invalid"));
		this.mvc.perform(get("/api/v1/admin/me").header("Authorization", "Bearer " + "x".repeat(5000)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/admin/me").header("Authorization", "Basic YWRtaW46YWRtaW4="))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aRevokedTokenStopsWorking() throws Exception {
		String clerk = Staff.create(this.accounts, Role.CLERK, county());
		String token = Staff.token(this.mvc, clerk);
		long id = Staff.idOf(this.accounts, clerk);
		String security = Staff.create(this.accounts, Role.SECURITY_ADMIN, null);
		this.mvc
			.perform(post("/admin/security/users/" + id + "/revoke-tokens").session(Staff.signIn(this.mvc, security))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/admin/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theTokenEndpointRefusesBadInputWithJsonErrors() throws Exception {
		String[] bodies = { "{bad", "[]", "{}", "{\"username\":\"x\"}", "{\"username\":null,\"password\":null}",
				"{\"username\":123,\"password\":{}}", "\"string\"", "null" };
		for (String body : bodies) {
			int status = this.mvc
				.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(body).isEqualTo(400);
		}
		this.mvc.perform(post("/api/v1/auth/token").contentType(MediaType.TEXT_PLAIN).content("user:pass"))
			.andExpect(status().isUnsupportedMediaType());
		this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"nobody\",\"password\":\"Wrong-Pass-123\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("用户名或密码错误"));
		this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + "a".repeat(100_000) + "\",\"password\":\"x\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anAccountCreatedByAnAdministratorMustChangeItsPasswordFirst() throws Exception {
		String username = "new-" + System.nanoTime();
		this.accounts.createUser(new NewUser(username, "新同事", Staff.PASSWORD, List.of(new Grant(Role.CLERK, county()))),
				true);
		var result = this.mvc
			.perform(post("/login").param("username", username).param("password", Staff.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/admin/account/password"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		this.mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/account/password"));
		this.mvc
			.perform(post("/admin/account/password").session(session)
				.with(csrf())
				.param("current", Staff.PASSWORD)
				.param("next", "weak")
				.param("repeat", "weak"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("密码长度应为")));
		this.mvc
			.perform(post("/admin/account/password").session(session)
				.with(csrf())
				.param("current", Staff.PASSWORD)
				.param("next", "Changed-Pass-2026")
				.param("repeat", "Changed-Pass-2026"))
			.andExpect(redirectedUrl("/admin"));
		this.mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	private long county() {
		return this.agencies.create(AgencyFixtures.county("测试县" + System.nanoTime()));
	}

}
