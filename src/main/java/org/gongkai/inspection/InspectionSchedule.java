package org.gongkai.inspection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Inspects every agency on the schedule ({@code gongkai.inspection.cron}, monthly by
 * default), each in its own transaction, so one failing agency does not stop the others.
 */
@Component
class InspectionSchedule {

	private static final Logger LOG = LoggerFactory.getLogger(InspectionSchedule.class);

	private final Inspections inspections;

	InspectionSchedule(Inspections inspections) {
		this.inspections = inspections;
	}

	@Scheduled(cron = "${gongkai.inspection.cron:0 0 2 1 * *}", zone = "${gongkai.zone:Asia/Shanghai}")
	@SchedulerLock(name = "inspection.monthly", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
	void inspectAll() {
		int done = 0;
		for (long agencyId : this.inspections.allAgencies()) {
			try {
				this.inspections.runScheduled(agencyId);
				done++;
			}
			catch (RuntimeException ex) {
				LOG.warn("Inspection of agency {} failed", agencyId, ex);
			}
		}
		LOG.info("Scheduled inspection of {} agencies done", done);
	}

}
