package org.gongkai.request.intake;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.gongkai.request.Channel;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the applications this node stored, by channel, for the operators:
 * {@code gongkai_applications_received_total{channel="online"}}. An application counts
 * once, when it is stored (submitted online, or registered by a clerk with its channel),
 * and only once its transaction has committed; the office's later confirmation of an
 * online application (the art. 31 receipt date) does not count it again.
 */
@Component
class ApplicationsReceived {

	private final Map<Channel, Counter> counters = new EnumMap<>(Channel.class);

	ApplicationsReceived(MeterRegistry registry) {
		for (Channel channel : Channel.values()) {
			this.counters.put(channel,
					Counter.builder("gongkai.applications.received")
						.description("Applications for disclosure stored, by channel")
						.tag("channel", channel.name().toLowerCase(Locale.ROOT))
						.register(registry));
		}
	}

	/** Counts one application of the channel once the current transaction commits. */
	void stored(Channel channel) {
		Counter counter = this.counters.get(channel);
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
