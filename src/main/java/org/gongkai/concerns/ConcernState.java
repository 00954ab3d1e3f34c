package org.gongkai.concerns;

/** Where a concern stands on its clock, read from its facts (never stored). */
public enum ConcernState {

	/** Open, before its reminder mark. */
	OPEN,
	/** Open, past its reminder mark, not yet due. */
	DUE_SOON,
	/** Open past its due instant. */
	OVERDUE,
	/** Answered at or before its due instant. */
	ANSWERED_ON_TIME,
	/** Answered after its due instant. */
	ANSWERED_LATE;

	/** Whether the response came or is still to come after the due instant. */
	public boolean late() {
		return this == OVERDUE || this == ANSWERED_LATE;
	}

	/** Whether the concern is answered. */
	public boolean answered() {
		return this == ANSWERED_ON_TIME || this == ANSWERED_LATE;
	}

}
