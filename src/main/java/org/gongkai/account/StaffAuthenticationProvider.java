package org.gongkai.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Form sign-in through {@link AccountManagement#signIn}, which counts failures and
 * throttles. When the login name has failed a few times ({@link SignInThrottle}), the
 * form's CAPTCHA must be answered first; without it the password is not even checked.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

	private final AccountManagement accounts;

	private final SignInThrottle throttle;

	StaffAuthenticationProvider(AccountManagement accounts, SignInThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Object credentials = authentication.getCredentials();
		SignInDetails details = (authentication.getDetails() instanceof SignInDetails d) ? d
				: new SignInDetails("unknown", false);
		if (this.throttle.throttled(username, details.address())) {
			throw new Throttled("Sign-in throttled for " + details.address());
		}
		if (this.throttle.captchaRequired(username) && !details.captchaSolved()) {
			throw new CaptchaRequired();
		}
		try {
			return this.accounts.signInForSession(username, (credentials != null) ? credentials.toString() : null,
					details.address());
		}
		catch (SignInRefused ex) {
			throw switch (ex.reason()) {
				case LOCKED -> new LockedException(ex.getMessage());
				case DISABLED -> new DisabledException(ex.getMessage());
				case THROTTLED -> new Throttled(ex.getMessage());
				case BAD_CREDENTIALS, PASSWORD_CHANGE_REQUIRED -> new BadCredentialsException(ex.getMessage());
			};
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Too many failures of this name from this address, or from this address. */
	static final class Throttled extends AuthenticationException {

		Throttled(String message) {
			super(message);
		}

	}

	/** The name has failed a few times and the CAPTCHA was not answered right. */
	static final class CaptchaRequired extends BadCredentialsException {

		CaptchaRequired() {
			super("CAPTCHA required");
		}

	}

}
