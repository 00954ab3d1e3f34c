package org.gongkai.platform;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A counter that moves on whenever any state of the platform changes, so caches of
 * rendered pages can tell that what they hold may be out of date. Every state change is
 * audited in its own transaction, so the audit log calls {@link #advanceAfterCommit()}
 * and no module has to remember to.
 */
@Component
public class ContentGeneration {

	private final AtomicLong generation = new AtomicLong();

	/** The current generation; a page rendered now reflects at least this one. */
	public long current() {
		return this.generation.get();
	}

	/**
	 * Moves the generation on when the current transaction commits (at once if none is
	 * active), so a page rendered from the old state is never taken for the new one.
	 */
	public void advanceAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					ContentGeneration.this.generation.incrementAndGet();
				}
			});
		}
		else {
			this.generation.incrementAndGet();
		}
	}

}
