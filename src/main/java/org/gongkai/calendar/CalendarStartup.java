package org.gongkai.calendar;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled holiday notices on start, before anything counts deadlines.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarStartup implements ApplicationRunner {

	private final CalendarManagement management;

	private final WorkingDayCalendar calendar;

	CalendarStartup(CalendarManagement management, WorkingDayCalendar calendar) {
		this.management = management;
		this.calendar = calendar;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.management.loadBundled();
		this.calendar.reload();
	}

}
