package org.gongkai.request.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.gongkai.request.casework.CorrectionLapse;
import org.gongkai.request.fees.RequestFees;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run of the request module (08:00 in the platform's time zone,
 * {@code gongkai.zone}, or {@code gongkai.request.daily-cron}; {@code -} turns it off):
 * deemed abandonment of applications whose correction period (art. 30) or fee deadline
 * (国办函〔2020〕109号) has passed, then the e-mailed reminders.
 */
@Component
public class RequestDailyJobs {

	private static final Logger log = LoggerFactory.getLogger(RequestDailyJobs.class);

	private final CorrectionLapse corrections;

	private final RequestFees fees;

	private final ReminderMail reminders;

	private final Clock clock;

	RequestDailyJobs(CorrectionLapse corrections, RequestFees fees, ReminderMail reminders, Clock clock) {
		this.corrections = corrections;
		this.fees = fees;
		this.reminders = reminders;
		this.clock = clock;
	}

	@Scheduled(cron = "${gongkai.request.daily-cron:0 0 8 * * *}", zone = "${gongkai.zone:Asia/Shanghai}")
	@SchedulerLock(name = "request.daily", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
	void daily() {
		run(Instant.now(this.clock));
	}

	/**
	 * Everything the daily run does, as of the day of {@code at} (the platform's time
	 * zone).
	 */
	public void run(Instant at) {
		LocalDate today = LocalDate.ofInstant(at, this.clock.getZone());
		int uncorrected = this.corrections.closeLapsed(today);
		int unpaid = this.fees.closeUnpaid(today);
		int mailed = this.reminders.send(at);
		log.info("Daily request run {}: {} closed uncorrected, {} closed unpaid, {} reminders mailed", today,
				uncorrected, unpaid, mailed);
	}

}
