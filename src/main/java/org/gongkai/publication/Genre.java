package org.gongkai.publication;

/**
 * What kind of document a publication is (文种).
 */
public enum Genre {

	/** 规章. */
	REGULATION,

	/** 行政规范性文件. */
	NORMATIVE_DOCUMENT,

	/** 其他文件. */
	OTHER_DOCUMENT,

	/** 通知公告. */
	NOTICE,

	/** 工作动态. */
	NEWS,

	/** 政策解读. */
	INTERPRETATION

}
