package org.gongkai.account;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session in step with the account: a disabled or locked account loses
 * its session at its next request, and changed roles take effect at once rather than at
 * the next sign-in.
 */
class SessionFreshnessFilter extends OncePerRequestFilter {

	private final AccountManagement accounts;

	SessionFreshnessFilter(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof StaffAuthentication staff) {
			Optional<StaffPrincipal> current = this.accounts.currentPrincipal(staff.getPrincipal().id());
			if (current.isEmpty()) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (!current.get().equals(staff.getPrincipal())) {
				StaffSessions.replace(current.get(), request, response);
			}
		}
		chain.doFilter(request, response);
	}

}
