package org.gongkai.assessment;

/** Where an agency's assessment for a period stands. */
public enum AssessmentState {

	/** Opened: the agency enters its self-assessment (自评). */
	SELF_ASSESSMENT,

	/** The agency submitted its self-assessment; the office scores. */
	SUBMITTED,

	/** The office finalised the score. */
	FINAL

}
