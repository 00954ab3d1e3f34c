package org.gongkai.village;

import java.util.List;

import org.gongkai.village.rules.Period;

/**
 * The township's view of its villages (Organic Law of Villagers' Committees art. 30–32:
 * the township guides and checks its villages' disclosure and counts their postings).
 *
 * @param year the year counted
 * @param current the finance period today lies in
 * @param due the period whose accounts are due now (the one before)
 * @param villages every village the user oversees
 */
public record VillageOverview(int year, Period current, Period due, List<VillageStatus> villages) {

	/**
	 * The items all villages published in the year: the figure the township's report
	 * quotes.
	 */
	public long total() {
		return this.villages.stream().mapToLong(VillageStatus::yearCount).sum();
	}

	/** How many villages posted everything due. */
	public long complete() {
		return this.villages.stream().filter(VillageStatus::complete).count();
	}

}
