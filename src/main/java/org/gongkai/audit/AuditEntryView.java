package org.gongkai.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * An audit entry as the audit administrator sees it.
 */
public record AuditEntryView(long seq, Instant occurredAt, String actor, String action, String objectType,
		String objectId, Long agencyId, String remoteAddr, String before, String after, String hash) {

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Shanghai"));

	/** When, in Beijing time. */
	public String occurredAtText() {
		return SECONDS.format(this.occurredAt);
	}

}
