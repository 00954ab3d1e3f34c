package org.gongkai.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.activities.ActivityCounts;
import org.gongkai.activities.ActivityKind;
import org.gongkai.activities.ActivityTotals;
import org.gongkai.activities.GroupRole;
import org.gongkai.activities.OrganisationRecords;
import org.gongkai.activities.OrganisationView;
import org.gongkai.agency.AgencyManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 河西镇's demo activities and organisation: this year's leading group, two full-time and
 * three part-time staff; a publicity event at the 为民服务中心 (200 brochures, 45 people
 * advised), a training of 30 and an open day, all this year and none in the future.
 */
@SpringBootTest(properties = "gongkai.demo=true")
class DemoActivitiesTests {

	@Autowired
	AgencyManagement agencies;

	@Autowired
	ActivityCounts counts;

	@Autowired
	OrganisationRecords organisations;

	@Autowired
	Clock clock;

	@Test
	void theTownshipHasThisYearsOrganisationAndItsActivities() {
		long hexi = this.agencies.findByCreditCode(DemoFiscal.HEXI).orElseThrow().summary().id();
		LocalDate today = LocalDate.now(this.clock);
		OrganisationView organisation = this.organisations.standing(hexi, today.getYear()).orElseThrow();
		assertThat(organisation.fullTime()).isEqualTo(2);
		assertThat(organisation.partTime()).isEqualTo(3);
		assertThat(organisation.inRole(GroupRole.LEADER)).hasSize(1);
		ActivityTotals totals = this.counts.totals(hexi, LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31));
		assertThat(totals.perKind().get(ActivityKind.PUBLICITY)).isEqualTo(1);
		assertThat(totals.perKind().get(ActivityKind.TRAINING)).isEqualTo(1);
		assertThat(totals.perKind().get(ActivityKind.OPEN_DAY)).isEqualTo(1);
		assertThat(totals.attendees()).isEqualTo(30);
		assertThat(totals.materials()).isGreaterThanOrEqualTo(200);
		assertThat(totals.advised()).isGreaterThanOrEqualTo(45);
	}

	@Test
	void theDemoDaysStayWithinTheYearAndNeverLieAhead() {
		assertThat(DemoActivities.daysAgo(LocalDate.of(2027, 1, 4), 40)).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(DemoActivities.daysAgo(LocalDate.of(2026, 6, 15), 40)).isEqualTo(LocalDate.of(2026, 5, 6));
		assertThat(DemoActivities.daysAgo(LocalDate.of(2028, 2, 29), 10)).isEqualTo(LocalDate.of(2028, 2, 19));
	}

}
