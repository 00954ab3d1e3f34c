package org.gongkai.concerns;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for concerns past their reminder mark or their due instant
 * ({@code gongkai.concerns.cron}, every 15 minutes by default) and e-mails the agency
 * once for each: the marks are committed first, so a mail is never sent twice, also on a
 * cluster (one node runs it at a time).
 */
@Component
class ConcernReminders {

	private final Concerns concerns;

	private final ConcernMail mail;

	ConcernReminders(Concerns concerns, ConcernMail mail) {
		this.concerns = concerns;
		this.mail = mail;
	}

	@Scheduled(cron = "${gongkai.concerns.cron:0 */15 * * * *}", zone = "${gongkai.zone:Asia/Shanghai}")
	@SchedulerLock(name = "concerns.reminders", lockAtLeastFor = "PT30S", lockAtMostFor = "PT10M")
	void scheduled() {
		run();
	}

	/** One run: marks and then mails (after the marks are committed). */
	Concerns.Reminders run() {
		Concerns.Reminders found = this.concerns.takeReminders();
		found.dueSoon().forEach(this.mail::dueSoon);
		found.overdue().forEach(this.mail::overdue);
		return found;
	}

}
