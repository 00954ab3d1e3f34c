package org.gongkai.decisions;

/** Where a catalogue, an item added later, a stage or an adjustment stands. */
public enum ReviewState {

	/** 草稿: the clerk edits it. */
	DRAFT,

	/** 待审核: submitted, the agency's reviewer publishes or returns it. */
	IN_REVIEW,

	/** 已公开. */
	PUBLISHED

}
