package org.gongkai.request.intake;

import io.micrometer.core.instrument.MeterRegistry;
import org.gongkai.platform.AfterCommitCounters;
import org.gongkai.request.Channel;

import org.springframework.stereotype.Component;

/**
 * Counts the applications this node stored, by channel, for the operators:
 * {@code gongkai_applications_received_total{channel="online"}}. An application counts
 * once, when it is stored (submitted online, or registered by a clerk with its channel),
 * and only once its transaction has committed; the office's later confirmation of an
 * online application (the art. 31 receipt date) does not count it again.
 */
@Component
class ApplicationsReceived {

	private final AfterCommitCounters<Channel> counters;

	ApplicationsReceived(MeterRegistry registry) {
		this.counters = new AfterCommitCounters<>(registry, "gongkai.applications.received",
				"Applications for disclosure stored, by channel", "channel", Channel.class);
	}

	/** Counts one application of the channel once the current transaction commits. */
	void stored(Channel channel) {
		this.counters.countAfterCommit(channel);
	}

}
