package org.gongkai.annualreport;

/** Where one agency's report for one year stands. */
public enum ReportStatus {

	/** Nobody has started it: the tables are computed, nothing is written yet. */
	NOT_STARTED,

	/** Started: narrative or entries saved, not published. */
	DRAFT,

	/** Published: the tables are frozen. */
	PUBLISHED

}
