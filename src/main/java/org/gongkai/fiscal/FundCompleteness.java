package org.gongkai.fiscal;

import java.math.BigDecimal;
import java.util.Set;

/**
 * How completely a special fund is disclosed (docs/legal-rules.md, Fiscal disclosure):
 * what the public can read and what it lacks. A fund not yet published has disclosed
 * nothing; a fund published with its total only misses every other part.
 *
 * @param fundId the fund
 * @param agencyId its agency
 * @param year its year
 * @param name its name
 * @param amount its amount in 万元
 * @param published whether it is public
 * @param disclosed the parts the public can read (empty while not published)
 * @param missing the required parts the public cannot read
 */
public record FundCompleteness(long fundId, long agencyId, int year, String name, BigDecimal amount, boolean published,
		Set<FundPart> disclosed, Set<FundPart> missing) {

	/** Whether it is published with every required part. */
	public boolean complete() {
		return this.published && this.missing.isEmpty();
	}

}
