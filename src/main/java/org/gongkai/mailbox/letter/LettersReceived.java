package org.gongkai.mailbox.letter;

import io.micrometer.core.instrument.MeterRegistry;
import org.gongkai.mailbox.LetterType;
import org.gongkai.platform.AfterCommitCounters;

import org.springframework.stereotype.Component;

/**
 * Counts the letters this node stored, by type, for the operators:
 * {@code gongkai_letters_received_total{type="complaint"}}. A letter counts when it is
 * stored (written by the public, or taken over from an application by a clerk) and only
 * once its transaction has committed.
 */
@Component
class LettersReceived {

	private final AfterCommitCounters<LetterType> counters;

	LettersReceived(MeterRegistry registry) {
		this.counters = new AfterCommitCounters<>(registry, "gongkai.letters.received",
				"Letters to the mailboxes stored, by type", "type", LetterType.class);
	}

	/** Counts one letter of the type once the current transaction commits. */
	void stored(LetterType type) {
		this.counters.countAfterCommit(type);
	}

}
