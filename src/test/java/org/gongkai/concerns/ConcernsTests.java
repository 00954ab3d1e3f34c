package org.gongkai.concerns;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.platform.WorkFigure;
import org.gongkai.request.CaseFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Responses to concerns: a clerk registers a concern, the response item published through
 * the normal review answers it at the instant of publication (on time or late); another
 * response is timed as typed; the overdue list, the office's view of the agencies under
 * it, hostile input refused with nothing stored, reminders mailed once, the figures and
 * the start page's lines.
 */
@GongkaiTest
class ConcernsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Concerns concerns;

	@Autowired
	ConcernFigures figures;

	@Autowired
	ConcernReminders reminders;

	@Autowired
	ConcernMail mail;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	private final List<SimpleMailMessage> sent = new ArrayList<>();

	@AfterEach
	void reset() {
		this.mail.replaceSender(null);
		TestClock.INSTANCE.reset();
	}

	record Town(long county, long id, String code, MockHttpSession clerk, MockHttpSession reviewer,
			MockHttpSession secrecy, MockHttpSession office) {

	}

	Town town(String name) throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("关切县" + System.nanoTime()));
		AgencyData data = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, name + System.nanoTime());
		long id = this.agencies.create(data);
		return new Town(county, id, data.creditCode(),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.REVIEWER, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CONFIDENTIALITY_REVIEWER, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, county)));
	}

	static String ago(Duration before) {
		return LocalDateTime.now(TestClock.INSTANCE).minus(before).truncatedTo(ChronoUnit.MINUTES).toString();
	}

	MockHttpServletRequestBuilder form(long agencyId, String title, String aroseAt, String severity) {
		return post("/admin/concerns/new").with(csrf())
			.param("agency", String.valueOf(agencyId))
			.param("title", title)
			.param("kind", "RUMOUR")
			.param("source", "网络")
			.param("aroseAt", aroseAt)
			.param("severity", severity)
			.param("handler", "党政办 李敏");
	}

	long register(Town town, String title, Duration before, String severity) throws Exception {
		String location = this.mvc.perform(form(town.id(), title, ago(before), severity).session(town.clerk()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/concerns/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/**
	 * Starts the response, and the clerk, reviewer and confidentiality reviewer publish
	 * it.
	 */
	long respondAndPublish(Town town, long concern, Duration after) throws Exception {
		String edit = this.mvc
			.perform(post("/admin/concerns/" + concern + "/response-draft").session(town.clerk()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(edit).matches("/admin/publications/\\d+/edit");
		long item = Long.parseLong(edit.split("/")[3]);
		TestClock.INSTANCE.advance(after);
		this.mvc.perform(post("/admin/publications/" + item + "/submit").session(town.clerk()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/publications/" + item + "/content-review").session(town.reviewer())
				.with(csrf())
				.param("approve", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/publications/" + item + "/confidentiality-review").session(town.secrecy())
				.with(csrf())
				.param("approve", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select status from pub_item where id = ?").param(item).query(String.class).single())
			.isEqualTo("PUBLISHED");
		return item;
	}

	ConcernView view(Town town, long id) {
		return CaseFixtures.as("reader", Role.CLERK, town.id(), () -> this.concerns.view(id));
	}

	@Test
	void aPublishedResponseAnswersTheConcernAtTheInstantOfPublication() throws Exception {
		Town town = town("回应镇");
		long id = register(town, "网传回应镇自来水异常", Duration.ofHours(2), "MAJOR");
		this.mvc.perform(get("/admin/concerns/" + id).session(town.clerk()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("网传回应镇自来水异常")))
			.andExpect(content().string(containsString("48小时内回应")))
			.andExpect(content().string(containsString("起草回应稿件")));

		long item = respondAndPublish(town, id, Duration.ofHours(1));
		Instant published = TestClock.INSTANCE.instant();
		ConcernView concern = view(town, id);
		assertThat(concern.publicationId()).isEqualTo(item);
		assertThat(concern.answeredAt()).isEqualTo(published);
		assertThat(concern.state()).isEqualTo(ConcernState.ANSWERED_ON_TIME);
		assertThat(concern.hoursTaken()).isEqualTo(3);
		String title = this.jdbc.sql("select title from pub_item where id = ?")
			.param(item)
			.query(String.class)
			.single();
		assertThat(title).isEqualTo("关于网传回应镇自来水异常的回应");
		assertThat(this.jdbc.sql("select c.code from pub_item p join cat_column c on c.id = p.column_id where p.id = ?")
			.param(item)
			.query(String.class)
			.single()).isEqualTo("concerns");

		// the public list shows it with the hours taken; a new version answers nothing
		// again
		this.mvc.perform(get("/agencies/" + town.code() + "/concerns"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("网传回应镇自来水异常")))
			.andExpect(content().string(containsString("3小时 · 在48小时时限内")))
			.andExpect(content().string(containsString("/agencies/" + town.code() + "/publications/" + item)));
		this.mvc.perform(post("/admin/concerns/" + id + "/response-draft").session(town.clerk()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("该关切事项已经回应")));
		assertThat(this.audit
			.find(new AuditQuery(null, "concerns.answered", "Concern", String.valueOf(id), null, null), 0, 10)
			.getContent()).hasSize(1);
	}

	@Test
	void aConcernAnsweredLateShowsInTheOverdueListWhileOpenAndAsLateOnceAnswered() throws Exception {
		Town town = town("逾期镇");
		long late = register(town, "逾期镇河堤管涌险情", Duration.ofHours(20), "MAJOR_EMERGENCY");
		long open = register(town, "逾期镇集市停车难", Duration.ofHours(1), "ORDINARY");
		// the office over the county sees the township's overdue concerns
		TestClock.INSTANCE.advance(Duration.ofHours(5));
		this.mvc.perform(get("/admin/concerns?filter=overdue").session(town.office()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("逾期镇河堤管涌险情")))
			.andExpect(content().string(not(containsString("逾期镇集市停车难"))));
		this.mvc.perform(get("/admin").session(town.clerk())).andExpect(content().string(containsString("逾期未回应的关切事项")));
		// another township's clerk sees none of it
		Town other = town("他镇");
		this.mvc.perform(get("/admin/concerns?filter=overdue&agency=" + town.id()).session(other.clerk()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("逾期镇河堤管涌险情"))));
		this.mvc.perform(get("/admin/concerns/" + late).session(other.clerk())).andExpect(status().isForbidden());

		// published 25 hours after it arose: answered late
		respondAndPublish(town, late, Duration.ofHours(0));
		assertThat(view(town, late).state()).isEqualTo(ConcernState.ANSWERED_LATE);
		this.mvc.perform(get("/admin/concerns?filter=late").session(town.office()))
			.andExpect(content().string(containsString("逾期镇河堤管涌险情")));
		this.mvc.perform(get("/admin/concerns?filter=overdue").session(town.office()))
			.andExpect(content().string(not(containsString("逾期镇河堤管涌险情"))));
		this.mvc.perform(get("/agencies/" + town.code() + "/concerns"))
			.andExpect(content().string(containsString("超过24小时时限")));

		// another response, timed as typed: on time
		this.mvc
			.perform(post("/admin/concerns/" + open + "/response").session(town.clerk())
				.with(csrf())
				.param("answeredAt", ago(Duration.ofHours(2)))
				.param("link", "https://weibo.example.cn/hexi/123")
				.param("note", "在镇政务微博答复"))
			.andExpect(status().is3xxRedirection());
		ConcernView answered = view(town, open);
		assertThat(answered.state()).isEqualTo(ConcernState.ANSWERED_ON_TIME);
		assertThat(answered.hoursTaken()).isEqualTo(4);
		this.mvc.perform(get("/agencies/" + town.code() + "/concerns"))
			.andExpect(content().string(containsString("https://weibo.example.cn/hexi/123")));
	}

	@Test
	void hostileInputIsRefusedWithEveryProblemAndNothingStored() throws Exception {
		Town town = town("防护镇");
		Town other = town("别镇");
		long before = this.jdbc.sql("select count(*) from con_concern").query(Long.class).single();
		this.mvc
			.perform(post("/admin/concerns/new").session(town.clerk())
				.with(csrf())
				.param("agency", String.valueOf(town.id()))
				.param("kind", "BOMB")
				.param("aroseAt", "yesterday")
				.param("severity", "HUGE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写关切事项")))
			.andExpect(content().string(containsString("请选择类别")))
			.andExpect(content().string(containsString("请填写来源")))
			.andExpect(content().string(containsString("请按“年-月-日 时:分”填写发生或发现时间")))
			.andExpect(content().string(containsString("请选择严重程度")))
			.andExpect(content().string(containsString("请填写承办人")));
		this.mvc.perform(form(town.id(), "长".repeat(101), ago(Duration.ofHours(-2)), "MAJOR").session(town.clerk()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("关切事项不能超过100个字")))
			.andExpect(content().string(containsString("发生或发现时间不能晚于现在")));
		// another agency's id: refused
		this.mvc.perform(form(other.id(), "越权登记", ago(Duration.ofHours(1)), "MAJOR").session(town.clerk()))
			.andExpect(status().isForbidden());
		this.mvc.perform(form(town.id(), "审核员登记", ago(Duration.ofHours(1)), "MAJOR").session(town.reviewer()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/concerns/new?agency=abc").session(town.clerk())).andExpect(status().isOk());
		assertThat(this.jdbc.sql("select count(*) from con_concern").query(Long.class).single()).isEqualTo(before);

		// script tags are kept as text and escaped on every page
		long id = register(town, "<script>alert(1)</script>传言", Duration.ofHours(1), "MAJOR");
		this.mvc.perform(get("/admin/concerns/" + id).session(town.clerk()))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("&lt;script&gt;")));
		this.mvc.perform(get("/admin/concerns/99999999").session(town.clerk())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/concerns/abc").session(town.clerk())).andExpect(status().is4xxClientError());
		this.mvc.perform(get("/admin/concerns?filter=<b>&agency=x&from=bad&to=2026-13-45").session(town.clerk()))
			.andExpect(status().isOk());

		// a hostile response: refused with its problems, nothing answered
		this.mvc
			.perform(post("/admin/concerns/" + id + "/response").session(town.clerk())
				.with(csrf())
				.param("answeredAt", ago(Duration.ofHours(3)))
				.param("link", "javascript:alert(1)")
				.param("note", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("回应时间不能早于关切事项发生或发现的时间")))
			.andExpect(content().string(containsString("回应链接须以 http:// 或 https:// 开头")))
			.andExpect(content().string(containsString("请填写回应方式和内容")));
		this.mvc
			.perform(post("/admin/concerns/" + id + "/response").session(other.clerk())
				.with(csrf())
				.param("answeredAt", ago(Duration.ZERO))
				.param("note", "越权回应"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/concerns/" + id + "/response-draft").session(town.reviewer()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/concerns/" + id + "/response").session(town.clerk()).param("note", "无令牌"))
			.andExpect(status().isForbidden());
		assertThat(view(town, id).answeredAt()).isNull();
		this.mvc.perform(get("/agencies/ABC/concerns")).andExpect(status().isNotFound());
		this.mvc.perform(get("/agencies/" + AgencyFixtures.randomCreditCode() + "/concerns"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theAgencyIsRemindedOnceAtTheMarkAndOnceWhenOverdue() throws Exception {
		AgencyData data = AgencyFixtures.county("提醒县" + System.nanoTime());
		long county = this.agencies.create(data);
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, county));
		Town town = new Town(county, county, data.creditCode(), clerk, null, null, null);
		String title = "提醒县网络传言" + System.nanoTime();
		// 37 of 48 hours passed: past the 75 % mark
		long id = register(town, title, Duration.ofHours(37), "MAJOR");
		this.mail.replaceSender(new JavaMailSenderImpl() {
			@Override
			public void send(SimpleMailMessage... messages) {
				ConcernsTests.this.sent.addAll(List.of(messages));
			}
		});
		assertThat(ids(this.reminders.run().dueSoon())).contains(id);
		assertThat(mails(title)).hasSize(1);
		assertThat(mails(title).get(0).getSubject()).contains("即将到期");
		assertThat(mails(title).get(0).getTo()).containsExactly("office@example.gov.cn");
		this.reminders.run();
		assertThat(mails(title)).as("once").hasSize(1);
		this.mvc.perform(get("/admin").session(clerk)).andExpect(content().string(containsString("即将到期的关切事项")));

		TestClock.INSTANCE.advance(Duration.ofHours(12));
		assertThat(ids(this.reminders.run().overdue())).contains(id);
		assertThat(mails(title)).hasSize(2);
		assertThat(mails(title).get(1).getSubject()).contains("已逾期未回应");
		assertThat(ids(this.reminders.run().overdue())).doesNotContain(id);
		assertThat(mails(title)).hasSize(2);
	}

	@Test
	void theFiguresCountRegisteredAnsweredAndOnTimeConcernsOfTheSpan() throws Exception {
		Town town = town("数字镇");
		LocalDate today = TestClock.INSTANCE.today();
		assertThat(this.figures.figuresOf(town.id(), today.minusDays(30), today)).extracting(WorkFigure::value)
			.containsExactly(0L, 0L, 0L);
		long onTime = register(town, "数字镇按时", Duration.ofHours(3), "MAJOR");
		long late = register(town, "数字镇逾期", Duration.ofHours(30), "MAJOR_EMERGENCY");
		register(town, "数字镇逾期未回应", Duration.ofHours(50), "MAJOR");
		register(town, "数字镇未到期", Duration.ofHours(1), "MAJOR");
		for (long id : List.of(onTime, late)) {
			this.mvc
				.perform(post("/admin/concerns/" + id + "/response").session(town.clerk())
					.with(csrf())
					.param("answeredAt", ago(Duration.ZERO))
					.param("note", "新闻发布会"))
				.andExpect(status().is3xxRedirection());
		}
		List<WorkFigure> figures = this.figures.figuresOf(town.id(), today.minusDays(30), today);
		assertThat(figures).extracting(WorkFigure::key)
			.containsExactly("concerns.registered", "concerns.answered", "concerns.on-time", "concerns.on-time-rate");
		assertThat(figures).extracting(WorkFigure::value).containsExactly(4L, 2L, 1L, 333L);
		assertThat(figures).allMatch((f) -> f.section() == WorkFigure.Section.RESPONSE);
		assertThat(figures.get(1).href()).isEqualTo("/admin/concerns?agency=" + town.id() + "&from="
				+ today.minusDays(30) + "&to=" + today + "&filter=answered");
		this.mvc.perform(get(figures.get(2).href()).session(town.office()))
			.andExpect(content().string(containsString("数字镇按时")))
			.andExpect(content().string(not(containsString("数字镇逾期"))));
		assertThat(this.figures.figuresOf(town.id(), today.plusDays(1), today.plusDays(2)))
			.extracting(WorkFigure::value)
			.containsExactly(0L, 0L, 0L);
	}

	private static List<Long> ids(List<ConcernView> views) {
		return views.stream().map(ConcernView::id).toList();
	}

	private List<SimpleMailMessage> mails(String title) {
		return this.sent.stream().filter((m) -> m.getSubject().contains(title)).toList();
	}

}
