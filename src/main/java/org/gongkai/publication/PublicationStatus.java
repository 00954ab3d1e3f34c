package org.gongkai.publication;

/**
 * Where a publication is in its workflow: drafted by a clerk, reviewed for content, then
 * for confidentiality (Regulations art. 17; a village's by its supervision committee
 * instead), signed off by the agency's leader where the agency requires it
 * ({@link PublicationSignOff}), published (at once or, once approved for a later time,
 * 「待发布」 until then), and possibly withdrawn. A revision of a published item goes through
 * the same steps and is merged into the item when it is published.
 */
public enum PublicationStatus {

	DRAFT, IN_CONTENT_REVIEW, IN_CONFIDENTIALITY_REVIEW,

	/**
	 * A village's item after content review, waiting for its village affairs supervision
	 * committee (村务监督委员会, Organic Law of Villagers' Committees art. 32), whose approval
	 * posts it in place of the confidentiality review (docs/legal-rules.md, Village
	 * affairs).
	 */
	IN_SUPERVISION_REVIEW,

	/**
	 * Approved by the confidentiality reviewer, waiting for the leader's sign-off (领导签发);
	 * the text no longer changes. Not public.
	 */
	IN_LEADER_APPROVAL,

	PUBLISHED, WITHDRAWN,

	/** Approved, waiting for its publication time. */
	SCHEDULED,

	/** A revision whose text has become the item's new version. */
	MERGED;

	/** Whether the text may still change (masking, justifying). */
	public boolean open() {
		return this != IN_LEADER_APPROVAL && this != PUBLISHED && this != WITHDRAWN && this != SCHEDULED
				&& this != MERGED;
	}

}
