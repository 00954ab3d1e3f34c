package org.gongkai.platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A reaction between modules as the real ones are written (after commit, in a transaction
 * of its own) that fails as often as a test asks. A plain component of the test sources,
 * so it joins the one shared test context instead of starting another; it hears only
 * {@link ReactionProbe}, which nothing else publishes.
 */
@Component
class FailingReaction {

	private final AtomicInteger failures = new AtomicInteger();

	private final List<ReactionProbe> handled = new CopyOnWriteArrayList<>();

	/** The next {@code times} probes fail. */
	void failNext(int times) {
		this.failures.set(times);
	}

	List<ReactionProbe> handled() {
		return List.copyOf(this.handled);
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ReactionProbe probe) {
		if (this.failures.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
			throw new IllegalStateException("Failing on purpose (a test): " + probe.id());
		}
		this.handled.add(probe);
	}

}
