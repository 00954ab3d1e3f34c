package org.gongkai.request;

/** The result of a reconsideration or lawsuit, as table 四 counts it. */
public enum AppealResult {

	/** 结果维持: the agency's act upheld. */
	UPHELD,

	/** 结果纠正: corrected (revoked, changed, confirmed unlawful, ordered to act). */
	CORRECTED,

	/** 其他结果: e.g. withdrawn, dismissed on procedure, settled. */
	OTHER,

	/** 尚未审结: not decided yet. */
	PENDING

}
