package org.gongkai.village;

import java.time.LocalDate;

import org.gongkai.village.rules.Period;

/**
 * What a village owes a periodic column for one period, and whether it posted it.
 *
 * @param column the column
 * @param period the period the posting covers
 * @param state posted, in progress (drafted or under review) or missing
 * @param publicationId the posting, {@code null} when missing
 * @param postedOn the day it was published, {@code null} unless posted
 */
public record DuePosting(VillageColumn column, Period period, State state, Long publicationId, LocalDate postedOn) {

	/** Where a period's posting stands. */
	public enum State {

		/** Published. */
		POSTED,

		/** Drafted, in review or withdrawn: not on the board. */
		IN_PROGRESS,

		/** Nothing drafted for the period. */
		MISSING

	}

	public boolean missing() {
		return this.state == State.MISSING;
	}

}
