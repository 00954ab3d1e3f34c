package org.gongkai.powers;

/**
 * Where a list version stands: the working copy being edited or reviewed, or published.
 */
public enum ListStatus {

	/** The clerks edit it. */
	DRAFT,
	/** Submitted; a reviewer publishes or returns it. */
	IN_REVIEW,
	/** Published as a numbered version; never changed again. */
	PUBLISHED

}
