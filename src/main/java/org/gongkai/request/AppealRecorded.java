package org.gongkai.request;

import java.time.LocalDate;

/**
 * Published inside the transaction that records a reconsideration or lawsuit, or its
 * (changed) decision: table 四 of the filing year may have changed.
 *
 * @param appealId the appeal
 * @param caseId the case it is about
 * @param agencyId the case's agency
 * @param kind the table-四 kind
 * @param filedOn the filing day (the year it counts in)
 * @param result its result as now recorded
 * @param decision whether this records a decision of an appeal already recorded
 */
public record AppealRecorded(long appealId, long caseId, long agencyId, AppealKind kind, LocalDate filedOn,
		AppealResult result, boolean decision) {
}
