package org.gongkai.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Form sign-in through {@link AccountManagement#signIn}, which counts failures and locks.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

	private final AccountManagement accounts;

	StaffAuthenticationProvider(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Object credentials = authentication.getCredentials();
		try {
			return new StaffAuthentication(
					this.accounts.signIn(username, (credentials != null) ? credentials.toString() : null));
		}
		catch (SignInRefused ex) {
			throw switch (ex.reason()) {
				case LOCKED -> new LockedException(ex.getMessage());
				case DISABLED -> new DisabledException(ex.getMessage());
				case BAD_CREDENTIALS -> new BadCredentialsException(ex.getMessage());
			};
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
