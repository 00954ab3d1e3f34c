package org.gongkai.request;

import org.gongkai.request.rules.Outcome;

/**
 * The cases of one agency, applicant type and outcome that table 三 of one year's annual
 * report counts (docs/legal-rules.md, Annual report). The applicant column is the type
 * fixed at receipt; dates are days in the platform's time zone.
 *
 * @param agencyId the agency
 * @param applicantType the table-三 column
 * @param outcome the table-三 row recorded on these cases (closed by now), {@code null}
 * for cases still open
 * @param received received in the year (row 一)
 * @param carriedIn received before the year and not closed before it (row 二)
 * @param closed closed in the year, whichever year they came in (row 三, in the row of
 * {@code outcome}); cases closed later count only in the other fields
 * @param carriedOut received by 31 December and not closed by then (row 四)
 */
public record CaseYearCount(long agencyId, ApplicantType applicantType, Outcome outcome, long received, long carriedIn,
		long closed, long carriedOut) {
}
