package org.gongkai.request.appeals;

import java.time.LocalDate;

import org.gongkai.request.AppealKind;
import org.gongkai.request.AppealResult;

/**
 * A reconsideration or lawsuit about a case.
 *
 * @param id the appeal's id
 * @param caseId the case it is about
 * @param agencyId the case's agency
 * @param trackingNo the case's tracking number
 * @param kind reconsideration, direct lawsuit or lawsuit after reconsideration
 * @param followsId for a lawsuit after reconsideration, the reconsideration's id; else
 * {@code null}
 * @param filedOn the day it was filed (the platform's time zone)
 * @param body the reconsideration body or the court
 * @param decidedOn the day of the decision or judgment, or {@code null} while pending
 * @param result the result, {@link AppealResult#PENDING} until decided
 */
public record AppealView(long id, long caseId, long agencyId, String trackingNo, AppealKind kind, Long followsId,
		LocalDate filedOn, String body, LocalDate decidedOn, AppealResult result) {

}
