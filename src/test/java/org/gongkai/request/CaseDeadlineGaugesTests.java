package org.gongkai.request;

import java.time.Clock;
import java.time.LocalDate;

import io.micrometer.core.instrument.MeterRegistry;
import org.gongkai.GongkaiTest;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.request.casework.DisclosureRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators' deadline gauges count the open cases of every agency as the dashboard
 * does: one received 60 days ago is overdue, one whose 20 working days end within the
 * next five is due soon, one received today is neither; no signed-in user is needed.
 */
@GongkaiTest
class CaseDeadlineGaugesTests {

	@Autowired
	CaseWorklists worklists;

	@Autowired
	RequestManagement requests;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	Clock clock;

	@Autowired
	MeterRegistry registry;

	@Test
	void overdueAndDueSoonCasesOfAnyAgencyAreCounted() {
		long agency = this.agencies.create(AgencyFixtures.county("指标期限县" + System.nanoTime()));
		LocalDate today = LocalDate.now(this.clock);
		CaseWorklists.OpenDeadlines before = this.worklists.openDeadlines();

		CaseFixtures.walkIn(this.requests, this.cases, agency, CaseFixtures.idNumber(), today.minusDays(60));
		CaseFixtures.walkIn(this.requests, this.cases, agency, CaseFixtures.idNumber(), dueInTwoWorkingDays(today));
		CaseFixtures.walkIn(this.requests, this.cases, agency, CaseFixtures.idNumber(), today);

		CaseWorklists.OpenDeadlines after = this.worklists.openDeadlines();
		assertThat(after.overdue() - before.overdue()).isEqualTo(1);
		assertThat(after.dueSoon() - before.dueSoon()).isEqualTo(1);
		assertThat(this.registry.get("gongkai.cases.overdue").gauge().value()).isNotNaN().isNotNegative();
		assertThat(this.registry.get("gongkai.cases.due.soon").gauge().value()).isNotNaN().isNotNegative();
	}

	/** A receipt day whose 20 working days end two working days from today. */
	private LocalDate dueInTwoWorkingDays(LocalDate today) {
		LocalDate target = this.calendar.deadline(today, 2).due();
		for (LocalDate day = today.minusDays(1);; day = day.minusDays(1)) {
			if (!this.calendar.deadline(day, 20).due().isAfter(target)) {
				return day;
			}
		}
	}

}
