package org.gongkai.request;

/** Where a case stands in the workflow. Overdue is derived from the clock, not stored. */
public enum CaseStatus {

	/**
	 * Online or fax application waiting for the office's confirmation (Regulations art.
	 * 31).
	 */
	AWAITING_CONFIRMATION,

	/**
	 * Received: the 20 working days of art. 33 run (or wait for a correction, art. 30).
	 */
	RECEIVED,

	/**
	 * The clerk recorded an answer other than full disclosure; a leader must approve it.
	 */
	AWAITING_APPROVAL,

	/** Answered: the case carries its table-三 outcome and its closing date. */
	CLOSED

}
