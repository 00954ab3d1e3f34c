package org.gongkai.publication;

/**
 * Where a publication is in its workflow: drafted by a clerk, reviewed for content, then
 * for confidentiality (Regulations art. 17), published (at once or, once approved for a
 * later time, 「待发布」 until then), and possibly withdrawn. A revision of a published item
 * goes through the same steps and is merged into the item when it is published.
 */
public enum PublicationStatus {

	DRAFT, IN_CONTENT_REVIEW, IN_CONFIDENTIALITY_REVIEW, PUBLISHED, WITHDRAWN,

	/** Approved, waiting for its publication time. */
	SCHEDULED,

	/** A revision whose text has become the item's new version. */
	MERGED;

	/** Whether the text may still change (masking, justifying). */
	public boolean open() {
		return this != PUBLISHED && this != WITHDRAWN && this != SCHEDULED && this != MERGED;
	}

}
