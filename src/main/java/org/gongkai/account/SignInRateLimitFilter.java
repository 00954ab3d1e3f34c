package org.gongkai.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.RateLimits;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits sign-in attempts (form and token) per client address, a coarse cap on top of
 * {@link SignInThrottle}'s growing windows. Over the limit: 429 for the API, the sign-in
 * page's "too many" message for the form.
 */
class SignInRateLimitFilter extends OncePerRequestFilter {

	private final RateLimits limits;

	private final int perMinute;

	SignInRateLimitFilter(RateLimits limits, int perMinute) {
		this.limits = limits;
		this.perMinute = perMinute;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean signIn = "POST".equals(request.getMethod())
				&& ("/login".equals(path) || "/api/v1/auth/token".equals(path));
		if (signIn && !this.limits.tryAcquire("sign-in:" + request.getRemoteAddr(), this.perMinute)) {
			if (path.startsWith("/api/")) {
				BearerTokenFilter.JsonErrors.write(response, 429, "error.too-many", "尝试次数过多，请稍后再试");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?tooMany");
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
