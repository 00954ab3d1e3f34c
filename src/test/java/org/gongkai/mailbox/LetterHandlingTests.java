package org.gongkai.mailbox;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditEntryView;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.calendar.rules.WorkingDayRules;
import org.gongkai.mailbox.letter.AgencyMailboxes;
import org.gongkai.mailbox.letter.LetterHandling;
import org.gongkai.mailbox.letter.LetterIntake;
import org.gongkai.mailbox.letter.LetterList;
import org.gongkai.mailbox.letter.LetterReminder;
import org.gongkai.mailbox.letter.LetterStatus;
import org.gongkai.mailbox.letter.LetterSummary;
import org.gongkai.mailbox.letter.LetterTracking;
import org.gongkai.mailbox.letter.LetterWorklists;
import org.gongkai.mailbox.letter.Rating;
import org.gongkai.mailbox.letter.ReplyFigures;
import org.gongkai.mailbox.letter.ReplyStatistics;
import org.gongkai.mailbox.letter.StepKind;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.RuleViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.mailbox.MailboxFixtures.letter;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The office's side: assignment, forwarding (visible to the writer, the deadline kept),
 * the one extension with its reason, the reply deadline and the overdue lists, access per
 * agency, an audit entry for each change, and the reply figures.
 */
@GongkaiTest
class LetterHandlingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyMailboxes mailboxes;

	@Autowired
	LetterIntake intake;

	@Autowired
	ReplyStatistics statistics;

	@Autowired
	LetterWorklists worklists;

	@Autowired
	LetterHandling handling;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	LetterDeadlines deadlines;

	@Autowired
	org.gongkai.calendar.WorkingDayCalendar calendar;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aForwardMovesTheLetterToTheOtherAgencyKeepsTheDeadlineAndIsShownToTheWriter() throws Exception {
		AgencyData town = AgencyFixtures.county("转出镇" + System.nanoTime());
		long from = this.agencies.create(town);
		AgencyData bureau = AgencyFixtures.county("转入局" + System.nanoTime());
		long to = this.agencies.create(bureau);
		LetterReceipt receipt = this.intake.write(town.creditCode(), letter().withType("COMPLAINT").form());
		LocalDate due = this.intake.track(receipt.trackingNo(), receipt.queryCode()).due();
		long id = id(receipt);

		MockHttpSession fromClerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, from));
		MockHttpSession toClerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, to));
		this.mvc.perform(get("/admin/mailbox/letters/" + id).session(toClerk)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/mailbox/letters/" + id + "/forward").param("agencyId", String.valueOf(to))
				.param("note", "属于市场监管职责")
				.session(fromClerk)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		LetterTracking tracking = this.intake.track(receipt.trackingNo(), receipt.queryCode());
		assertThat(tracking.agencyName()).isEqualTo(bureau.name());
		assertThat(tracking.due()).isEqualTo(due);
		assertThat(tracking.steps()).anySatisfy((s) -> {
			assertThat(s.kind()).isEqualTo(StepKind.FORWARDED);
			assertThat(s.fromAgency()).isEqualTo(town.name());
			assertThat(s.toAgency()).isEqualTo(bureau.name());
		});
		this.mvc.perform(MailboxFixtures.track(receipt.trackingNo(), receipt.queryCode()))
			.andExpect(content().string(containsString(town.name() + " 转 " + bureau.name() + " 办理")))
			.andExpect(content().string(containsString("属于市场监管职责")));
		// the new holder acts on it; the old one may read it but no longer act
		this.mvc.perform(get("/admin/mailbox/letters/" + id).session(toClerk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/reply")));
		this.mvc
			.perform(post("/admin/mailbox/letters/" + id + "/reply").param("text", "已答复")
				.param("visibility", "PRIVATE")
				.session(fromClerk)
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/mailbox/letters/" + id + "/reply").param("text", "经核查，已责令整改。")
				.param("visibility", "PRIVATE")
				.session(toClerk)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.intake.track(receipt.trackingNo(), receipt.queryCode()).status())
			.isEqualTo(LetterStatus.REPLIED);
		assertThat(actions(id)).containsSubsequence("mailbox.letter-received", "mailbox.letter-forwarded",
				"mailbox.letter-replied");
	}

	@Test
	void anotherAgencysClerkIsRefusedEveryStep() throws Exception {
		AgencyData data = AgencyFixtures.county("本镇" + System.nanoTime());
		long agency = this.agencies.create(data);
		long other = this.agencies.create(AgencyFixtures.county("邻镇" + System.nanoTime()));
		long id = id(this.intake.write(data.creditCode(), letter().form()));
		MockHttpSession stranger = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, other));
		this.mvc.perform(get("/admin/mailbox/letters/" + id).session(stranger)).andExpect(status().isForbidden());
		for (String step : new String[] { "assign", "forward", "extension", "reply", "moderation", "request" }) {
			this.mvc
				.perform(post("/admin/mailbox/letters/" + id + "/" + step).param("assignee", "x")
					.param("agencyId", String.valueOf(other))
					.param("days", "5")
					.param("reason", "r")
					.param("text", "t")
					.param("visibility", "PRIVATE")
					.session(stranger)
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/admin/mailbox").session(stranger))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(data.name()))));
		this.mvc.perform(get("/admin/mailbox/letters/" + id)).andExpect(status().is3xxRedirection());
		assertThat(actions(id)).containsExactly("mailbox.letter-received");
		assertThat(letterStatus(id)).isEqualTo("RECEIVED");
	}

	@Test
	void theClerkAssignsExtendsOnceWithAReasonAndRepliesEachStepAudited() {
		AgencyData data = AgencyFixtures.county("办理县" + System.nanoTime());
		long agency = this.agencies.create(data);
		String clerk = Staff.create(this.accounts, Role.CLERK, agency);
		LetterReceipt receipt = this.intake.write(data.creditCode(), letter().form());
		long id = id(receipt);
		MailboxFixtures.signIn(clerk, Role.CLERK, agency);
		assertThatThrownBy(() -> this.handling.assign(id, "nobody")).isInstanceOf(RuleViolationException.class);
		this.handling.assign(id, clerk);
		assertThat(this.handling.details(id).summary().assignee()).isEqualTo(clerk);
		assertThat(this.worklists.dashboard(LetterList.MINE).rows()).extracting(LetterSummary::id).contains(id);

		LocalDate today = LocalDate.now(this.clock);
		assertThatThrownBy(() -> this.handling.extend(id, 5, " ")).isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "mailbox.reason.invalid");
		assertThatThrownBy(() -> this.handling.extend(id, 16, "需要现场核查")).isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "mailbox.extension.days-invalid");
		this.handling.extend(id, 10, "需要现场核查");
		LetterTracking extended = this.intake.track(receipt.trackingNo(), receipt.queryCode());
		assertThat(extended.due()).isEqualTo(WorkingDayRules.bundled().deadline(today, 25).due());
		assertThat(extended.steps()).anySatisfy((s) -> assertThat(s.note()).isEqualTo("需要现场核查"));
		assertThatThrownBy(() -> this.handling.extend(id, 5, "再次延期")).isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "mailbox.extension.once");

		this.handling.reply(id, "已安排施工。", ReplyVisibility.PRIVATE, false);
		assertThatThrownBy(() -> this.handling.reply(id, "再答复", ReplyVisibility.PRIVATE, false))
			.isInstanceOf(RuleViolationException.class);
		assertThat(actions(id)).containsExactly("mailbox.letter-received", "mailbox.letter-assigned",
				"mailbox.letter-extended", "mailbox.letter-replied");
		SecurityContextHolder.clearContext();
		this.intake.rate(receipt.trackingNo(), receipt.queryCode(), Rating.SATISFIED);
		assertThatThrownBy(() -> this.intake.rate(receipt.trackingNo(), receipt.queryCode(), Rating.UNSATISFIED))
			.isInstanceOf(RuleViolationException.class);
		assertThat(actions(id)).endsWith("mailbox.letter-rated");
		ReplyFigures figures = this.statistics.publicFigures(agency);
		assertThat(figures.received()).isEqualTo(1);
		assertThat(figures.answered()).isEqualTo(1);
		assertThat(figures.onTime()).isEqualTo(1);
		assertThat(figures.replyRate()).isEqualTo(100);
		assertThat(figures.satisfaction()).isEqualTo(100);
		assertThat(figures.averageDays()).isEqualTo(0.0);
	}

	@Test
	void lettersPastTheirDeadlineAreOverdueAndThoseOpenThreeMonthsAreFlaggedForTheWebsiteChecks() throws Exception {
		AgencyData data = AgencyFixtures.county("超期县" + System.nanoTime());
		long agency = this.agencies.create(data);
		LocalDate today = LocalDate.now(this.clock);
		long fresh = id(this.intake.write(data.creditCode(), letter().form()));
		long late = id(this.intake.write(data.creditCode(), letter().form()));
		long ancient = id(this.intake.write(data.creditCode(), letter().form()));
		long answeredLate = id(this.intake.write(data.creditCode(), letter().form()));
		// received long ago (the calendar then decides what is overdue)
		LocalDate lateReceipt = today.minusDays(40);
		receivedOn(late, lateReceipt);
		receivedOn(ancient, today.minusMonths(4));
		receivedOn(answeredLate, lateReceipt);
		String clerk = Staff.create(this.accounts, Role.CLERK, agency);
		MailboxFixtures.signIn(clerk, Role.CLERK, agency);
		this.handling.reply(answeredLate, "迟到的答复", ReplyVisibility.PRIVATE, false);

		assertThat(ids(LetterList.OVERDUE)).containsExactlyInAnyOrder(late, ancient);
		assertThat(ids(LetterList.OVER_THREE_MONTHS)).containsExactly(ancient);
		assertThat(ids(LetterList.OPEN)).containsExactlyInAnyOrder(fresh, late, ancient);
		assertThat(ids(LetterList.REPLIED)).containsExactly(answeredLate);
		assertThat(this.worklists.reminders()).extracting(LetterReminder::letterId)
			.contains(late, ancient)
			.doesNotContain(fresh, answeredLate);
		assertThat(this.worklists.reminders()).filteredOn((r) -> r.letterId() == late)
			.singleElement()
			.satisfies((r) -> {
				assertThat(r.overdue()).isTrue();
				assertThat(r.due()).isEqualTo(WorkingDayRules.bundled().deadline(lateReceipt, 15).due());
			});
		assertThatThrownBy(() -> this.handling.extend(late, 5, "太晚了")).isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "mailbox.extension.too-late");
		ReplyFigures figures = this.statistics.publicFigures(agency);
		assertThat(figures.received()).isEqualTo(4);
		assertThat(figures.answered()).isEqualTo(1);
		assertThat(figures.onTime()).isZero();
		assertThat(figures.replyRate()).isEqualTo(25);
		assertThat(figures.replyShare()).isEqualTo("25.0");

		MockHttpSession session = Staff.signIn(this.mvc, clerk);
		this.mvc.perform(get("/admin/mailbox").param("list", "over-three-months").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超过三个月未办结")));
		this.mvc.perform(get("/admin").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"letter-reminders\"")));
		this.mvc.perform(get("/admin/mailbox/statistics").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("<td class=\"received\">4</td>")))
			.andExpect(content().string(containsString("<td class=\"rate\">25.0%</td>")));
	}

	@Test
	void leadersMailboxesAreConfiguredPerAgencyAndLettersGoToTheChosenOne() throws Exception {
		AgencyData data = AgencyFixtures.county("书记信箱县" + System.nanoTime());
		long agency = this.agencies.create(data);
		long other = this.agencies.create(AgencyFixtures.county("他县" + System.nanoTime()));
		MailboxFixtures.signIn("leader", Role.LEADER, agency);
		long secretary = this.mailboxes.createMailbox(agency, "书记信箱", "张书记");
		MailboxFixtures.signIn("clerk", Role.CLERK, other);
		assertThatThrownBy(() -> this.mailboxes.createMailbox(agency, "县长信箱", null))
			.isInstanceOf(ForbiddenException.class);
		SecurityContextHolder.clearContext();
		this.mvc.perform(get("/agencies/" + data.creditCode() + "/mailbox"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("书记信箱")))
			.andExpect(content().string(containsString("张书记")));
		LetterReceipt receipt = this.intake.write(data.creditCode(), letter().withMailbox(secretary).form());
		assertThat(this.jdbc.queryForObject("select mailbox_id from mbx_letter where tracking_no = ?", Long.class,
				receipt.trackingNo()))
			.isEqualTo(secretary);
		SecurityContextHolder.clearContext();
		MockHttpSession leader = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.LEADER, agency));
		this.mvc.perform(get("/admin/mailbox/mailboxes").param("agencyId", String.valueOf(agency)).session(leader))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("张书记")));
		this.mvc
			.perform(post("/admin/mailbox/mailboxes/" + secretary).param("agencyId", String.valueOf(agency))
				.param("name", "书记信箱")
				.param("leaderName", "张书记")
				.session(leader)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/mailbox/mailboxes").param("agencyId", String.valueOf(agency))
				.param("name", "<b>县长信箱</b>")
				.session(leader)
				.with(csrf()))
			.andExpect(status().isBadRequest());
		assertThat(this.mailboxes.publicMailboxes(agency)).isEmpty();
		assertThatThrownBy(() -> this.intake.write(data.creditCode(), letter().withMailbox(secretary).form()))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "mailbox.mailbox-id.invalid");
	}

	@Test
	void aCalendarChangeThatMovesADeadlineIsLoggedOnTheLetterAndShownToTheWriter() {
		AgencyData data = AgencyFixtures.county("调休县" + System.nanoTime());
		this.agencies.create(data);
		LetterReceipt receipt = this.intake.write(data.creditCode(), letter().form());
		long id = id(receipt);
		LocalDate due = this.intake.track(receipt.trackingNo(), receipt.queryCode()).due();
		// as if the due date had been computed under an earlier holiday notice
		this.jdbc.update("update mbx_letter set last_due_on = ? where id = ?", due.minusDays(1), id);
		assertThat(this.deadlines.recompute(this.calendar.rules())).isPositive();
		LetterTracking tracking = this.intake.track(receipt.trackingNo(), receipt.queryCode());
		assertThat(tracking.steps()).filteredOn((s) -> s.kind() == StepKind.DUE_MOVED)
			.singleElement()
			.satisfies((s) -> assertThat(s.note()).contains(due.minusDays(1).toString(), due.toString()));
		assertThat(actions(id)).containsExactly("mailbox.letter-received", "mailbox.due-moved");
		this.deadlines.recompute(this.calendar.rules());
		assertThat(actions(id)).containsExactly("mailbox.letter-received", "mailbox.due-moved");
	}

	private java.util.List<Long> ids(LetterList list) {
		return this.worklists.dashboard(list).rows().stream().map(LetterSummary::id).toList();
	}

	private void receivedOn(long letterId, LocalDate day) {
		this.jdbc.update("update mbx_letter set received_on = ? where id = ?", day, letterId);
	}

	private long id(LetterReceipt receipt) {
		return this.jdbc.queryForObject("select id from mbx_letter where tracking_no = ?", Long.class,
				receipt.trackingNo());
	}

	private String letterStatus(long id) {
		return this.jdbc.queryForObject("select status from mbx_letter where id = ?", String.class, id);
	}

	private java.util.List<String> actions(long id) {
		return this.audit.find(new AuditQuery(null, null, "Letter", String.valueOf(id), null, null), 0, 50)
			.getContent()
			.stream()
			.sorted(java.util.Comparator.comparingLong(AuditEntryView::seq))
			.map(AuditEntryView::action)
			.toList();
	}

}
