package org.gongkai.publication;

/**
 * Published inside the transaction that takes an item off the public site (withdrawn or
 * superseded): listeners must forget it before that transaction commits.
 *
 * @param publicationId the item
 * @param agencyId its agency
 */
public record PublicationWithdrawn(long publicationId, long agencyId) {
}
