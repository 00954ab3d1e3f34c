package org.gongkai.publication;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.TestClock;
import org.gongkai.TestToday;
import org.gongkai.GongkaiTest;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.publication.PublishingDesk.Desk;
import org.gongkai.publication.rules.Timeliness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Regulations art. 26 (publish within 20 working days of making) as the back office's
 * timeliness page shows it, and the A4 print view for the bulletin board.
 */
@TestToday(TestClock.PINNED_CALENDAR_DAY)
@GongkaiTest
class TimelinessAndPrintTests {

	static final LocalDate MADE = LocalDate.of(2026, 9, 25);

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicationQueries publications;

	@Autowired
	PublicationTimeliness timeliness;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	PublishingDesk desk;

	@BeforeEach
	void desk() {
		this.desk = new PublishingDesk(this.mvc, this.context);
	}

	@Test
	void theTwentiethWorkingDayAfterMidAutumnAndNationalDay2026IsTheTwentyNinthOfOctober() {
		// 2026-09-25 (中秋) and 1–7 Oct are days off, Sat 10 Oct is a working day; weekends
		// only would give 23 Oct
		assertThat(this.calendar.deadline(MADE, Timeliness.WORKING_DAYS).due()).isEqualTo(LocalDate.of(2026, 10, 29));
	}

