package org.gongkai.village;

import org.gongkai.village.rules.Cadence;

/**
 * A column of a village's catalogue with its cadence.
 *
 * @param id the catalogue column
 * @param code its template code, {@code null} for a column the village added
 * @param name the name shown
 * @param depth 0 at the top
 * @param cadence how often it is posted
 */
public record VillageColumn(long id, String code, String name, int depth, Cadence cadence) {

	/** Whether postings are due by the calendar. */
	public boolean periodic() {
		return this.cadence.periodic();
	}

}
