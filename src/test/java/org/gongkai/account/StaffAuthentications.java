package org.gongkai.account;

import org.springframework.security.core.Authentication;

/**
 * Test access to the staff authentication, for service calls outside a request (e.g. from
 * several threads).
 */
public final class StaffAuthentications {

	private StaffAuthentications() {
	}

	public static Authentication of(StaffPrincipal principal) {
		return new StaffAuthentication(principal, 0);
	}

}
