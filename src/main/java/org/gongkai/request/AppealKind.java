package org.gongkai.request;

/** The columns of table 四 of the annual report (国办公开办函〔2021〕30号). */
public enum AppealKind {

	/** 行政复议: administrative reconsideration. */
	RECONSIDERATION,

	/** 行政诉讼，未经复议直接起诉: a lawsuit filed directly. */
	LAWSUIT,

	/** 行政诉讼，复议后起诉: a lawsuit after reconsideration (names the reconsideration). */
	LAWSUIT_AFTER_RECONSIDERATION

}
