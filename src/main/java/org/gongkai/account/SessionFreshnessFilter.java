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
 * Keeps a signed-in session in step with the account: a disabled or locked account, or
 * one whose password changed since this session signed in (a reset, or the owner's own
 * change in another session), loses its session at its next request; changed roles take
 * effect at once rather than at the next sign-in. Failed sign-ins never end a session.
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
			Optional<StaffAuthentication> current = this.accounts.currentAuthentication(staff.getPrincipal().id());
			if (current.isEmpty() || current.get().passwordGeneration() != staff.passwordGeneration()) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (!current.get().getPrincipal().equals(staff.getPrincipal())) {
				StaffSessions.save(current.get(), request, response);
			}
		}
		chain.doFilter(request, response);
	}

}
