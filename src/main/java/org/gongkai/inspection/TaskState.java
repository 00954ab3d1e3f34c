package org.gongkai.inspection;

/** Where a rectification task stands. */
public enum TaskState {

	/** To be fixed. */
	OPEN,

	/**
	 * Fixed: closed by staff with a note, or by a run that no longer finds the problem.
	 */
	CLOSED

}
