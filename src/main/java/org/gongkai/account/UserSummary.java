package org.gongkai.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A staff account as administrators see it.
 *
 * @param zone the time zone {@link #lockedUntilText()} shows the time in: the platform's
 * ({@code gongkai.zone})
 */
public record UserSummary(long id, String username, String displayName, boolean enabled, int failedAttempts,
		Instant lockedUntil, boolean locked, boolean mustChangePassword, List<Grant> grants, ZoneId zone) {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/**
	 * The end of the lock in the platform's time zone, or an empty string (no lock, or a
	 * lock until the security administrator lifts it).
	 */
	public String lockedUntilText() {
		return (this.lockedUntil != null && this.lockedUntil.isBefore(AccountManagement.UNTIL_UNLOCKED))
				? MINUTES.withZone(this.zone).format(this.lockedUntil) : "";
	}

}
