package org.gongkai.publication;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes 「待发布」 items when their time comes: every minute, each due item in its own
 * transaction, so one that fails does not hold back the others.
 */
@Component
class PublicationScheduler {

	private static final Logger log = LoggerFactory.getLogger(PublicationScheduler.class);

	private final PublicationRelease release;

	private final Clock clock;

	PublicationScheduler(PublicationRelease release, Clock clock) {
		this.release = release;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${gongkai.publication.schedule-check:PT1M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "publication.scheduled-release")
	void run() {
		publishDue(Instant.now(this.clock));
	}

	/**
	 * Publishes the items due by {@code now}, oldest schedule first (so index numbers
	 * follow the order of their times).
	 * @return how many were published
	 */
	int publishDue(Instant now) {
		int published = 0;
		for (long id : this.release.dueForPublication(now)) {
			try {
				if (this.release.publishScheduled(id, now)) {
					published++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Scheduled publication {} failed: {}", id, ex.toString());
			}
		}
		return published;
	}

}
