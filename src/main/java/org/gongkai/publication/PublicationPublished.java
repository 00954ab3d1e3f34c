package org.gongkai.publication;

/**
 * Published inside the transaction that makes an item public, or that replaces the public
 * text of an item already public (a new version): listeners (search, feeds) read the item
 * through {@link PublicationQueries#publicItem(long)}.
 *
 * @param publicationId the item
 * @param agencyId its agency
 */
public record PublicationPublished(long publicationId, long agencyId) {
}
