package org.gongkai.account;

/**
 * What the administrators' account list is narrowed to; a {@code null} or blank part is
 * no filter.
 *
 * @param status the account's state as the list shows it
 * @param role a role the account holds
 * @param agencyId an agency the account holds a role in
 * @param text part of the login or display name
 */
public record UserFilter(Status status, Role role, Long agencyId, String text) {

	/** An account's state, as the list shows it: the first that applies. */
	public enum Status {

		/** Switched off by the system administrator. */
		DISABLED,

		/** Enabled, but locked now. */
		LOCKED,

		/** Enabled, not locked, the next sign-in must change the password. */
		MUST_CHANGE,

		/** Enabled, not locked, no password change due. */
		ACTIVE

	}

}
