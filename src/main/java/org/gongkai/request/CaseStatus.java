package org.gongkai.request;

/** Where a case stands in the workflow. Overdue is derived from the clock, not stored. */
public enum CaseStatus {

	/**
	 * Online or fax application waiting for the office's confirmation (Regulations art.
	 * 31).
	 */
	AWAITING_CONFIRMATION,

	/** Received: the 20 working days of art. 33 run. */
	RECEIVED

}
