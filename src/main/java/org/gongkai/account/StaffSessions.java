package org.gongkai.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Replaces the signed-in principal of the current session (after a password change).
 */
public final class StaffSessions {

	private static final HttpSessionSecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

	private StaffSessions() {
	}

	public static void replace(StaffPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new StaffAuthentication(principal));
		SecurityContextHolder.setContext(context);
		REPOSITORY.saveContext(context, request, response);
	}

}
