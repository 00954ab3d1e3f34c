package org.gongkai.account;

/**
 * A sign-in (form or token) was refused.
 */
public class SignInRefused extends RuntimeException {

	/** Why. */
	public enum Reason {

		/** Unknown user or wrong password: the caller is not told which. */
		BAD_CREDENTIALS,

		/** Too many failed attempts; the account is locked for a while. */
		LOCKED,

		/** The account was disabled by an administrator. */
		DISABLED

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
