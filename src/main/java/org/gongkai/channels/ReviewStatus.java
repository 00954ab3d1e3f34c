package org.gongkai.channels;

/**
 * Where a new-media account stands at its last review (国办发〔2018〕123号 asks offices to
 * check their accounts regularly and to close those they cannot keep up).
 */
public enum ReviewStatus {

	/** 正常: updated and answered. */
	ACTIVE,

	/** 停更: no longer updated. */
	DORMANT,

	/** 已关停: closed. */
	CLOSED

}
