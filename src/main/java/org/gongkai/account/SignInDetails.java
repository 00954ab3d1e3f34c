package org.gongkai.account;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the sign-in form's request tells the {@link StaffAuthenticationProvider} besides
 * the credentials.
 *
 * @param address the client address the throttle counts by
 * @param captchaSolved whether the request answered the session's CAPTCHA
 */
record SignInDetails(String address, boolean captchaSolved) implements Serializable {

	static SignInDetails of(HttpServletRequest request) {
		return new SignInDetails(request.getRemoteAddr(), SignInCaptcha.solved(request));
	}

}
