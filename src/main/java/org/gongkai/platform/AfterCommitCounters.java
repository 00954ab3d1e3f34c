package org.gongkai.platform;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A Micrometer counter per value of an enum (the value in lower case as the tag), counted
 * only once the current transaction commits: what a module stored counts for the
 * operators when it is durable, never for a rolled-back attempt. Outside a transaction a
 * count is immediate.
 *
 * @param <E> the enum whose values tag the counters
 */
public final class AfterCommitCounters<E extends Enum<E>> {

	private final Map<E, Counter> counters;

	/**
	 * Registers one counter per value of {@code type} under {@code name} (Prometheus adds
	 * {@code _total}), tagged {@code tag=<value in lower case>}.
	 */
	public AfterCommitCounters(MeterRegistry registry, String name, String description, String tag, Class<E> type) {
		this.counters = new EnumMap<>(type);
		for (E value : type.getEnumConstants()) {
			this.counters.put(value,
					Counter.builder(name)
						.description(description)
						.tag(tag, value.name().toLowerCase(Locale.ROOT))
						.register(registry));
		}
	}

	/** Counts one of {@code value} once the current transaction commits. */
	public void countAfterCommit(E value) {
		Counter counter = this.counters.get(value);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			counter.increment();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				counter.increment();
			}

		});
	}

}
