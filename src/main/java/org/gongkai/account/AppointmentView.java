package org.gongkai.account;

import java.time.Instant;

/**
 * A pending request for a new administrator-role account, as the administrators see it.
 *
 * @param id the request's id
 * @param username the login name asked for
 * @param displayName the name shown
 * @param role the administrator role asked for
 * @param requestedAt when the system administrator asked
 * @param securityConfirmed whether a security administrator has confirmed
 * @param auditConfirmed whether an audit administrator has confirmed
 */
public record AppointmentView(long id, String username, String displayName, Role role, Instant requestedAt,
		boolean securityConfirmed, boolean auditConfirmed) {

}
