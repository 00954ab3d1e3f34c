package org.gongkai.request.rules;

import java.time.LocalDate;

/**
 * Regulations art. 30: 「申请人无正当理由逾期不补正的，视为放弃申请」. An application whose correction was asked
 * for and not received by the end of the period the notice set is deemed abandoned from
 * the next day (docs/legal-rules.md, Correction).
 */
public final class UncorrectedApplication {

	private UncorrectedApplication() {
	}

	/**
	 * Whether the application is deemed abandoned as of {@code today}.
	 * @param correctionRequestedOn the day the correction notice was given, or
	 * {@code null} if none was
	 * @param periodEndsOn the last day the notice allows, or {@code null} if none was set
	 * @param correctionReceivedOn the day the corrected application arrived, or
	 * {@code null}
	 * @param today the day asked about
	 * @return {@code true} only if a correction was asked for with a period, none came,
	 * and {@code today} is after the period's last day
	 */
	public static boolean deemedAbandoned(LocalDate correctionRequestedOn, LocalDate periodEndsOn,
			LocalDate correctionReceivedOn, LocalDate today) {
		return correctionRequestedOn != null && correctionReceivedOn == null && periodEndsOn != null
				&& today.isAfter(periodEndsOn);
	}

}
