package org.gongkai.village;

import org.gongkai.agency.AgencyLevel;
import org.gongkai.village.rules.Cadence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Village affairs settings ({@code gongkai.village.*}).
 *
 * @param acceptsRequests whether village and residents' committees take applications
 * under the Regulations on Open Government Information (default off: the Regulations bind
 * administrative organs, and villages disclose under the Organic Law;
 * docs/legal-rules.md, Village affairs)
 * @param financeCadence how often a village posts its accounts (收支明细): {@code MONTHLY}
 * (default; the Organic Law art. 30 asks for monthly postings where collective finances
 * move often) or {@code QUARTERLY} (at least once a quarter)
 */
@ConfigurationProperties("gongkai.village")
public record VillageProperties(@DefaultValue("false") boolean acceptsRequests,
		@DefaultValue("MONTHLY") Cadence financeCadence) {

	/**
	 * Whether an agency of {@code level} refuses applications under the Regulations: a
	 * village or community, unless the installation turned them on.
	 */
	public boolean refusesRequests(AgencyLevel level) {
		return level == AgencyLevel.VILLAGE && !this.acceptsRequests;
	}

}
