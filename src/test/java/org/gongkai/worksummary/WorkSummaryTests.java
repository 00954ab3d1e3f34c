package org.gongkai.worksummary;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.GongkaiTest;
import org.gongkai.TestClock;
import org.gongkai.account.Role;
import org.gongkai.annualreport.ReportReading;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A township's half-year of records made through the real workflows — items in columns, a
 * normative document and its interpretation, a draft that never went out, register cases
 * answered by type (one carried in, one left open), letters answered on time, late and
 * not at all, postings of its two villages, a complete and an incomplete special fund —
 * and its work summary's figures compared with a count made here from what was seeded;
 * the DOCX and PDF read back; who may draft, edit, finalise and read; hostile input; the
 * county's side-by-side view and its XLSX; the annual report's section 一 quoting the same
 * letters.
 */
@GongkaiTest
class WorkSummaryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	WorkSummaries summaries;

	@Autowired
	ReportReading reports;

	@Autowired
	JdbcTemplate jdbc;

	SummaryDesk desk;

	@BeforeEach
	void desk() throws Exception {
		TestClock.INSTANCE.setToday(LocalDate.of(2026, 6, 15));
		this.desk = new SummaryDesk(this.mvc, this.context);
	}

	@AfterEach
	void reset() {
		TestClock.INSTANCE.reset();
	}

	/** The seeded half-year; returns the hand count of what it should give. */
	private Map<String, Long> seed() throws Exception {
		Map<String, Long> hand = new LinkedHashMap<>();
		// publications: three news items, two notices, a normative document and its
		// interpretation are published (today, in 2026H1); one draft stays a draft
		for (int i = 0; i < 3; i++) {
			this.desk.publish("news", "NEWS");
		}
		for (int i = 0; i < 2; i++) {
			this.desk.publish("notices", "NOTICE");
		}
		long policy = this.desk.publish("art20-02", "NORMATIVE_DOCUMENT", "issuedOn", "2026-06-01");
		this.desk.publish("interpretation", "INTERPRETATION", "interprets", "" + policy);
		this.desk.draft("news", "NEWS");
		hand.put("publication.items", 3L + 2 + 1 + 1);
		hand.put("publication.items.column.news", 3L);
		hand.put("publication.items.column.notices", 2L);
		hand.put("publication.items.column.art20-02", 1L);
		hand.put("publication.items.column.interpretation", 1L);
		hand.put("publication.policies", 1L);
		hand.put("publication.interpretations", 1L);
		// requests: six received in the half-year (one still open), one carried in from
		// December and answered in January
		this.desk.cases("2026-01-10", "2026-01-20", "3.1", "2026-02-10", "2026-02-25", "3.1", "2026-03-02",
				"2026-03-20", "3.2", "2026-03-15", "2026-04-01", "3.3.4", "2026-04-10", "2026-04-20", "3.5.2",
				"2026-06-05", null, null, "2025-12-20", "2026-01-08", "3.1");
		hand.put("request.received", 6L);
		hand.put("request.answered", 6L);
		hand.put("request.answered.disclosed", 3L);
		hand.put("request.answered.partially-disclosed", 1L);
		hand.put("request.answered.withheld", 1L);
		hand.put("request.answered.unavailable", 0L);
		hand.put("request.answered.not-handled", 1L);
		hand.put("request.answered.other", 0L);
		hand.put("request.carried-over", 1L);
		// letters: three answered the next day, one answered months late, one open, one
		// from last year
		this.desk.letter("2026-03-02", "2026-03-03");
		this.desk.letter("2026-04-07", "2026-04-08");
		this.desk.letter("2026-05-11", "2026-05-12");
		this.desk.letter("2026-01-05", "2026-06-01");
		this.desk.letter("2026-06-10", null);
		this.desk.letter("2025-12-01", "2025-12-02");
		hand.put("mailbox.letters.received", 5L);
		hand.put("mailbox.letters.replied", 4L);
		hand.put("mailbox.letters.on-time", 3L);
		hand.put("mailbox.letters.on-time-rate", 750L);
		hand.put("mailbox.consultations", 0L);
		// village postings: two in the first village, one in the second
		MockHttpSession aClerk = this.desk.signIn(Role.CLERK, this.desk.villageA);
		MockHttpSession aReviewer = this.desk.signIn(Role.REVIEWER, this.desk.villageA);
		MockHttpSession aSupervisor = this.desk.signIn(Role.VILLAGE_SUPERVISOR, this.desk.villageA);
		this.desk.villagePosting(this.desk.villageA, aClerk, aReviewer, aSupervisor);
		this.desk.villagePosting(this.desk.villageA, aClerk, aReviewer, aSupervisor);
		this.desk.villagePosting(this.desk.villageB, this.desk.signIn(Role.CLERK, this.desk.villageB),
				this.desk.signIn(Role.REVIEWER, this.desk.villageB),
				this.desk.signIn(Role.VILLAGE_SUPERVISOR, this.desk.villageB));
		hand.put("village.villages", 2L);
		hand.put("village.postings", 3L);
		// special funds: one complete, one without its parts
		this.desk.fund("耕地地力保护补贴", true, this.desk.reviewer);
		this.desk.fund("村道维修补助", false, this.desk.reviewer);
		hand.put("fiscal.budgets", 0L);
		hand.put("fiscal.funds", 2L);
		hand.put("fiscal.funds.complete", 1L);
		return hand;
	}

	@Test
	void theHalfYearsSummaryQuotesWhatTheRecordsCountAndItsDocumentsSayTheSame() throws Exception {
		Map<String, Long> hand = seed();
		long id = draft(this.desk.clerk, this.desk.township, "2026H1");
		SummaryView view = SummaryDesk.as("t", Role.CLERK, this.desk.township, () -> this.summaries.view(id));
		Map<String, Long> figures = new LinkedHashMap<>();
		view.figures().forEach((f) -> figures.put(f.key(), f.figure().value()));
		// the figures this module's sources give must equal the hand count (others'
		// figures may be there too)
		hand.forEach((key, value) -> assertThat(figures).as(key).containsEntry(key, value));
		assertThat(view.figures().stream().filter((f) -> f.key().equals("mailbox.letters.on-time-rate")))
			.singleElement()
			.satisfies((f) -> assertThat(f.text()).isEqualTo("75.0%"));
		assertThat(view.title()).isEqualTo(this.desk.townshipName + "2026年上半年政务公开工作总结");
		assertThat(view.work()).contains("主动公开政府信息7条，其中", "工作动态3条、通知公告2条")
			.contains("收到群众来信5条")
			.contains("按期答复率75.0%")
			.contains("村务公开累计公开信息3条")
			.contains("办结政府信息公开申请6件，其中予以公开3件、部分公开1件、不予公开1件、不予处理1件；")
			.doesNotContain("无法提供0件");
		assertThat(view.prompts()).hasSize(2);
		// every figure links to the back office's records
		assertThat(view.figures()).allSatisfy((f) -> assertThat(f.href()).startsWith("/admin"));
		String page = this.mvc.perform(get("/admin/work-summaries/" + id).session(this.desk.clerk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"/admin/publications?agency=" + this.desk.township + "&amp;status=PUBLISHED\"")
			.contains("data-key=\"request.received\"");

		byte[] docx = download("/admin/work-summaries/" + id + "/summary.docx", this.desk.clerk,
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		String docxText;
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			docxText = extractor.getText();
			assertThat(doc.getTables()).hasSize(1);
			assertThat(doc.getTables().get(0).getRows()).hasSize(view.figures().size() + 1);
		}
		assertThat(docxText).contains(view.title(), "一、工作开展情况", "二、存在问题", "三、下一步工作计划", "主动公开政府信息7条", "按期答复率75.0%",
				"附件：工作数据及来源");
		byte[] pdf = download("/admin/work-summaries/" + id + "/summary.pdf", this.desk.clerk, "application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains(view.title(), "一、工作开展情况", "主动公开政府信息7条", "收到群众来信5条", "按期答复率75.0%");
		}

		// the annual report's section 一 quotes the same letters for the year
		String overview = SummaryDesk.as(this.desk.clerkName, Role.CLERK, this.desk.township,
				() -> this.reports.report(this.desk.townshipCode, 2026).narrative().overview());
		assertThat(overview).contains("收到群众来信5条", "按期答复率75.0%");
	}

	@Test
	void staffEditRefreshAndFinaliseWhileOthersMayNot() throws Exception {
		long id = draft(this.desk.clerk, this.desk.township, "2026");
		// drafting again gives the same summary
		assertThat(draft(this.desk.clerk, this.desk.township, "2026")).isEqualTo(id);
		// the other township's clerk may neither read, draft nor edit it
		this.mvc.perform(get("/admin/work-summaries/" + id).session(this.desk.otherClerk))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/work-summaries/" + id + "/summary.docx").session(this.desk.otherClerk))
			.andExpect(status().isForbidden());
		perform(this.desk.otherClerk,
				post("/admin/work-summaries").param("agency", "" + this.desk.township).param("period", "2026H2"), 403);
		perform(this.desk.otherClerk, narrative(id, "改写", "问题", "计划"), 403);
		// the leader may not edit, the clerk may not finalise
		perform(this.desk.leader, narrative(id, "改写", "问题", "计划"), 403);
		perform(this.desk.clerk, post("/admin/work-summaries/" + id + "/finalise"), 403);
		// not while the prompts remain
		perform(this.desk.leader, post("/admin/work-summaries/" + id + "/finalise"), 400);
		// a new letter, then refresh: the change is shown and audited
		this.desk.letter("2026-06-12", "2026-06-12");
		this.mvc.perform(post("/admin/work-summaries/" + id + "/refresh").session(this.desk.clerk).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect((r) -> assertThat(r.getFlashMap().get("changes"))
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FigureChange.class))
				.anySatisfy((c) -> {
					assertThat(c.key()).isEqualTo("mailbox.letters.received");
					assertThat(c.before()).isEqualTo("0条");
					assertThat(c.after()).isEqualTo("1条");
				}));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from aud_entry where action = 'worksummary.refreshed' and object_id = ?", Long.class,
				"" + id))
			.isEqualTo(1L);
		// the clerk writes the narrative (with a script tag, shown escaped)
		perform(this.desk.clerk, narrative(id, "本年工作<script>alert(1)</script>有序推进。", "公开不够及时。", "加强培训。"), 302);
		String page = this.mvc.perform(get("/admin/work-summaries/" + id).session(this.desk.leader))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		// the county's office finalises it; then nobody edits it
		perform(this.desk.office, post("/admin/work-summaries/" + id + "/finalise"), 302);
		SummaryView view = SummaryDesk.as("t", Role.CLERK, this.desk.township, () -> this.summaries.view(id));
		assertThat(view.state()).isEqualTo(SummaryState.FINAL);
		perform(this.desk.clerk, narrative(id, "再改", "问题", "计划"), 400);
		perform(this.desk.clerk, post("/admin/work-summaries/" + id + "/refresh"), 400);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from aud_entry where action = 'worksummary.finalised' and object_id = ?", Long.class,
				"" + id))
			.isEqualTo(1L);
	}

	@Test
	void hostileInputIsRefusedInChineseAndChangesNothing() throws Exception {
		for (String period : List.of("2026Q1", "2026H3", "26", "abc", "2026h1", " 2026", "<script>", "20261")) {
			String body = perform(this.desk.clerk,
					post("/admin/work-summaries").param("agency", "" + this.desk.township).param("period", period),
					400);
			assertThat(body).as(period).contains("期间应写作年份");
			this.mvc.perform(get("/admin/work-summaries").param("period", period).session(this.desk.office))
				.andExpect(status().isBadRequest());
		}
		perform(this.desk.clerk, post("/admin/work-summaries").param("period", "2026"), 404);
		perform(this.desk.clerk, post("/admin/work-summaries").param("agency", "abc").param("period", "2026"), 404);
		this.mvc.perform(get("/admin/work-summaries/abc").session(this.desk.clerk)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/work-summaries/999999999").session(this.desk.clerk))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select count(*) from ws_summary where agency_id = ?", Long.class,
				this.desk.township))
			.isZero();
		long id = draft(this.desk.clerk, this.desk.township, "2026H1");
		String before = SummaryDesk.as("t", Role.CLERK, this.desk.township, () -> this.summaries.view(id)).work();
		String tooLong = "很".repeat(WorkSummaries.MAX_TEXT + 1);
		String body = perform(this.desk.clerk, narrative(id, "", tooLong, tooLong), 400);
		assertThat(body).contains("请填写“工作开展情况”", "“存在问题”不能超过20000个字", "“下一步工作计划”不能超过20000个字");
		assertThat(SummaryDesk.as("t", Role.CLERK, this.desk.township, () -> this.summaries.view(id)).work())
			.isEqualTo(before);
		this.mvc.perform(get("/admin/work-summaries/" + id + "/summary.txt").session(this.desk.clerk))
			.andExpect(status().isNotFound());
	}

	@Test
	void theCountySeesEveryAgencyAndItsFiguresSideBySide() throws Exception {
		this.desk.letter("2026-03-02", "2026-03-03");
		this.desk.letter("2026-01-05", "2026-06-01");
		long id = draft(this.desk.clerk, this.desk.township, "2026H1");
		String page = this.mvc.perform(get("/admin/work-summaries").param("period", "2026H1").session(this.desk.office))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("class=\"table-scroll ws-scroll\"", this.desk.townshipName, "别镇", "收到群众来信", "按期答复率",
				"/admin/work-summaries/" + id, "未起草", "50.0%");
		// a breakdown is not a column of its own
		assertThat(page).doesNotContain("<th scope=\"col\">工作动态</th>");
		// a township's clerk sees its own row only
		String own = this.mvc
			.perform(get("/admin/work-summaries").param("period", "2026H1").session(this.desk.otherClerk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).doesNotContain(this.desk.townshipName);
		byte[] xlsx = download("/admin/work-summaries/table.xlsx?period=2026H1", this.desk.office,
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = book.getSheetAt(0);
			int received = -1;
			for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
				if ("收到群众来信".equals(sheet.getRow(0).getCell(c).getStringCellValue())) {
					received = c;
				}
			}
			assertThat(received).isPositive();
			boolean found = false;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				if (this.desk.townshipName.equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
					assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo("草稿");
					assertThat(sheet.getRow(r).getCell(received).getNumericCellValue()).isEqualTo(2.0);
					found = true;
				}
			}
			assertThat(found).isTrue();
		}
	}

	private long draft(MockHttpSession session, long agency, String period) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/admin/work-summaries").param("agency", "" + agency)
				.param("period", period)
				.session(session)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static MockHttpServletRequestBuilder narrative(long id, String work, String problems, String plans) {
		return post("/admin/work-summaries/" + id + "/narrative").param("work", work)
			.param("problems", problems)
			.param("plans", plans);
	}

	private String perform(MockHttpSession session, MockHttpServletRequestBuilder request, int expected)
			throws Exception {
		return this.mvc.perform(request.session(session).with(csrf()))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private byte[] download(String url, MockHttpSession session, String type) throws Exception {
		MvcResult result = this.mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).startsWith(type);
		return result.getResponse().getContentAsByteArray();
	}

}
