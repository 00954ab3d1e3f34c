package org.gongkai.mailbox.letter;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.gongkai.mailbox.LetterType;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the letters this node stored, by type, for the operators:
 * {@code gongkai_letters_received_total{type="complaint"}}. A letter counts when it is
 * stored (written by the public, or taken over from an application by a clerk) and only
 * once its transaction has committed.
 */
@Component
class LettersReceived {

	private final Map<LetterType, Counter> counters = new EnumMap<>(LetterType.class);

	LettersReceived(MeterRegistry registry) {
		for (LetterType type : LetterType.values()) {
			this.counters.put(type,
					Counter.builder("gongkai.letters.received")
						.description("Letters to the mailboxes stored, by type")
						.tag("type", type.name().toLowerCase(Locale.ROOT))
						.register(registry));
		}
	}

	/** Counts one letter of the type once the current transaction commits. */
	void stored(LetterType type) {
		Counter counter = this.counters.get(type);
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
