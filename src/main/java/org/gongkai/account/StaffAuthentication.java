package org.gongkai.account;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in staff member, by form or bearer token. Authorities are {@code ROLE_<role>}
 * for every role held anywhere; per-agency checks use the principal's grants.
 */
class StaffAuthentication extends AbstractAuthenticationToken {

	private final StaffPrincipal principal;

	private final long passwordGeneration;

	/**
	 * @param passwordGeneration the account's password generation at sign-in: once the
	 * password changes, a session holding an older one ends
	 * ({@link SessionFreshnessFilter})
	 */
	StaffAuthentication(StaffPrincipal principal, long passwordGeneration) {
		super(authorities(principal));
		this.principal = principal;
		this.passwordGeneration = passwordGeneration;
		setAuthenticated(true);
	}

	long passwordGeneration() {
		return this.passwordGeneration;
	}

	private static Set<SimpleGrantedAuthority> authorities(StaffPrincipal principal) {
		Set<SimpleGrantedAuthority> result = new LinkedHashSet<>();
		principal.grants().forEach((g) -> result.add(new SimpleGrantedAuthority(g.role().authority())));
		return result;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public StaffPrincipal getPrincipal() {
		return this.principal;
	}

}
