package org.gongkai.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Versions, links and schedule of an item, beside its {@link PublicationItem}.
 *
 * @param id the item
 * @param edition the current public version number (1 before and at first publication)
 * @param revisionOf for a revision draft: the published item it revises, else
 * {@code null}
 * @param openRevision for a published item: its revision in progress, else {@code null}
 * @param changeNote for a revision: why it changes the item; for an item: the note of its
 * latest version, or {@code null}
 * @param scheduledAt when a 「待发布」 item is published, else {@code null}
 * @param policy for an interpretation: the policy document it interprets, else
 * {@code null}
 * @param interpretations for a policy document: the interpretations linked to it (staff:
 * all but withdrawn ones; public: published ones)
 * @param needsInterpretation whether the item is a policy document (its genre needs one)
 * @param interpretationMissing the flag left when it was published without a published
 * interpretation, cleared when one is published
 * @param issuedOn the issue date of a regulation or normative document, or {@code null}
 * @param repealedOn its repeal date, or {@code null}
 * @param history the published versions, newest first (empty before publication)
 */
public record PublicationLifecycle(long id, int edition, Long revisionOf, Long openRevision, String changeNote,
		Instant scheduledAt, PublicationLink policy, List<PublicationLink> interpretations, boolean needsInterpretation,
		boolean interpretationMissing, LocalDate issuedOn, LocalDate repealedOn, List<PublicationVersion> history) {

	/**
	 * Whether approving it now would publish a policy document with no published
	 * interpretation (the confidentiality reviewer is warned, approval stays possible).
	 */
	public boolean warnNoInterpretation() {
		return this.needsInterpretation && this.interpretations.stream().noneMatch(PublicationLink::published);
	}

}
