package org.gongkai.account;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in staff member, as of sign-in.
 *
 * @param id the user id
 * @param username the login name
 * @param displayName the name shown
 * @param grants the roles held
 * @param mustChangePassword whether the password was set by someone else and must be
 * changed first
 */
public record StaffPrincipal(long id, String username, String displayName, List<Grant> grants,
		boolean mustChangePassword) implements AuthenticatedPrincipal, Serializable {

	public StaffPrincipal {
		grants = List.copyOf(grants);
	}

	@Override
	public String getName() {
		return this.username;
	}

	/** Whether the user holds {@code role} anywhere. */
	public boolean has(Role role) {
		return this.grants.stream().anyMatch((g) -> g.role() == role);
	}

	/** Whether the user holds {@code role} for exactly this agency. */
	public boolean has(Role role, long agencyId) {
		return this.grants.stream()
			.anyMatch((g) -> g.role() == role && g.agencyId() != null && g.agencyId() == agencyId);
	}

	/**
	 * The agencies the user holds {@code role} for (grants without an agency, such as the
	 * separated administrators', are not counted).
	 */
	public Set<Long> agenciesWhere(Role role) {
		return this.grants.stream()
			.filter((g) -> g.role() == role && g.agencyId() != null)
			.map(Grant::agencyId)
			.collect(Collectors.toUnmodifiableSet());
	}

	StaffPrincipal withPasswordChanged() {
		return new StaffPrincipal(this.id, this.username, this.displayName, this.grants, false);
	}

}
