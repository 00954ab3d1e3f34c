package org.gongkai.worksummary;

/** Where a work summary stands. */
public enum SummaryState {

	/** Drafted; the agency's clerks edit it and refresh its figures. */
	DRAFT,

	/** Finalised by the agency's leader or the disclosure office; no longer changes. */
	FINAL

}