	@Test
	void eachListShowsItsFirstTwentyAndTheWholeListPagesAndFiltersByAgency() throws Exception {
		Desk agency = this.desk.agency("长单县");
		Desk other = this.desk.agency("长单邻县");
		String made = LocalDate.now(this.clock).minusDays(60).toString();
		for (int i = 1; i <= 25; i++) {
			this.desk.draft(PublishingDesk.draftForm(agency, "超期草稿第" + i + "号", "正文", made, "NOTICE"));
		}
		String overview = this.mvc.perform(get("/admin/publications/timeliness").session(agency.clerk()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String overdue = overview.substring(overview.indexOf("id=\"overdue\""), overview.indexOf("id=\"at-risk\""));
		assertThat(overdue.split("超期草稿第", -1).length - 1).isEqualTo(20);
		assertThat(overdue).contains("查看全部 25 条", "show=overdue");

		String whole = this.mvc
			.perform(get("/admin/publications/timeliness").param("show", "overdue").session(agency.clerk()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(whole.split("超期草稿第", -1).length - 1).isEqualTo(25);
		String paged = this.mvc
			.perform(get("/admin/publications/timeliness").param("show", "overdue")
				.param("size", "10")
				.param("page", "2")
				.session(agency.clerk()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(paged.split("超期草稿第", -1).length - 1).isEqualTo(5);
		assertThat(paged).contains("第 3 页，共 3 页");
		for (String hostile : new String[] { "page=-1", "page=99999999999", "size=100000", "show=%3Cscript%3E",
				"agency=abc", "agency=" + other.id() }) {
			String page = this.mvc.perform(get("/admin/publications/timeliness?" + hostile).session(agency.clerk()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).doesNotContain("<script>");
		}
		assertThat(this.mvc
			.perform(get("/admin/publications/timeliness").param("agency", String.valueOf(other.id()))
				.session(agency.clerk()))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("超期草稿第");
	}

	@Test
	void unpublishedItemsAreAtRiskFiveWorkingDaysBeforeTheirDueDateAndOverdueAfterIt() throws Exception {
		Desk agency = this.desk.agency("时效县");
		Desk other = this.desk.agency("时效他县");
		long pending = this.desk.draft(PublishingDesk.draftForm(agency, "节前成文的通知", "正文", MADE.toString(), "NOTICE"));
		long late = this.desk.draft(PublishingDesk.draftForm(agency, "迟发的通知", "正文", MADE.toString(), "NOTICE"));
		this.desk.publish(agency, late);
		long recent = this.desk
			.draft(PublishingDesk.draftForm(agency, "刚成文的通知", "正文", LocalDate.now(this.clock).toString(), "NOTICE"));
		long foreign = this.desk.draft(PublishingDesk.draftForm(other, "他县通知", "正文", MADE.toString(), "NOTICE"));

		// 21 Oct: six working days to go (22, 23, 26, 27, 28, 29)
		TimelinessReport report = report(agency, LocalDate.of(2026, 10, 21));
		assertThat(report.atRisk()).extracting((e) -> e.item().id()).doesNotContain(pending);
		assertThat(report.overdue()).extracting((e) -> e.item().id()).doesNotContain(pending);
		report = report(agency, LocalDate.of(2026, 10, 22));
		assertThat(report.atRisk()).filteredOn((e) -> e.item().id() == pending).singleElement().satisfies((e) -> {
			assertThat(e.due()).isEqualTo(LocalDate.of(2026, 10, 29));
			assertThat(e.workingDaysLeft()).isEqualTo(5);
			assertThat(e.provisional()).isFalse();
		});
		assertThat(report(agency, LocalDate.of(2026, 10, 29)).atRisk()).filteredOn((e) -> e.item().id() == pending)
			.singleElement()
			.satisfies((e) -> assertThat(e.workingDaysLeft()).isZero());
		report = report(agency, LocalDate.of(2026, 10, 30));
		assertThat(report.atRisk()).extracting((e) -> e.item().id()).doesNotContain(pending);
		assertThat(report.overdue()).filteredOn((e) -> e.item().id() == pending)
			.singleElement()
			.satisfies((e) -> assertThat(e.workingDaysLeft()).isEqualTo(-1));
		assertThat(report.late()).extracting((e) -> e.item().id()).containsExactly(late);
		assertThat(report.late().get(0).due()).isEqualTo(LocalDate.of(2026, 10, 29));
		assertThat(report.overdue()).extracting((e) -> e.item().id()).doesNotContain(late, recent, foreign);

		String list = this.mvc.perform(get("/admin/publications").session(agency.clerk()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("href=\"/admin/publications/timeliness\"");
		String page = this.mvc.perform(get("/admin/publications/timeliness").session(agency.clerk()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("公开时效检查", "已超期未发布", "逾期发布的信息", "节前成文的通知", "迟发的通知", "2026-10-29", "第二十六条")
			.doesNotContain("他县通知");
		this.mvc.perform(get("/admin/publications/timeliness")).andExpect(status().is3xxRedirection());
	}

	@Test
	void thePrintViewIsAnA4SheetWithTheMetadataTableAndEscapedText() throws Exception {
		Desk agency = this.desk.agency("打印县");
		Desk other = this.desk.agency("打印他县");
		long id = this.desk.draft(PublishingDesk.draftForm(agency, "<script>alert('t')</script>公开栏通知",
				"第一段<b>粗</b>\n\n第二段<img src=x onerror=alert(1)>", LocalDate.now(this.clock).toString(), "NOTICE")
			.param("documentNumber", "某府〔2026〕8号"));
		String printUrl = agency.publicUrl(id) + "/print";
		this.mvc.perform(get(printUrl)).andExpect(status().isNotFound());
		this.desk.publish(agency, id);
		PublicationItem item = this.publications.publicItem(id);
		String page = this.mvc.perform(get(printUrl))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("href=\"/css/print.css\"", "<table class=\"print-meta\">", "索引号", item.indexNumber(), "文号",
					"某府〔2026〕8号", "发布机构", "成文日期", "发布日期", "有效性", "有效",
					"&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;公开栏通知", "第一段", "粗", "第二段")
			.doesNotContain("<script", "<nav", "site-header", "<form", "onerror", "<img");
		String css = new ClassPathResource("static/css/print.css")
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(css).contains("@page { size: A4; margin:");
		this.mvc.perform(get("/css/print.css")).andExpect(status().isOk());
		assertThat(this.mvc.perform(get(agency.publicUrl(id))).andReturn().getResponse().getContentAsString())
			.contains("href=\"/agencies/" + agency.creditCode() + "/publications/" + id + "/print\"", "打印");
		this.mvc.perform(get("/agencies/" + other.creditCode() + "/publications/" + id + "/print"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(agency.publicUrl(id) + "x/print")).andExpect(status().isNotFound());
	}

	private TimelinessReport report(Desk agency, LocalDate today) {
		return PublishingDesk.asLeader(agency.id(), () -> this.timeliness.timeliness(today));
	}

}
