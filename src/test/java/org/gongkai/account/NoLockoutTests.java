package org.gongkai.account;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.TestClock;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13 §3: wrong passwords never lock an account for its owner nor end its sessions
 * and tokens; failed attempts are throttled per name and address instead, the form asks
 * for a CAPTCHA, and known and unknown names are answered alike. Only the security
 * administrator locks an account, deliberately.
 */
@GongkaiTest
class NoLockoutTests {

	private static final Pattern QUESTION = Pattern.compile("([一二三四五六七八九十])加([一二三四五六七八九十])等于几");

	private static final String NUMERALS = "零一二三四五六七八九十";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AuditLog audit;

	@Test
	void wrongTokenRequestsFromAStrangerNeitherLockTheOwnerNorEndTheirSessionOrToken() throws Exception {
		String clerk = Staff.create(this.accounts, Role.CLERK, county());
		MockHttpSession session = Staff.signIn(this.mvc, clerk);
		String token = Staff.token(this.mvc, clerk);
		for (int i = 0; i < 5; i++) {
			tokenRequest(clerk, "Wrong-Pass-123", "203.0.113.10").andExpect(status().isUnauthorized());
		}
		tokenRequest(clerk, "Wrong-Pass-123", "203.0.113.10").andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("account.sign-in.too-many"));
		// even the right password waits at the stranger's address; the owner's does not
		tokenRequest(clerk, Staff.PASSWORD, "203.0.113.10").andExpect(status().isTooManyRequests());
		this.mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/admin/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		tokenRequest(clerk, Staff.PASSWORD, "198.51.100.10").andExpect(status().isOk());
		assertThat(this.accounts.user(Staff.idOf(this.accounts, clerk)).locked()).isFalse();
	}

	@Test
	void theThrottleWindowPassesWithTheClockAndGrows() throws Exception {
		String clerk = Staff.create(this.accounts, Role.CLERK, county());
		for (int i = 0; i < 5; i++) {
			tokenRequest(clerk, "Wrong-Pass-123", "203.0.113.11").andExpect(status().isUnauthorized());
		}
		tokenRequest(clerk, "Wrong-Pass-123", "203.0.113.11").andExpect(status().isTooManyRequests());
		TestClock.INSTANCE.advance(Duration.ofSeconds(61));
		tokenRequest(clerk, "Wrong-Pass-123", "203.0.113.11").andExpect(status().isUnauthorized());
		TestClock.INSTANCE.advance(Duration.ofSeconds(61));
		tokenRequest(clerk, Staff.PASSWORD, "203.0.113.11").andExpect(status().isTooManyRequests());
		TestClock.INSTANCE.advance(Duration.ofSeconds(60));
		tokenRequest(clerk, Staff.PASSWORD, "203.0.113.11").andExpect(status().isOk());
	}

	@Test
	void knownAndUnknownNamesGetTheSameAnswersAttemptForAttempt() throws Exception {
		String clerk = Staff.create(this.accounts, Role.CLERK, county());
		String stranger = "nobody-" + System.nanoTime();
		for (int i = 0; i < 7; i++) {
			MockHttpServletResponse real = tokenRequest(clerk, "Wrong-Pass-123", "203.0.113.12").andReturn()
				.getResponse();
			MockHttpServletResponse unknown = tokenRequest(stranger, "Wrong-Pass-123", "203.0.113.13").andReturn()
				.getResponse();
			assertThat(unknown.getStatus()).as("attempt " + i).isEqualTo(real.getStatus());
			assertThat(unknown.getContentAsString()).as("attempt " + i).isEqualTo(real.getContentAsString());
			String realPage = formSignIn(clerk, "Wrong-Pass-123", "203.0.113.14", null).getResponse()
				.getRedirectedUrl();
			String unknownPage = formSignIn(stranger, "Wrong-Pass-123", "203.0.113.15", null).getResponse()
				.getRedirectedUrl();
			assertThat(unknownPage).as("attempt " + i).isEqualTo(realPage);
		}
	}

	@Test
	void theSignInFormAsksForACaptchaAfterAFewFailuresAndTheOwnerStillGetsIn() throws Exception {
		String clerk = Staff.create(this.accounts, Role.CLERK, county());
		MockHttpSession browser = new MockHttpSession();
		for (int i = 0; i < 3; i++) {
			formSignIn(clerk, "Wrong-Pass-123", "203.0.113.16", browser);
		}
		String page = this.mvc.perform(get("/login").session(browser)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("安全验证").contains("name=\"captcha\"");
		// without the answer the right password is not even checked
		MvcResult refused = this.mvc
			.perform(post("/login").session(browser)
				.param("username", clerk)
				.param("password", Staff.PASSWORD)
				.with(remote("198.51.100.16"))
				.with(csrf()))
			.andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?captcha");
		page = this.mvc.perform(get("/login?captcha").session(browser)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("安全验证的答案不对或没有填写，密码尚未核对");
		// a wrong answer with the right password is refused the same way
		this.mvc
			.perform(post("/login").session(browser)
				.param("username", clerk)
				.param("password", Staff.PASSWORD)
				.param("captcha", String.valueOf(Integer.parseInt(answer(page)) + 1))
				.with(remote("198.51.100.16"))
				.with(csrf()))
			.andExpect(redirectedUrl("/login?captcha"));
		page = this.mvc.perform(get("/login").session(browser)).andReturn().getResponse().getContentAsString();
		this.mvc
			.perform(post("/login").session(browser)
				.param("username", clerk)
				.param("password", Staff.PASSWORD)
				.param("captcha", answer(page))
				.with(remote("198.51.100.16"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin"));
	}

	@Test
	void aThrottledFormSignInSaysTooManyAndTheOwnerElsewhereSignsIn() throws Exception {
		String clerk = Staff.create(this.accounts, Role.CLERK, county());
		MockHttpSession guesser = new MockHttpSession();
		for (int i = 0; i < 5; i++) {
			String page = this.mvc.perform(get("/login").session(guesser))
				.andReturn()
				.getResponse()
				.getContentAsString();
			var request = post("/login").session(guesser)
				.param("username", clerk)
				.param("password", "Wrong-Pass-123")
				.with(remote("203.0.113.17"))
				.with(csrf());
			if (QUESTION.matcher(page).find()) {
				request.param("captcha", answer(page));
			}
			assertThat(this.mvc.perform(request).andReturn().getResponse().getRedirectedUrl())
				.isEqualTo("/login?error");
		}
		assertThat(formSignIn(clerk, Staff.PASSWORD, "203.0.113.17", new MockHttpSession()).getResponse()
			.getRedirectedUrl()).isEqualTo("/login?tooMany");
		MockHttpSession owner = new MockHttpSession();
		formSignIn(clerk, "Wrong-Pass-123", "198.51.100.17", owner);
		String page = this.mvc.perform(get("/login").session(owner)).andReturn().getResponse().getContentAsString();
		this.mvc
			.perform(post("/login").session(owner)
				.param("username", clerk)
				.param("password", Staff.PASSWORD)
				.param("captcha", answer(page))
				.with(remote("198.51.100.17"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin"));
	}

	@Test
	void theSecurityAdministratorLocksAnAccountDeliberatelyAndUnlocksIt() throws Exception {
		String clerk = Staff.create(this.accounts, Role.CLERK, county());
		MockHttpSession session = Staff.signIn(this.mvc, clerk);
		String token = Staff.token(this.mvc, clerk);
		long id = Staff.idOf(this.accounts, clerk);
		MockHttpSession security = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.SECURITY_ADMIN, null));
		this.mvc.perform(post("/admin/security/users/" + id + "/lock").session(security).with(csrf()))
			.andExpect(redirectedUrl("/admin/security"));
		assertThat(this.accounts.user(id).locked()).isTrue();
		assertThat(this.audit.find(new AuditQuery(null, "account.locked", null, null, null, null), 0, 100))
			.anySatisfy((e) -> assertThat(e.objectId()).isEqualTo(String.valueOf(id)));
		this.mvc.perform(get("/admin").session(session)).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/admin/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		// "locked" is told only to whoever knows the password
		assertThat(formSignIn(clerk, Staff.PASSWORD, "198.51.100.18", null).getResponse().getRedirectedUrl())
			.isEqualTo("/login?locked");
		assertThat(formSignIn(clerk, "Wrong-Pass-123", "198.51.100.18", null).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
		this.mvc.perform(post("/admin/security/users/" + id + "/unlock").session(security).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Staff.signIn(this.mvc, clerk);
	}

	private org.springframework.test.web.servlet.ResultActions tokenRequest(String username, String password,
			String address) throws Exception {
		return this.mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
			.with(remote(address)));
	}

	private MvcResult formSignIn(String username, String password, String address, MockHttpSession session)
			throws Exception {
		var request = post("/login").param("username", username)
			.param("password", password)
			.with(remote(address))
			.with(csrf());
		if (session != null) {
			request.session(session);
		}
		return this.mvc.perform(request).andReturn();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor remote(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String answer(String page) {
		Matcher m = QUESTION.matcher(page);
		assertThat(m.find()).as("CAPTCHA question on the page").isTrue();
		return Integer.toString(NUMERALS.indexOf(m.group(1)) + NUMERALS.indexOf(m.group(2)));
	}

	private long county() {
		return this.agencies.create(AgencyFixtures.county("测试县" + System.nanoTime()));
	}

}
