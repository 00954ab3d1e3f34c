package org.gongkai.submission;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every five minutes (or {@code gongkai.submission.purge-cron}; {@code -} turns it off):
 * blanks the once-only secrets of expired receipts and deletes keys and receipts past
 * their retention ({@link Submissions#purge}).
 */
@Component
class SubmissionPurge {

	private final Submissions submissions;

	private final Clock clock;

	SubmissionPurge(Submissions submissions, Clock clock) {
		this.submissions = submissions;
		this.clock = clock;
	}

	@Scheduled(cron = "${gongkai.submission.purge-cron:0 */5 * * * *}", zone = "${gongkai.zone:Asia/Shanghai}")
	@SchedulerLock(name = "submission.purge", lockAtLeastFor = "PT1M")
	void purge() {
		this.submissions.purge(Instant.now(this.clock));
	}

}
