package org.gongkai.decisions;

/** The four kinds of 三重一大 matters. */
public enum CollectiveKind {

	/** 重大事项决策. */
	MAJOR_MATTER,

	/** 重要干部任免. */
	CADRE_APPOINTMENT,

	/** 重大项目安排. */
	MAJOR_PROJECT,

	/** 大额资金使用. */
	LARGE_FUNDS

}
