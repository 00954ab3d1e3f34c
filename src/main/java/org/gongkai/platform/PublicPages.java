package org.gongkai.platform;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.gongkai.platform.cache.PageInvalidationLog;
import org.gongkai.platform.cache.PageStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the public page cache what changed, so it forgets the pages that show it and
 * nothing else. The audit log calls {@link #changed} for every state change (each
 * module's {@link PublicFootprint} names the pages its changes touch; a change nobody
 * describes touches all); a module may also call {@link #invalidate} itself. The cache
 * forgets the pages when the transaction commits, and in cluster mode the tags are
 * written, in the same transaction, for the other nodes to read.
 */
@Component
public class PublicPages {

	private final ObjectProvider<PublicFootprint> footprints;

	private final PageStore store;

	private final PageInvalidationLog log;

	PublicPages(ObjectProvider<PublicFootprint> footprints, PageStore store, PageInvalidationLog log) {
		this.footprints = footprints;
		this.store = store;
		this.log = log;
	}

	/**
	 * An audited change: the pages its module's footprint names are forgotten after the
	 * commit (every page when no footprint knows the action).
	 */
	public void changed(String action, String objectType, String objectId, Long agencyId) {
		invalidate(touchedBy(action, objectType, objectId, agencyId));
	}

	/**
	 * The tags a change touches, as the modules' footprints tell.
	 * @return the tags; empty when nothing public changed; {@link PageTag#ALL} when no
	 * footprint knows the action
	 */
	public Set<String> touchedBy(String action, String objectType, String objectId, Long agencyId) {
		return this.footprints.orderedStream()
			.map((f) -> f.pagesTouchedBy(action, objectType, objectId, agencyId))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(Set.of(PageTag.ALL));
	}

	/**
	 * Forgets the pages carrying any of the tags when the current transaction commits (at
	 * once if none is active), on every node.
	 */
	public void invalidate(Collection<String> tags) {
		if (tags.isEmpty()) {
			return;
		}
		Set<String> copy = Set.copyOf(tags);
		this.log.write(copy);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					PublicPages.this.store.invalidate(copy);
				}
			});
		}
		else {
			this.store.invalidate(copy);
		}
	}

}
