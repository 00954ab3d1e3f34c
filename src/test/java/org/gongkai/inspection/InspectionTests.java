package org.gongkai.inspection;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.TestClock;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.annualreport.ReportReading;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.catalog.ColumnNode;
import org.gongkai.concerns.ConcernInput;
import org.gongkai.concerns.Concerns;
import org.gongkai.fiscal.FiscalCompleteness;
import org.gongkai.inspection.rules.AddressPolicy;
import org.gongkai.mailbox.LetterTimeliness;
import org.gongkai.mailbox.LetterForm;
import org.gongkai.mailbox.letter.LetterIntake;
import org.gongkai.privacy.PrivacyScanner;
import org.gongkai.publication.PolicyInterpretations;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.request.CaseFixtures;
import org.gongkai.request.CaseWorklists;
import org.gongkai.request.RequestManagement;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.services.ServiceFixtures;
import org.gongkai.services.ServiceGuides;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The done-means test of the inspection: a site seeded with one instance of each rule a
 * site can break is reported with exactly those, and a fixed problem closes its
 * rectification task on the next run (a problem back reopens it).
 */
@GongkaiTest
class InspectionTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	LetterIntake letters;

	@Autowired
	RequestManagement requests;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	Rectification rectification;

	@Autowired
	Concerns concerns;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PrivacyScanner scanner;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void aSiteWithOneInstanceOfEveryRuleIsReportedWithExactlyThose() throws Exception {
		Seeded site = seed();
		String clerk = Staff.create(this.accounts, Role.CLERK, site.agencyId());
		String token = Staff.token(this.mvc, clerk);
		// the public site (the county's) failed 1 of 20 probes this week: 5 %
		java.sql.Timestamp now = java.sql.Timestamp.from(this.clock.instant());
		for (int i = 0; i < 20; i++) {
			this.jdbc.sql("insert into ins_probe (probed_at, ok, status, millis) values (?, ?, ?, ?)")
				.params(now, i > 0, (i > 0) ? 200 : 503, 40)
				.update();
		}
		JsonNode run;
		try {
			run = JSON.readTree(this.mvc
				.perform(post("/api/v1/admin/agencies/" + site.creditCode() + "/inspections").header("Authorization",
						"Bearer " + token))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString());
		}
		finally {
			this.jdbc.sql("delete from ins_probe").update();
		}
		assertThat(run.get("agency").asText()).isEqualTo(site.creditCode());
		assertThat(run.get("id").asLong()).isPositive();
		assertThat(run.get("ranAt").asText()).isNotBlank();
		List<String> rules = new ArrayList<>();
		run.get("findings").forEach((f) -> rules.add(f.get("rule").asText()));
		assertThat(rules).containsExactlyInAnyOrderElementsOf(expectedRules(site));
		JsonNode first = run.get("findings").get(0);
		assertThat(first.get("severity").asText()).as("vetoes first").isEqualTo("VETO");
		for (JsonNode f : run.get("findings")) {
			assertThat(f.get("title").asText()).isNotBlank();
			assertThat(f.get("objectType").asText()).isNotBlank();
			assertThat(f.get("objectId").asText()).isNotBlank();
			assertThat(f.get("url").asText()).startsWith("/");
		}
		assertThat(finding(run, "WORDING").get("title").asText()).contains("中华人名共和国").contains("中华人民共和国");
		assertThat(finding(run, "DEAD_LINK").get("title").asText()).contains("/publications/987654321");
		assertThat(finding(run, "COLUMN_STALE").get("objectId").asText()).isEqualTo(String.valueOf(site.newsColumn()));
		assertThat(finding(run, "COLUMN_EMPTY").get("severity").asText()).isEqualTo("DEDUCTION");
		JsonNode guide = finding(run, "SERVICE_GUIDE_INCOMPLETE");
		assertThat(guide.get("title").asText()).isEqualTo("办事指南《临时救助申请》要素缺失：缺少收费标准、表格下载");
		assertThat(guide.get("severity").asText()).isEqualTo("DEDUCTION");
		assertThat(guide.get("url").asText()).startsWith("/admin/services/items/");
		JsonNode fund = finding(run, "FUND_INCOMPLETE");
		assertThat(fund.get("title").asText())
			.isEqualTo(today().getYear() + "年农村道路养护专项资金公开不完整：资金总表已公开，设立依据、分配办法、分配结果、拨付情况未公开");
		assertThat(fund.get("severity").asText()).isEqualTo("DEDUCTION");
		assertThat(fund.get("url").asText()).startsWith("/admin/fiscal/funds/");

		JsonNode latest = JSON
			.readTree(this.mvc
				.perform(get("/api/v1/admin/agencies/" + site.creditCode() + "/inspections/latest")
					.header("Authorization", "Bearer " + token))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(latest).isEqualTo(run);
		assertThat(this.audit
			.find(new AuditQuery(null, "inspection.run", "InspectionRun", String.valueOf(run.get("id").asLong()), null,
					null), 0, 50)
			.getContent()).isNotEmpty();
	}

	@Test
	void aFixedProblemClosesItsTaskOnTheNextRunAndAProblemBackReopensIt() throws Exception {
		Seeded site = seed();
		String clerk = Staff.create(this.accounts, Role.CLERK, site.agencyId());
		MockHttpSession session = Staff.signIn(this.mvc, clerk);
		this.mvc.perform(post("/admin/inspection/" + site.creditCode() + "/run").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String key = "DEAD_LINK|Publication|" + site.deadLinkItem() + "#/agencies/" + site.creditCode()
				+ "/publications/987654321";
		this.mvc
			.perform(post("/admin/inspection/" + site.creditCode() + "/tasks").session(session)
				.with(csrf())
				.param("key", key)
				.param("owner", "张三")
				.param("workingDays", "5"))
			.andExpect(status().is3xxRedirection());
		RectificationView task = CaseFixtures.as(clerk, Role.CLERK, site.agencyId(),
				() -> this.rectification.ofAgency(site.agencyId()).get(0));
		assertThat(task.state()).isEqualTo(TaskState.OPEN);
		assertThat(task.owner()).isEqualTo("张三");
		assertThat(task.dueOn()).isAfter(today());

		// fixed: the body no longer links to the missing item
		this.jdbc.sql("update pub_item set body = '<p>已修正</p>' where id = ?").param(site.deadLinkItem()).update();
		this.mvc.perform(post("/admin/inspection/" + site.creditCode() + "/run").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		RectificationView closed = CaseFixtures.as(clerk, Role.CLERK, site.agencyId(),
				() -> this.rectification.task(task.id()));
		assertThat(closed.state()).isEqualTo(TaskState.CLOSED);
		assertThat(closed.closingNote()).isEqualTo(Inspections.RUN_CLOSED);

		// back again: reopened
		this.jdbc.sql("update pub_item set body = ? where id = ?")
			.params("<p><a href=\"/agencies/" + site.creditCode() + "/publications/987654321\">相关</a></p>",
					site.deadLinkItem())
			.update();
		this.mvc.perform(post("/admin/inspection/" + site.creditCode() + "/run").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(
				CaseFixtures.as(clerk, Role.CLERK, site.agencyId(), () -> this.rectification.task(task.id())).state())
			.isEqualTo(TaskState.OPEN);

		// overdue once its deadline has passed, and counted
		TestClock.INSTANCE.setToday(task.dueOn().plusDays(1));
		assertThat(CaseFixtures.as(clerk, Role.CLERK, site.agencyId(), () -> this.rectification.overdue()))
			.extracting(RectificationView::id)
			.contains(task.id());
		String overdue = this.mvc.perform(get("/admin/inspection/overdue").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(overdue).contains("id=\"overdue-tasks\"")
			.contains(this.agencies.details(site.agencyId()).summary().name())
			.contains("张三");
		TestClock.INSTANCE.reset();

		// closed by staff with a note
		this.mvc
			.perform(post("/admin/inspection/tasks/" + task.id() + "/close").session(session)
				.with(csrf())
				.param("note", "已删除失效链接"))
			.andExpect(status().is3xxRedirection());
		RectificationView byStaff = CaseFixtures.as(clerk, Role.CLERK, site.agencyId(),
				() -> this.rectification.task(task.id()));
		assertThat(byStaff.state()).isEqualTo(TaskState.CLOSED);
		assertThat(byStaff.closingNote()).isEqualTo("已删除失效链接");
		String page = this.mvc.perform(get("/admin/inspection/" + site.creditCode()).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("已删除失效链接").contains("id=\"findings\"").contains("id=\"history\"");
	}

	@Test
	void anExternalLinkThatFailsIsADeadLinkWhenTheCheckIsOn() throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", (exchange) -> {
			exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/ok") ? 200 : 404, -1);
			exchange.close();
		});
		server.start();
		try {
			int port = server.getAddress().getPort();
			AgencyData data = AgencyFixtures.county("外链测试县" + System.nanoTime());
			long agencyId = this.agencies.create(data);
			Desk desk = new Desk(agencyId, Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agencyId)),
					Staff.signIn(this.mvc, Staff.create(this.accounts, Role.REVIEWER, agencyId)),
					Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CONFIDENTIALITY_REVIEWER, agencyId)));
			String base = "http://127.0.0.1:" + port;
			long item = publish(desk, column(agencyId, "news"), "外部链接测试", "<p>相关网站。</p>", today(), "NEWS");
			// the links as an editor might have written them (set directly: the review
			// workflow is not what this test is about)
			this.jdbc.sql("update pub_item set body = ? where id = ?")
				.params("<p><a href=\"" + base + "/ok\">有效</a><a href=\"" + base + "/gone\">失效</a>"
						+ "<a href=\"http://169.254.169.254/latest/meta-data/\">内部</a></p>", item)
				.update();
			AgencySummary agency = this.agencies.details(agencyId).summary();

			// off (the platform's default): no external link is looked at
			assertThat(this.context.getBean(SiteChecks.class).run(agency))
				.noneMatch((f) -> f.rule().equals("DEAD_LINK"));

			// on, with the policy widened to the test server's port only
			ExternalLinkChecker on = new ExternalLinkChecker(
					new InspectionProperties.LinkCheck(true, Duration.ofSeconds(2), Duration.ofSeconds(2),
							Duration.ofSeconds(30), 50, 20, Duration.ZERO),
					AddressPolicy.publicOnly().allowing(InetAddress.getLoopbackAddress(), port), System::nanoTime,
					(millis) -> {
					});
			SiteChecks checks = new SiteChecks(this.catalog, this.context.getBean(PublicationQueries.class),
					this.context.getBean(PolicyInterpretations.class), this.context.getBean(CaseWorklists.class),
					this.context.getBean(LetterTimeliness.class), this.context.getBean(ReportReading.class),
					this.agencies, this.context.getBean(InspectionWording.class),
					this.context.getBean(MessageSource.class), on, this.context.getBean(SiteProbe.class), this.concerns,
					this.context.getBean(ServiceGuides.class), this.context.getBean(FiscalCompleteness.class),
					this.clock);
			List<InspectionFinding> dead = checks.run(agency)
				.stream()
				.filter((f) -> f.rule().equals("DEAD_LINK"))
				.toList();
			assertThat(dead).extracting(InspectionFinding::objectId)
				.containsExactlyInAnyOrder(item + "#" + base + "/gone",
						item + "#http://169.254.169.254/latest/meta-data/");
			assertThat(dead).allMatch((f) -> f.url().equals("/admin/publications/" + item));
		}
		finally {
			server.stop(0);
		}
	}

	private static JsonNode finding(JsonNode run, String rule) {
		for (JsonNode f : run.get("findings")) {
			if (f.get("rule").asText().equals(rule)) {
				return f;
			}
		}
		throw new AssertionError("No finding " + rule);
	}

	/**
	 * Every rule a seeded site breaks (the annual report only once its deadline passed).
	 * ANNUAL_REPORT_LATE cannot be in the same run as ANNUAL_REPORT_MISSING (the same
	 * year's report is either missing or late): AnnualReportFindingTests seeds it; the
	 * external DEAD_LINK is off by default and proven by ExternalLinkCheckerTests and
	 * anExternalLinkThatFailsIsADeadLinkWhenTheCheckIsOn.
	 */
	private List<String> expectedRules(Seeded site) {
		List<String> rules = new ArrayList<>(List.of("HOME_STALE", "COLUMN_STALE", "COLUMN_EMPTY", "DEAD_LINK",
				"PERSONAL_DATA", "MISSING_INTERPRETATION", "LATE_PUBLICATION", "NO_DATE", "REQUEST_OVERDUE",
				"LETTER_OVERDUE", "LETTER_UNANSWERED_3M", "RESPONSE_OVERDUE", "GUIDE_OUTDATED", "WORDING",
				"SITE_UNAVAILABLE", "SERVICE_GUIDE_INCOMPLETE", "FUND_INCOMPLETE"));
		LocalDate due = ReportReading.dueOn(this.agencies.details(site.agencyId()).summary(), today().getYear() - 1);
		if (due.isBefore(today())) {
			rules.add("ANNUAL_REPORT_MISSING");
		}
		return rules;
	}

	/**
	 * A county agency made 400 days ago (its guide and catalogue untouched since), with
	 * three public columns (news, notices, laws), two letters, a request and a major
	 * concern left unanswered, and items published three weeks ago: one in the news
	 * column, the rest in the laws column, each breaking one rule; a service guide
	 * without its fee and its form, and a special fund published as its total only.
	 */
	private Seeded seed() throws Exception {
		LocalDate today = today();
		TestClock.INSTANCE.setToday(today.minusDays(400));
		AgencyData data = AgencyFixtures.county("自查测试县" + System.nanoTime());
		while (!this.scanner.scan("/agencies/" + data.creditCode() + "/publications/987654321").isEmpty()) {
			// a random code can read like an identity number, which would hold the
			// linking item back
			data = AgencyFixtures.county("自查测试县" + System.nanoTime());
		}
		long agencyId = this.agencies.create(data);
		String code = data.creditCode();
		Set<String> kept = Set.of("news", "notices", "art20-02");
		CaseFixtures.asDoing("setup", Role.LEADER, agencyId, () -> {
			for (ColumnNode column : this.catalog.publicTree(agencyId)) {
				if (!column.firstLevel() && column.kind() != ColumnKind.STATIC && !kept.contains(column.code())) {
					this.catalog.setHidden(column.id(), true);
				}
			}
		});
		long news = column(agencyId, "news");
		long laws = column(agencyId, "art20-02");

		TestClock.INSTANCE.setToday(today.minusDays(120));
		this.letters.write(code, letter("三个多月前的咨询"));
		TestClock.INSTANCE.setToday(today.minusDays(60));
		CaseFixtures.walkIn(this.requests, this.cases, agencyId, "11010519491231002X", today.minusDays(60));
		TestClock.INSTANCE.setToday(today.minusDays(40));
		this.letters.write(code, letter("四十天前的咨询"));
		TestClock.INSTANCE.setToday(today.minusDays(10));
		String arose = LocalDateTime.now(this.clock).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
		CaseFixtures.asDoing("setup", Role.CLERK, agencyId, () -> this.concerns.register(agencyId,
				new ConcernInput("网传自查测试县停水", "RUMOUR", "网络", arose, "MAJOR", "县政府办公室")));

		LocalDate published = today.minusDays(21);
		TestClock.INSTANCE.setToday(published);
		Desk desk = new Desk(agencyId, Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agencyId)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.REVIEWER, agencyId)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CONFIDENTIALITY_REVIEWER, agencyId)));
		publish(desk, news, "本周工作动态", "<p>本周工作动态。</p>", published, "NEWS");
		publish(desk, laws, "关于加强农村道路管理的政策措施", "<p>一、总体要求。</p>", published, "POLICY_DOCUMENT");
		publish(desk, laws, "关于上年度道路养护情况的通报", "<p>通报如下。</p>", published.minusDays(60), "OTHER_DOCUMENT");
		publish(desk, laws, "学习中华人名共和国宪法的通知", "<p>请认真学习。</p>", published, "NOTICE");
		long deadLink = publish(desk, laws, "关于道路养护的通知",
				"<p>详见<a href=\"/agencies/" + code + "/publications/987654321\">相关文件</a>。</p>", published, "NOTICE");
		long personal = publish(desk, laws, "道路养护人员公示", "<p>养护人员名单见附件。</p>", published, "NOTICE");
		long undated = publish(desk, laws, "道路养护工作安排", "<p>工作安排如下。</p>", published, "NOTICE");
		// a service guide without its fee and its form, and a fund published as its total
		// only
		long guide = ServiceFixtures.draft(this.mvc, code, desk.clerk(), "临时救助申请", "fees", "");
		ServiceFixtures.publish(this.mvc, guide, desk.reviewer());
		String fund = this.mvc
			.perform(post("/admin/fiscal/" + code + "/funds").session(desk.clerk())
				.with(csrf())
				.param("year", String.valueOf(today.getYear()))
				.param("name", "农村道路养护专项资金")
				.param("amount", "36.00"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(post(fund + "/submit").session(desk.clerk()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post(fund + "/publish").session(desk.reviewer()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		TestClock.INSTANCE.reset();
		TestClock.INSTANCE.setToday(today);

		// the scanner now finds what it did not before; an item that lost its publication
		// date
		this.jdbc.sql("update pub_item set body = '<p>养护人员：李四，身份证号11010519491231002X。</p>' where id = ?")
			.param(personal)
			.update();
		this.jdbc.sql("update pub_item set published_on = null where id = ?").param(undated).update();
		return new Seeded(agencyId, code, news, deadLink);
	}

	private long column(long agencyId, String code) {
		return this.catalog.publicTree(agencyId)
			.stream()
			.filter((c) -> code.equals(c.code()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private static LetterForm letter(String subject) {
		return new LetterForm(null, "CONSULTATION", subject, "请问村道硬化工程何时开工？", "王五", "13800138000", null, false);
	}

	private long publish(Desk desk, long column, String title, String body, LocalDate madeOn, String genre)
			throws Exception {
		String location = this.mvc
			.perform(post("/admin/publications/new").session(desk.clerk())
				.with(csrf())
				.param("agencyId", "" + desk.agencyId())
				.param("title", title)
				.param("body", body)
				.param("madeOn", madeOn.toString())
				.param("genre", genre)
				.param("validity", "VALID")
				.param("columnId", "" + column))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(post("/admin/publications/" + id + "/submit").session(desk.clerk()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/publications/" + id + "/content-review").session(desk.reviewer())
				.with(csrf())
				.param("approve", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/publications/" + id + "/confidentiality-review").session(desk.confidentiality())
				.with(csrf())
				.param("approve", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select status from pub_item where id = ?").param(id).query(String.class).single())
			.as("published: " + title)
			.isEqualTo("PUBLISHED");
		return id;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	record Desk(long agencyId, MockHttpSession clerk, MockHttpSession reviewer, MockHttpSession confidentiality) {

	}

	record Seeded(long agencyId, String creditCode, long newsColumn, long deadLinkItem) {

	}

}
