package org.gongkai.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A staff account as administrators see it.
 */
public record UserSummary(long id, String username, String displayName, boolean enabled, int failedAttempts,
		Instant lockedUntil, boolean locked, boolean mustChangePassword, List<Grant> grants) {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	/** The end of the lock in Beijing time, or an empty string. */
	public String lockedUntilText() {
		return (this.lockedUntil != null) ? MINUTES.format(this.lockedUntil) : "";
	}

}
