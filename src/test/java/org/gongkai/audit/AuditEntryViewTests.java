package org.gongkai.audit;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit page shows times in the platform's time zone ({@code gongkai.zone}), not in a
 * fixed one.
 */
class AuditEntryViewTests {

	private static final Instant AT = Instant.parse("2026-06-15T02:30:05Z");

	@Test
	void showsTheTimeInTheGivenZone() {
		assertThat(entry(ZoneId.of("Asia/Shanghai")).occurredAtText()).isEqualTo("2026-06-15 10:30:05");
		assertThat(entry(ZoneId.of("Asia/Urumqi")).occurredAtText()).isEqualTo("2026-06-15 08:30:05");
	}

	private static AuditEntryView entry(ZoneId zone) {
		return new AuditEntryView(1, AT, "admin", "calendar.notice-loaded", "HolidayNotice", "2026", null, null, null,
				null, "hash", zone);
	}

}
