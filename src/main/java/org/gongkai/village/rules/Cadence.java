package org.gongkai.village.rules;

/**
 * How often a village column is posted (Organic Law of Villagers' Committees art. 30:
 * ordinary matters at least once a quarter, collective finances monthly where they move
 * often, matters touching villagers' interests as they happen).
 */
public enum Cadence {

	/** Once a month: the month's accounts are posted in the next month. */
	MONTHLY,

	/** Once a quarter: the quarter's accounts are posted in the next quarter. */
	QUARTERLY,

	/** As events happen: nothing is ever due by the calendar. */
	AS_EVENTS_HAPPEN;

	/** Whether postings are due by the calendar. */
	public boolean periodic() {
		return this != AS_EVENTS_HAPPEN;
	}

}
