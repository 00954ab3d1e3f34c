package org.gongkai.assessment.rules;

import java.util.List;

/**
 * The rule codes of the website inspection's findings a scheme may count, as the
 * inspection's API names them in its findings ({@code InspectionFinding.rule}); a test
 * keeps this list equal to the inspection's own.
 */
public final class RuleCodes {

	/** Every code, in the inspection's order. */
	public static final List<String> ALL = List.of("HOME_STALE", "COLUMN_STALE", "COLUMN_EMPTY", "DEAD_LINK",
			"PERSONAL_DATA", "MISSING_INTERPRETATION", "LATE_PUBLICATION", "NO_DATE", "REQUEST_OVERDUE",
			"LETTER_OVERDUE", "LETTER_UNANSWERED_3M", "RESPONSE_OVERDUE", "GUIDE_OUTDATED", "ANNUAL_REPORT_MISSING",
			"ANNUAL_REPORT_LATE", "WORDING", "SITE_UNAVAILABLE", "SERVICE_GUIDE_INCOMPLETE", "FUND_INCOMPLETE");

	private RuleCodes() {
	}

	/** Whether the text is one of the codes. */
	public static boolean known(String text) {
		return text != null && ALL.contains(text);
	}

}
