/**
 * Public full-text search over published items: its own indexed copy of every public item
 * (Hibernate Search, Lucene in {@code <data-dir>/index}, Chinese characters and their
 * bigrams), kept in step with the publication events inside the publishing transaction,
 * and the search page and API. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
		allowedDependencies = { "account", "agency", "audit", "catalog", "platform", "platform :: web", "publication" })
package org.gongkai.search;
