package org.gongkai;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.account.AccountManagement;
import org.gongkai.account.Grant;
import org.gongkai.account.NewUser;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Staff fixtures: accounts with one role, signed in through the real login form or token
 * endpoint.
 */
public final class Staff {

	public static final String PASSWORD = "Gk-Test-Pass-2026!";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private Staff() {
	}

	/**
	 * The initial password of an administrator account, before its holder sets theirs.
	 */
	public static final String INITIAL_PASSWORD = "Gk-Initial-Pass-2026?";

	/**
	 * Creates an account holding {@code role} (for {@code agencyId}, null for
	 * administrators) that signs in with {@link #PASSWORD}. An administrator account is
	 * made as at first start, and its holder then sets {@link #PASSWORD} as their own.
	 */
	public static String create(AccountManagement accounts, Role role, Long agencyId) {
		String username = role.name().toLowerCase().replace('_', '-') + "-" + System.nanoTime() % 1_000_000_000L
				+ COUNTER.incrementAndGet();
		if (role.isAdministrator()) {
			long id = accounts.bootstrapAdministrator(
					new NewUser(username, "测试 " + role, INITIAL_PASSWORD, List.of(new Grant(role, null))));
			accounts.changeOwnPassword(new StaffPrincipal(id, username, username, List.of(), true), INITIAL_PASSWORD,
					PASSWORD);
			return username;
		}
		accounts.createUser(new NewUser(username, "测试 " + role, PASSWORD, List.of(new Grant(role, agencyId))), false);
		return username;
	}

	/** The id of the account with this login name. */
	public static long idOf(AccountManagement accounts, String username) {
		return accounts.users().stream().filter((u) -> u.username().equals(username)).findFirst().orElseThrow().id();
	}

	/** Signs in through the login form and returns the session. */
	public static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
		MvcResult result = mvc
			.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of " + username).endsWith("/admin");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	/** Gets an API token through the token endpoint. */
	public static String token(MockMvc mvc, String username) throws Exception {
		String body = mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("\"token\"");
		return body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
	}

}
