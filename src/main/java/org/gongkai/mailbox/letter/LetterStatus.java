package org.gongkai.mailbox.letter;

/** Where a letter stands. */
public enum LetterStatus {

	/** Received by the agency now holding it, not yet given to a clerk. */
	RECEIVED,

	/** A clerk of the holding agency handles it. */
	ASSIGNED,

	/** Answered. */
	REPLIED,

	/** Turned into a disclosure application (a request case) and closed here. */
	CONVERTED;

	/** Whether the letter still awaits its answer. */
	public boolean open() {
		return this == RECEIVED || this == ASSIGNED;
	}

}
