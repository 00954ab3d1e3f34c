package org.gongkai.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the reactions between modules from being lost. Every after-commit listener
 * ({@code @TransactionalEventListener}) is recorded in Spring Modulith's event
 * publication registry (table {@code event_publication}) in the publishing transaction
 * and marked complete when it returns. Outstanding publications are run again on start
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}); this job runs
 * again, every minute ({@code gongkai.events.retry-cron}, {@code -} turns it off), those
 * whose listener failed at least a minute ago, and purges, daily at 03:30
 * ({@code gongkai.events.purge-cron}), completed publications older than seven days. The
 * registry takes its times from the {@link java.time.Clock} bean.
 */
@Component
class EventPublicationJobs {

	/** A failed reaction is run again once it is this old. */
	static final Duration RETRY_AFTER = Duration.ofMinutes(1);

	/** Completed publications are kept this long (to see what ran, and when). */
	static final Duration RETENTION = Duration.ofDays(7);

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	private final Clock clock;

	EventPublicationJobs(IncompleteEventPublications incomplete, CompletedEventPublications completed, Clock clock) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.clock = clock;
	}

	/**
	 * Runs the listeners again whose publication failed (or was marked stale) and was
	 * last tried at least {@link #RETRY_AFTER} ago; one still running is left alone.
	 */
	@Scheduled(cron = "${gongkai.events.retry-cron:30 * * * * *}", zone = "${gongkai.zone:Asia/Shanghai}")
	@SchedulerLock(name = "platform.event-retry", lockAtLeastFor = "PT20S")
	void retryFailed() {
		Instant triedBefore = Instant.now(this.clock).minus(RETRY_AFTER);
		// Spring Modulith 2.1.1 reads failed publications of any age despite withMinAge
		// (its query ORs the status test with the age test), hence the filter.
		this.incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
			.withMinAge(RETRY_AFTER)
			.withFilter((publication) -> lastTried(publication).isBefore(triedBefore)));
	}

	private static Instant lastTried(EventPublication publication) {
		Instant resubmitted = publication.getLastResubmissionDate();
		return (resubmitted != null) ? resubmitted : publication.getPublicationDate();
	}

	/** Deletes the publications completed more than {@link #RETENTION} ago. */
	@Scheduled(cron = "${gongkai.events.purge-cron:0 30 3 * * *}", zone = "${gongkai.zone:Asia/Shanghai}")
	@SchedulerLock(name = "platform.event-purge", lockAtLeastFor = "PT1M")
	void purgeCompleted() {
		this.completed.deletePublicationsOlderThan(RETENTION);
	}

}
