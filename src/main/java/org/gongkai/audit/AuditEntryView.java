package org.gongkai.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * An audit entry as the audit administrator sees it.
 *
 * @param zone the time zone {@link #occurredAtText()} shows the time in: the platform's
 * ({@code gongkai.zone})
 */
public record AuditEntryView(long seq, Instant occurredAt, String actor, String action, String objectType,
		String objectId, Long agencyId, String remoteAddr, String before, String after, String hash, ZoneId zone) {

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** When, in the platform's time zone. */
	public String occurredAtText() {
		return SECONDS.withZone(this.zone).format(this.occurredAt);
	}

}
