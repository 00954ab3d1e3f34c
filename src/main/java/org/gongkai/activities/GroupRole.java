package org.gongkai.activities;

/**
 * A place in the disclosure leading group (领导小组); Chinese in
 * {@code activities.group.<NAME>}.
 */
public enum GroupRole {

	/** 组长. */
	LEADER,

	/** 副组长. */
	DEPUTY,

	/** 成员. */
	MEMBER

}
