package org.gongkai.request;

import java.math.BigDecimal;

/**
 * The information-processing fees (Regulations art. 42) one agency was paid in a year.
 *
 * @param agencyId the agency
 * @param payments how many fee notices were paid in the year
 * @param amount their sum in yuan, scale 2
 */
public record FeesCharged(long agencyId, long payments, BigDecimal amount) {
}
