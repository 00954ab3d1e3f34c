package org.gongkai.fiscal;

/** Where a budget disclosure or a special fund stands: drafted, in review, public. */
public enum DisclosureStatus {

	/** 草稿: the clerk edits it. */
	DRAFT,

	/** 待审核: submitted, the agency's reviewer publishes it or returns it. */
	IN_REVIEW,

	/** 已公开. */
	PUBLISHED

}
