package org.gongkai.request;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.Staff;
import org.gongkai.TestToday;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditEntryView;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.calendar.CalendarChanged;
import org.gongkai.request.casework.DisclosureRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * docs/legal-rules.md, Working days and the holiday calendar: loading a year's calendar
 * recomputes every open deadline and logs the change on each case it moved. Loading a
 * 2027 notice would change other tests' provisional 2027 deadlines, so this class runs in
 * its own context on its own in-memory database (also under the postgres profile), with
 * today fixed at 2026-12-10.
 */
@SpringBootTest(properties = "spring.datasource.url=" + RequestCalendarChangeTests.URL)
@AutoConfigureMockMvc
@TestToday("2026-12-10")
class RequestCalendarChangeTests {

	static final String URL = "jdbc:h2:mem:calendar-change;DB_CLOSE_DELAY=-1";

	/** 20 working days from 2026-12-10 run into 2027, whose notice is not loaded. */
	static final LocalDate RECEIVED = LocalDate.of(2026, 12, 10);

	@DynamicPropertySource
	static void privateDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> URL);
		registry.add("spring.datasource.driver-class-name", () -> "org.h2.Driver");
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
		// the postgres profile's init statement is PostgreSQL's; this database is H2
		registry.add("spring.datasource.hikari.connection-init-sql", () -> "SET LOCK_TIMEOUT 10000");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestManagement requests;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	CompletedEventPublications publications;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void loadingANoticeMovesOpenDeadlinesAndLogsTheMoveOnTheCase() throws Exception {
		long agency = this.agencies.create(AgencyFixtures.county("历法县" + System.nanoTime()));
		long crossing = walkIn(agency, RECEIVED);
		long within = walkIn(agency, LocalDate.of(2026, 11, 2));
		CaseDetails before = details(agency, crossing);
		assertThat(before.clock().due()).isEqualTo(LocalDate.of(2027, 1, 7));
		assertThat(before.clock().provisional()).isTrue();
		LocalDate untouched = details(agency, within).clock().due();

		String token = Staff.token(this.mvc, Staff.create(this.accounts, Role.SYSTEM_ADMIN, null));
		String notice = """
				{"year":2027,"papers":["https://www.gov.cn/example-2027"],
				 "days":[{"name":"测试假日","date":"2027-01-04","isOffDay":true}]}""";
		this.mvc
			.perform(post("/api/v1/admin/calendar/notices").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(notice))
			.andExpect(status().isOk());

		CaseDetails after = details(agency, crossing);
		assertThat(after.clock().due()).isEqualTo(LocalDate.of(2027, 1, 8));
		assertThat(after.clock().provisional()).isFalse();
		assertThat(after.events()).extracting(CaseEvent::kind).containsExactly("due-moved");
		CaseEvent moved = after.events().get(0);
		assertThat(moved.on()).isEqualTo(RECEIVED);
		assertThat(moved.actor()).isEqualTo("system");
		assertThat(moved.detail()).isEqualTo("答复期限由 2027-01-07 调整为 2027-01-08");
		List<AuditEntryView> entries = this.audit
			.find(new AuditQuery(null, "request.due-moved", "DisclosureRequest", String.valueOf(crossing), null, null),
					0, 5)
			.getContent();
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).before()).isEqualTo("due=2027-01-07");
		assertThat(entries.get(0).after()).isEqualTo("due=2027-01-08");
		assertThat(this.cases.findById(crossing).orElseThrow().lastDueOn()).isEqualTo(LocalDate.of(2027, 1, 8));

		CaseDetails unmoved = details(agency, within);
		assertThat(unmoved.clock().due()).isEqualTo(untouched);
		assertThat(unmoved.events()).isEmpty();

		// the reactions of the calendar, requests and mailbox are recorded and completed
		assertThat(this.publications.findAll())
			.filteredOn((p) -> p.getEvent() instanceof CalendarChanged changed && changed.year() == 2027)
			.extracting((p) -> p.getStatus())
			.containsExactly(Status.COMPLETED, Status.COMPLETED, Status.COMPLETED);

		// Loading the same notice again moves nothing and logs nothing more.
		this.mvc
			.perform(post("/api/v1/admin/calendar/notices").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(notice))
			.andExpect(status().isOk());
		assertThat(details(agency, crossing).events()).hasSize(1);
	}

	private CaseDetails details(long agency, long id) {
		asClerk(agency);
		try {
			return this.requests.details(id);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private long walkIn(long agency, LocalDate receivedOn) {
		asClerk(agency);
		try {
			Receipt receipt = this.requests.registerWalkIn(agency, RequestDashboardTests.form(), Channel.WALK_IN,
					receivedOn);
			return this.cases.findByTrackingNo(receipt.trackingNo()).orElseThrow().id();
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

}
