package org.gongkai.concerns;

/** What a concern is (its label is {@code concerns.kind.<name>}). */
public enum ConcernKind {

	/** 突发事件. */
	INCIDENT,
	/** 网络舆情·传言. */
	RUMOUR,
	/** 群众集中关注的问题. */
	PUBLIC_QUESTION,
	/** 其他. */
	OTHER

}
