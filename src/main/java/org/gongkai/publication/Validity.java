package org.gongkai.publication;

/**
 * Whether a published document is still in force (有效性).
 */
public enum Validity {

	/** 有效. */
	VALID,

	/** 失效. */
	EXPIRED,

	/** 废止. */
	REPEALED

}
