package org.gongkai.request.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A case's fee notice as the case page shows it. Amounts in yuan; dates in the platform's
 * time zone.
 *
 * @param basis per application or per volume
 * @param units the applicant's monthly application count (per application) or the pages
 * (per volume)
 * @param amount the fee
 * @param notifiedOn the day the applicant received the notice
 * @param payBy the last day to pay: the 20th working day after {@code notifiedOn}
 * @param provisional whether {@code payBy} depends on a holiday notice not loaded yet
 * @param pausesClock whether the answer clock stands still while payment is awaited
 * @param status where the notice stands
 * @param paidOn the day of payment, or {@code null}
 * @param paidAmount the amount paid, or {@code null}
 * @param waivedOn the day it was waived, or {@code null}
 * @param waiveReason why it was waived, or {@code null}
 */
public record FeeNoticeView(FeeBasis basis, int units, BigDecimal amount, LocalDate notifiedOn, LocalDate payBy,
		boolean provisional, boolean pausesClock, FeeStatus status, LocalDate paidOn, BigDecimal paidAmount,
		LocalDate waivedOn, String waiveReason) {

}
