package org.gongkai.inspection;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.TestClock;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.CaseFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report rules on seeded agencies, read on 15 June of the suite's year: a
 * department's report published after 31 January is late (art. 49), one never published
 * is missing, and neither is owed by a village committee or by an agency created after
 * the report's year ended.
 */
@GongkaiTest
class AnnualReportFindingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Inspections inspections;

	private final LocalDate today = LocalDate.of(TestClock.suiteToday().getYear(), 6, 15);

	private final int year = this.today.getYear() - 1;

	@AfterEach
	void reset() {
		TestClock.INSTANCE.reset();
	}

	@Test
	void aReportPublishedAfterTheThirtyFirstOfJanuaryIsLateAndNotMissing() throws Exception {
		TestClock.INSTANCE.setToday(this.today.minusYears(2));
		long county = this.agencies.create(AgencyFixtures.county("年报县" + System.nanoTime()));
		AgencyData data = AgencyFixtures.under(county, AgencyLevel.DEPARTMENT, "年报迟发局" + System.nanoTime());
		long id = this.agencies.create(data);
		String clerk = Staff.create(this.accounts, Role.CLERK, id);
		String leader = Staff.create(this.accounts, Role.LEADER, id);

		// published on 20 February, three weeks after the deadline
		TestClock.INSTANCE.setToday(LocalDate.of(this.year + 1, 2, 20));
		String admin = "/admin/annual-reports/" + data.creditCode() + "/" + this.year;
		MockHttpSession clerkSession = Staff.signIn(this.mvc, clerk);
		this.mvc
			.perform(post(admin + "/narrative").session(clerkSession)
				.with(csrf())
				.param("overview", "本年总体情况。")
				.param("problems", "存在的问题和改进措施。")
				.param("otherMatters", "本年未收取信息处理费。"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(admin + "/entries").session(clerkSession)
				.with(csrf())
				.param("licensing", "0")
				.param("penalties", "0")
				.param("enforcement", "0")
				.param("feesWan", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(admin + "/publish").session(Staff.signIn(this.mvc, leader))
				.with(csrf())
				.param("confirmed", "true"))
			.andExpect(status().is3xxRedirection());

		TestClock.INSTANCE.setToday(this.today);
		List<InspectionFinding> found = run(clerk, id, data.creditCode());
		assertThat(rules(found)).contains("ANNUAL_REPORT_LATE").doesNotContain("ANNUAL_REPORT_MISSING");
		InspectionFinding late = found.stream()
			.filter((f) -> f.rule().equals("ANNUAL_REPORT_LATE"))
			.findFirst()
			.orElseThrow();
		assertThat(late.severity()).isEqualTo("NOTICE");
		assertThat(late.objectId()).isEqualTo(String.valueOf(this.year));
		assertThat(late.title()).contains(this.year + "年度").contains(this.year + 1 + "-02-20");
	}

	@Test
	void aDepartmentWithoutItsReportIsMissingItButNotAVillageNorAnAgencyCreatedAfterTheYear() throws Exception {
		TestClock.INSTANCE.setToday(this.today.minusYears(2));
		long county = this.agencies.create(AgencyFixtures.county("年报县" + System.nanoTime()));
		AgencyData department = AgencyFixtures.under(county, AgencyLevel.DEPARTMENT, "年报缺失局" + System.nanoTime());
		long departmentId = this.agencies.create(department);
		AgencyData township = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "年报镇" + System.nanoTime());
		long townshipId = this.agencies.create(township);
		AgencyData village = AgencyFixtures.under(townshipId, AgencyLevel.VILLAGE, "年报村" + System.nanoTime());
		long villageId = this.agencies.create(village);
		// created on 2 January: there was no year to report on
		TestClock.INSTANCE.setToday(LocalDate.of(this.year + 1, 1, 2));
		AgencyData newcomer = AgencyFixtures.under(county, AgencyLevel.DEPARTMENT, "新设局" + System.nanoTime());
		long newcomerId = this.agencies.create(newcomer);
		// created on 31 December of the report's year: it owes one
		TestClock.INSTANCE.setToday(LocalDate.of(this.year, 12, 31));
		AgencyData lastDay = AgencyFixtures.under(county, AgencyLevel.DEPARTMENT, "年末新设局" + System.nanoTime());
		long lastDayId = this.agencies.create(lastDay);

		TestClock.INSTANCE.setToday(this.today);
		assertThat(rules(run(clerkOf(departmentId), departmentId, department.creditCode())))
			.contains("ANNUAL_REPORT_MISSING");
		assertThat(rules(run(clerkOf(lastDayId), lastDayId, lastDay.creditCode()))).contains("ANNUAL_REPORT_MISSING");
		// a village is not run at all (not under the website check); the rule itself
		// spares it too (DeadlinesTests)
		String villageClerk = clerkOf(villageId);
		assertThatThrownBy(() -> run(villageClerk, villageId, village.creditCode()))
			.isInstanceOf(RuleViolationException.class);
		assertThat(rules(run(clerkOf(newcomerId), newcomerId, newcomer.creditCode())))
			.doesNotContain("ANNUAL_REPORT_MISSING", "ANNUAL_REPORT_LATE");
	}

	private String clerkOf(long agencyId) {
		return Staff.create(this.accounts, Role.CLERK, agencyId);
	}

	private List<InspectionFinding> run(String clerk, long agencyId, String creditCode) {
		return CaseFixtures.as(clerk, Role.CLERK, agencyId, () -> this.inspections.run(creditCode)).findings();
	}

	private static List<String> rules(List<InspectionFinding> found) {
		return found.stream().map(InspectionFinding::rule).toList();
	}

}
