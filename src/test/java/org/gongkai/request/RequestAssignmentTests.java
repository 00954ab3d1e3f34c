package org.gongkai.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.TestClock;
import org.gongkai.TestToday;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.request.CaseFixtures.Office;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.scheduling.ReminderMail;
import org.gongkai.request.scheduling.RequestDailyJobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Assignment of cases to clerks, the 'mine' view, and deadline reminders. */
@TestToday(TestClock.PINNED_CALENDAR_DAY)
@GongkaiTest
class RequestAssignmentTests {

	/** Received 2026-09-30: due 2026-11-03 (National Day off, Sat 10 Oct worked). */
	static final LocalDate RECEIVED = LocalDate.of(2026, 9, 30);

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestManagement requests;

	@Autowired
	RequestAssignment assignment;

	@Autowired
	RequestDailyJobs jobs;

	@Autowired
	ReminderMail reminderMail;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	RequestProperties properties;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aLeaderAssignsOnlyToAClerkOfTheAgencyAndRefusalsChangeNothing() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		Office other = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		String second = Staff.create(this.accounts, Role.CLERK, office.agency());
		long id = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(), RECEIVED);

		for (String notAClerk : List.of(office.leaderName(), other.clerkName(), "<script>alert(1)</script>",
				"x".repeat(300), "")) {
			assign(office.leader(), id, notAClerk).andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("只能分配给本机关的信息员")));
		}
		assign(other.leader(), id, second).andExpect(status().isForbidden());
		assign(other.clerk(), id, other.clerkName()).andExpect(status().isForbidden());
		assign(office.clerk(), id, second).andExpect(status().isForbidden());
		assertThat(details(office, id).assignee()).isNull();

		assign(office.leader(), id, second).andExpect(status().is3xxRedirection());
		assertThat(details(office, id).assignee()).isEqualTo(second);
		assign(office.clerk(), id, office.clerkName()).andExpect(status().is3xxRedirection());
		assertThat(details(office, id).assignee()).isEqualTo(office.clerkName());
		assertThat(details(office, id).events()).extracting(CaseEvent::detail)
			.containsExactly(second, office.clerkName());
		assertThat(this.audit
			.find(new AuditQuery(null, "request.assigned", "DisclosureRequest", String.valueOf(id), null, null), 0, 5))
			.hasSize(2);
		this.mvc.perform(get("/admin/requests/" + id).session(office.leader()))
			.andExpect(content().string(containsString("value=\"" + second + "\"")))
			.andExpect(content().string(not(containsString(office.leaderName() + "</option>"))));
	}

	@Test
	void theDisclosureOfficeAboveAssignsCasesOfTheAgenciesBelow() throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("分配县" + System.nanoTime()));
		long town = this.agencies.create(AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "分配镇" + System.nanoTime()));
		String townClerk = Staff.create(this.accounts, Role.CLERK, town);
		MockHttpSession office = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, county));
		MockHttpSession townOffice = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, town));
		long countyCase = CaseFixtures.walkIn(this.requests, this.cases, county, CaseFixtures.idNumber(), RECEIVED);
		long townCase = CaseFixtures.walkIn(this.requests, this.cases, town, CaseFixtures.idNumber(), RECEIVED);
		assign(office, townCase, townClerk).andExpect(status().is3xxRedirection());
		assertThat(CaseFixtures.as("c", Role.CLERK, town, () -> this.requests.details(townCase).assignee()))
			.isEqualTo(townClerk);
		assign(townOffice, countyCase, townClerk).andExpect(status().isForbidden());
		assign(office, countyCase, townClerk).andExpect(status().isBadRequest());
	}

	@Test
	void theAssigneeSeesMineAndRemindersOnTheStartPageAndTheDashboard() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		String second = Staff.create(this.accounts, Role.CLERK, office.agency());
		long id = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(), RECEIVED);
		long unassigned = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(),
				RECEIVED);
		assign(office.leader(), id, office.clerkName()).andExpect(status().is3xxRedirection());
		String number = details(office, id).summary().trackingNo();
		String other = details(office, unassigned).summary().trackingNo();

		// Three working days before 2026-11-03 is 2026-10-29 (Thu): 30 Oct, 2 and 3 Nov.
		Set<Long> agency = Set.of(office.agency());
		assertThat(this.assignment.reminders(office.clerkName(), agency, LocalDate.of(2026, 10, 28))).isEmpty();
		assertThat(this.assignment.reminders(office.clerkName(), agency, LocalDate.of(2026, 10, 29)))
			.containsExactly(new Reminder(id, number, LocalDate.of(2026, 11, 3), false, false));
		assertThat(this.assignment.reminders(office.clerkName(), agency, LocalDate.of(2026, 11, 3)))
			.extracting(Reminder::overdue)
			.containsExactly(false);
		assertThat(this.assignment.reminders(office.clerkName(), agency, LocalDate.of(2026, 11, 4)))
			.extracting(Reminder::overdue)
			.containsExactly(true);
		assertThat(this.assignment.reminders(second, agency, LocalDate.of(2026, 11, 4))).isEmpty();

		this.mvc.perform(get("/admin").session(office.clerk()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)))
			.andExpect(content().string(containsString("已超期（答复期限 2026-11-03）")));
		this.mvc.perform(get("/admin").session(Staff.signIn(this.mvc, second)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(number))));
		this.mvc.perform(get("/admin/requests").param("view", "mine").session(office.clerk()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("我的办理提醒")))
			.andExpect(content().string(containsString(number)))
			.andExpect(content().string(not(containsString(other))));
		Dashboard mine = CaseFixtures.as(office.clerkName(), Role.CLERK, office.agency(),
				() -> this.requests.dashboard(DashboardView.MINE));
		assertThat(mine.rows()).extracting(Dashboard.Row::id).containsExactly(id);
		assertThat(mine.count(DashboardView.MINE)).isEqualTo(1);
	}

	@Test
	void remindersAreMailedOncePerCaseAndDayAndOnlyWhenSmtpIsConfigured() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long id = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(), RECEIVED);
		assign(office.leader(), id, office.clerkName()).andExpect(status().is3xxRedirection());
		String number = details(office, id).summary().trackingNo();
		Instant day = Instant.parse("2026-11-23T01:00:00Z");

		// No spring.mail.host in the tests: no sender, no e-mail, no error.
		assertThat(this.reminderMail.send(day)).isZero();
		this.jobs.run(day.minusSeconds(86_400 * 400L));

		List<SimpleMailMessage> sent = new ArrayList<>();
		JavaMailSender capturing = new JavaMailSenderImpl() {
			@Override
			public void send(SimpleMailMessage... messages) {
				sent.addAll(List.of(messages));
			}
		};
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", capturing));
		ReminderMail mail = new ReminderMail(beans.getBeanProvider(JavaMailSender.class), this.cases, this.assignment,
				this.agencies, this.jdbc, this.messages, this.properties, this.clock);
		send(mail, day);
		assertThat(mine(sent, number)).singleElement().satisfies((m) -> {
			assertThat(m.getTo()).containsExactly("office@example.gov.cn");
			assertThat(m.getSubject()).contains(number).contains("已超过答复期限");
			assertThat(m.getText()).contains("2026-11-03").contains(office.clerkName());
		});
		sent.clear();
		send(mail, day.plusSeconds(3600));
		assertThat(mine(sent, number)).isEmpty();
		send(mail, day.plusSeconds(86_400));
		assertThat(mine(sent, number)).hasSize(1);
	}

	private void send(ReminderMail mail, Instant at) {
		this.transactions.executeWithoutResult((s) -> mail.send(at));
	}

	private static List<SimpleMailMessage> mine(List<SimpleMailMessage> sent, String number) {
		return sent.stream().filter((m) -> m.getSubject().contains(number)).toList();
	}

	private CaseDetails details(Office office, long id) {
		return CaseFixtures.as("c", Role.CLERK, office.agency(), () -> this.requests.details(id));
	}

	private ResultActions assign(MockHttpSession session, long id, String assignee) throws Exception {
		return this.mvc.perform(post("/admin/requests/" + id + "/assignment").session(session)
			.with(csrf())
			.param("assignee", assignee));
	}

}
