package org.gongkai.audit;

import java.time.LocalDate;

/**
 * Filters for the audit log; every field may be {@code null} (no filter). Dates are days
 * in the platform's time zone, inclusive.
 */
public record AuditQuery(String actor, String action, String objectType, String objectId, LocalDate from,
		LocalDate to) {

}
