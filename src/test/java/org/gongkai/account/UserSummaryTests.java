package org.gongkai.account;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security page shows the end of a lock in the platform's time zone
 * ({@code gongkai.zone}), not in a fixed one.
 */
class UserSummaryTests {

	@Test
	void showsTheEndOfTheLockInTheGivenZone() {
		Instant until = Instant.parse("2026-06-15T02:30:00Z");
		assertThat(user(until, ZoneId.of("Asia/Shanghai")).lockedUntilText()).isEqualTo("2026-06-15 10:30");
		assertThat(user(until, ZoneId.of("Asia/Urumqi")).lockedUntilText()).isEqualTo("2026-06-15 08:30");
		assertThat(user(null, ZoneId.of("Asia/Shanghai")).lockedUntilText()).isEmpty();
	}

	private static UserSummary user(Instant lockedUntil, ZoneId zone) {
		return new UserSummary(1, "clerk", "Clerk", true, 5, lockedUntil, lockedUntil != null, false, List.of(), zone);
	}

}
