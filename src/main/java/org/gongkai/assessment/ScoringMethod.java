package org.gongkai.assessment;

/** How an item of a scheme is scored. */
public enum ScoringMethod {

	/** From the website inspection's findings of its rules in the period. */
	COMPUTED,

	/**
	 * Entered by the agency (自评) and by the office's inspector, with a note and evidence.
	 */
	MANUAL

}
