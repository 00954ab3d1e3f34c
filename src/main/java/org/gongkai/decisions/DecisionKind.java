package org.gongkai.decisions;

/** What kind of decision an item of the catalogue is. */
public enum DecisionKind {

	/** 重大行政决策 (Order 713 art. 3). */
	MAJOR_DECISION,

	/** 三重一大事项: a matter the party rule requires to be decided collectively. */
	COLLECTIVE_MATTER

}
