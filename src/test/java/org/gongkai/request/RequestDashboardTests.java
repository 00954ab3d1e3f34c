package org.gongkai.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.TestClock;
import org.gongkai.TestToday;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.calendar.rules.WorkingDayRules;
import org.gongkai.request.casework.CaseHandling;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.intake.RequestIntake;
import org.gongkai.request.rules.ClockFacts;
import org.gongkai.request.rules.ClockReading;
import org.gongkai.request.rules.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back office's case dashboard: counts and lists per view, for the agencies the user
 * may see. Receipt on 2026-09-25 is due on 2026-10-29, so such a case is overdue.
 */
@TestToday(TestClock.PINNED_CALENDAR_DAY)
@GongkaiTest
class RequestDashboardTests {

	static final LocalDate LONG_AGO = LocalDate.of(2026, 9, 25);

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestManagement requests;

	@Autowired
	CaseHandling handling;

	@Autowired
	RequestIntake intake;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void eachViewSelectsItsCasesAndStaffSeeOnlyTheirAgency() {
		LocalDate today = LocalDate.now(this.clock);
		AgencyData data = AgencyFixtures.county("看板县" + System.nanoTime());
		long agency = this.agencies.create(data);
		long other = this.agencies.create(AgencyFixtures.county("看板邻县" + System.nanoTime()));

		String overdue = walkIn(agency, LONG_AGO);
		String dueSoon = walkIn(agency, dueSoonReceipt(today));
		String awaitingConfirmation = this.intake.apply(data.creditCode(), form()).trackingNo();
		String correction = walkIn(agency, today);
		String consulting = walkIn(agency, today);
		String closed = walkIn(agency, today);
		String elsewhere = walkIn(other, LONG_AGO);
		asClerk(agency);
		this.handling.requestCorrection(id(correction), today.plusDays(15), CaseFixtures.correctionItems());
		this.handling.startConsultation(id(consulting), ClockFacts.PauseKind.AGENCY_CONSULTATION, today);
		this.requests.decide(id(closed), Outcome.DISCLOSED, null);

		assertView(DashboardView.OVERDUE, overdue);
		assertView(DashboardView.DUE_SOON, dueSoon);
		assertView(DashboardView.AWAITING_CONFIRMATION, awaitingConfirmation);
		assertView(DashboardView.AWAITING_CORRECTION, correction);
		assertView(DashboardView.IN_CONSULTATION, consulting);
		assertView(DashboardView.CLOSED, closed);
		Dashboard all = this.requests.dashboard(DashboardView.ALL);
		assertThat(all.rows()).extracting(Dashboard.Row::trackingNo)
			.containsExactlyInAnyOrder(overdue, dueSoon, awaitingConfirmation, correction, consulting, closed);
		assertThat(all.count(DashboardView.ALL)).isEqualTo(6);
		assertThat(all.count(DashboardView.OVERDUE)).isEqualTo(1);
		Dashboard.Row late = all.rows()
			.stream()
			.filter((r) -> r.trackingNo().equals(overdue))
			.findFirst()
			.orElseThrow();
		assertThat(late.due()).isEqualTo(LocalDate.of(2026, 10, 29));
		assertThat(late.clockState()).isEqualTo(ClockReading.ClockState.OVERDUE);
		assertThat(late.status()).isEqualTo(CaseStatus.RECEIVED);
		assertThat(late.applicantType()).isEqualTo(ApplicantType.NATURAL_PERSON);
		assertThat(this.requests.dashboard(null).view()).isEqualTo(DashboardView.ALL);

		asClerk(other);
		Dashboard theirs = this.requests.dashboard(DashboardView.ALL);
		assertThat(theirs.rows()).extracting(Dashboard.Row::trackingNo).containsExactly(elsewhere);
		assertThat(this.requests.dashboard(DashboardView.OVERDUE).rows()).extracting(Dashboard.Row::trackingNo)
			.containsExactly(elsewhere);
		assertThat(theirs.count(DashboardView.CLOSED)).isZero();
	}

	@Test
	void thePageFiltersByViewAndShowsOnlyTheUsersAgency() throws Exception {
		AgencyData data = AgencyFixtures.county("看板页县" + System.nanoTime());
		long agency = this.agencies.create(data);
		long other = this.agencies.create(AgencyFixtures.county("看板页邻县" + System.nanoTime()));
		String overdue = walkIn(agency, LONG_AGO);
		String waiting = this.intake.apply(data.creditCode(), form()).trackingNo();
		String elsewhere = walkIn(other, LONG_AGO);
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
		MockHttpSession otherClerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, other));

		this.mvc.perform(get("/admin/requests").param("view", "overdue").session(clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(overdue)))
			.andExpect(content().string(containsString("2026-10-29")))
			.andExpect(content().string(containsString("已超过答复期限")))
			.andExpect(content().string(containsString("自然人")))
			.andExpect(content().string(containsString("data-view=\"overdue\" data-count=\"1\"")))
			.andExpect(content().string(not(containsString(waiting))))
			.andExpect(content().string(not(containsString(elsewhere))));
		this.mvc.perform(get("/admin/requests").param("view", "awaiting-confirmation").session(clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(waiting)))
			.andExpect(content().string(not(containsString(overdue))));
		for (String unknown : List.of("nonsense", "", "<script>", "ALL")) {
			this.mvc.perform(get("/admin/requests").param("view", unknown).session(clerk))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(overdue)))
				.andExpect(content().string(containsString(waiting)));
		}
		this.mvc.perform(get("/admin/requests").session(otherClerk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(elsewhere)))
			.andExpect(content().string(not(containsString(overdue))))
			.andExpect(content().string(not(containsString(waiting))));
	}

	/** A receipt date, not in the future, whose deadline is within 5 working days. */
	private static LocalDate dueSoonReceipt(LocalDate today) {
		WorkingDayRules rules = WorkingDayRules.bundled();
		LocalDate soon = rules.deadline(today, RequestManagement.DUE_SOON_DAYS).due();
		LocalDate day = today;
		while (rules.deadline(day, 20).due().isAfter(soon)) {
			day = day.minusDays(1);
		}
		assertThat(rules.deadline(day, 20).due()).isAfterOrEqualTo(today);
		return day;
	}

	private void assertView(DashboardView view, String trackingNo) {
		Dashboard dashboard = this.requests.dashboard(view);
		assertThat(dashboard.view()).isEqualTo(view);
		assertThat(dashboard.rows()).as(view.slug()).extracting(Dashboard.Row::trackingNo).containsExactly(trackingNo);
		assertThat(dashboard.count(view)).isEqualTo(1);
	}

	private long id(String trackingNo) {
		return this.cases.findByTrackingNo(trackingNo).orElseThrow().id();
	}

	private String walkIn(long agency, LocalDate receivedOn) {
		asClerk(agency);
		try {
			return this.requests.registerWalkIn(agency, form(), Channel.WALK_IN, receivedOn).trackingNo();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void asClerk(long agency) {
		StaffPrincipal principal = new StaffPrincipal(1, "clerk", "clerk", List.of(new Grant(Role.CLERK, agency)),
				false);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
	}

	static ApplicationForm form() {
		return new ApplicationForm("NATURAL_PERSON", "李四", "居民身份证", "110101199003077777", "13800138000",
				"lisi@example.com", "人民路3号", "2026年本县道路建设计划", List.of("EMAIL"), "ONLINE");
	}

}
