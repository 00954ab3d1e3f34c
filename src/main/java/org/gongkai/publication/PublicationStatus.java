package org.gongkai.publication;

/**
 * Where a publication is in its workflow: drafted by a clerk, reviewed for content, then
 * for confidentiality (Regulations art. 17), published, and possibly withdrawn.
 */
public enum PublicationStatus {

	DRAFT, IN_CONTENT_REVIEW, IN_CONFIDENTIALITY_REVIEW, PUBLISHED, WITHDRAWN;

	/** Whether the text may still change (masking, justifying). */
	public boolean open() {
		return this != PUBLISHED && this != WITHDRAWN;
	}

}
