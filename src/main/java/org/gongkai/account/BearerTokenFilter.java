package org.gongkai.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests carrying {@code Authorization: Bearer <token>}. A token that
 * is unknown, expired or revoked gets a 401 at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final AccountManagement accounts;

	BearerTokenFilter(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			Optional<StaffPrincipal> principal = this.accounts
				.authenticateToken(header.substring(PREFIX.length()).strip());
			if (principal.isEmpty()) {
				JsonErrors.write(response, 401, "account.token.invalid", "令牌无效或已过期，请重新获取");
				return;
			}
			SecurityContextHolder.getContext().setAuthentication(new StaffAuthentication(principal.get(), 0));
		}
		chain.doFilter(request, response);
	}

	/**
	 * Writes a JSON error from inside the security filters (before any controller
	 * advice).
	 */
	static final class JsonErrors {

		private JsonErrors() {
		}

		static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
			response.setStatus(status);
			response.setContentType("application/json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"status\":" + status + ",\"error\":\"" + message + "\",\"code\":\"" + code + "\"}");
		}

	}

}
