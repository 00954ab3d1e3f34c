package org.gongkai.account;

/**
 * A sign-in (form or token) was refused.
 */
public class SignInRefused extends RuntimeException {

	/** Why. */
	public enum Reason {

		/** Unknown user or wrong password: the caller is not told which. */
		BAD_CREDENTIALS,

		/**
		 * Too many failed attempts of this name from this address, or from this address:
		 * refused for a while without checking, alike for known and unknown names.
		 */
		THROTTLED,

		/**
		 * The password was right but the security administrator locked the account.
		 */
		LOCKED,

		/** The password was right but the account was disabled by an administrator. */
		DISABLED,

		/**
		 * The password was right but was set by someone else: the owner must set their
		 * own on the sign-in page first (no API token until then).
		 */
		PASSWORD_CHANGE_REQUIRED

	}

	private final Reason reason;

	SignInRefused(Reason reason, String logMessage) {
		super(logMessage);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
