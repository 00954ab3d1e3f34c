package org.gongkai.decisions;

/** How a published catalogue was adjusted (目录调整). */
public enum AdjustmentKind {

	/** 调入: an item added after the catalogue was published. */
	ADDED,

	/** 调整: an item's planned time or undertaking unit changed. */
	CHANGED,

	/** 调出: an item taken out of the catalogue. */
	REMOVED

}
