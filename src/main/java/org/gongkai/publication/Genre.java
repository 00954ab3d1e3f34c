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
	INTERPRETATION,

	/** 其他政策性文件 (plans, implementation schemes and other policy measures). */
	POLICY_DOCUMENT;

	/**
	 * Whether a document of this kind is a policy document that needs a published
	 * interpretation (政策解读, 三同步).
	 */
	public boolean needsInterpretation() {
		return this == REGULATION || this == NORMATIVE_DOCUMENT || this == POLICY_DOCUMENT;
	}

	/**
	 * Whether documents of this kind carry issue and repeal dates (the annual report
	 * counts regulations and normative documents made and repealed).
	 */
	public boolean counted() {
		return this == REGULATION || this == NORMATIVE_DOCUMENT;
	}

}
