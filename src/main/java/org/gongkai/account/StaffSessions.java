package org.gongkai.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Replaces the signed-in principal of the current session with the account as it stands
 * now (after one's own password change: this session stays, the others end).
 */
@Component
public class StaffSessions {

	private static final HttpSessionSecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

	private final AccountManagement accounts;

	StaffSessions(AccountManagement accounts) {
		this.accounts = accounts;
	}

	/**
	 * Binds the current session to the account of {@code principal} as it stands now,
	 * with its current password; if the account may no longer sign in, clears it.
	 */
	public void replace(StaffPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		this.accounts.currentAuthentication(principal.id())
			.ifPresentOrElse((current) -> save(current, request, response), SecurityContextHolder::clearContext);
	}

	static void save(StaffAuthentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		REPOSITORY.saveContext(context, request, response);
	}

}
