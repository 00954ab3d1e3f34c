package org.gongkai.village;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.TestToday;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Grant;
import org.gongkai.account.NewUser;
import org.gongkai.account.Role;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.publication.PublicationStatus;
import org.gongkai.publication.ReviewStep;
import org.gongkai.request.CaseFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Village affairs end to end through the pages: a village clerk drafts the month's
 * accounts with their period, the village's reviewer approves the content, the village
 * affairs supervision committee signs and the posting is published; nobody else can sign
 * in their place; the township sees the month as posted or missing and counts the year;
 * the board print carries the signatures' places; hostile input leaves nothing stored. On
 * 6 December 2026: November's accounts are due.
 */
@GongkaiTest
@TestToday("2026-12-06")
class VillageAffairsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	VillageAffairs villages;

	@Autowired
	PublicationQueries publications;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	VillageDesk desk;

	@BeforeEach
	void desk() {
		this.desk = new VillageDesk(this.context);
	}

	@Test
	void theSupervisionCommitteeSignsAVillageItemBeforeItIsPostedAndNobodyElseCan() throws Exception {
		long id = draftAccounts("2026-11", "柳树村2026年11月财务收支明细");
		perform(this.desk.clerk, post("/admin/publications/" + id + "/submit"), 302);
		perform(this.desk.reviewer, post("/admin/publications/" + id + "/content-review").param("approve", "true"),
				302);
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_SUPERVISION_REVIEW);
		assertThat(this.publications.isPublic(id)).isFalse();

		// not the village's clerk or reviewer, not another village's supervisor, not the
		// township
		for (String other : List.of(this.desk.clerk, this.desk.reviewer, this.desk.otherSupervisor,
				this.desk.townshipClerk)) {
			perform(other, post("/admin/publications/" + id + "/supervision-review").param("approve", "true"), 403);
		}
		String token = Staff.token(this.mvc, this.desk.otherSupervisor);
		this.mvc
			.perform(post("/api/v1/admin/publications/" + id + "/supervision-review")
				.header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"approve\":true}"))
			.andExpect(status().isForbidden());
		// the confidentiality review is not the village's step: the item stays where it
		// is
		String secrecy = Staff.create(this.accounts, Role.CONFIDENTIALITY_REVIEWER, this.desk.village);
		perform(secrecy, post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"), 302);
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_SUPERVISION_REVIEW);
		assertThat(this.publications.isPublic(id)).isFalse();

		String page = perform(this.desk.supervisor, get("/admin/publications/" + id), 200);
		assertThat(page).contains("id=\"supervision-form\"", "村务监督委员会审核");
		perform(this.desk.supervisor, post("/admin/publications/" + id + "/supervision-review").param("approve", "true")
			.param("comment", "收支与凭证核对无误，同意公开"), 302);

		assertThat(this.publications.isPublic(id)).isTrue();
		List<ReviewStep> reviews = CaseFixtures.as("t", Role.CLERK, this.desk.village,
				() -> this.publications.find(id).reviews());
		assertThat(reviews).filteredOn((r) -> r.role() == Role.VILLAGE_SUPERVISOR).singleElement().satisfies((r) -> {
			assertThat(r.reviewer()).isEqualTo(this.desk.supervisor);
			assertThat(r.approved()).isTrue();
			assertThat(r.comment()).isEqualTo("收支与凭证核对无误，同意公开");
			assertThat(r.decidedAt()).isNotNull();
		});
		var entries = this.audit
			.find(new AuditQuery(null, "publication.supervision-approved", "Publication", String.valueOf(id), null,
					null), 0, 5)
			.getContent();
		assertThat(entries).singleElement().satisfies((e) -> {
			assertThat(e.actor()).isEqualTo(this.desk.supervisor);
			assertThat(e.after()).contains("opinion=收支与凭证核对无误");
		});
	}

	@Test
	void theCommitteeReturnsAnItemOnlyWithItsOpinion() throws Exception {
		long id = draftAccounts("2026-10", "柳树村2026年10月财务收支明细");
		perform(this.desk.clerk, post("/admin/publications/" + id + "/submit"), 302);
		perform(this.desk.reviewer, post("/admin/publications/" + id + "/content-review").param("approve", "true"),
				302);
		perform(this.desk.supervisor,
				post("/admin/publications/" + id + "/supervision-review").param("approve", "false"), 302);
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_SUPERVISION_REVIEW);
		perform(this.desk.supervisor,
				post("/admin/publications/" + id + "/supervision-review").param("approve", "false")
					.param("comment", "缺少10月15日支出凭证"),
				302);
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.DRAFT);
		assertThat(this.audit
			.find(new AuditQuery(null, "publication.supervision-returned", "Publication", String.valueOf(id), null,
					null), 0, 5)
			.getContent()).hasSize(1);
	}

	@Test
	void onlyAVillagesAccountsMayHoldTheSupervisorsRole() {
		assertThatThrownBy(() -> this.accounts.createUser(new NewUser("sup-town-" + System.nanoTime() % 100000, "镇里的人",
				Staff.PASSWORD, List.of(new Grant(Role.VILLAGE_SUPERVISOR, this.desk.township))), false))
			.isInstanceOf(RuleViolationException.class)
			.extracting((e) -> ((RuleViolationException) e).messageKey())
			.isEqualTo("account.grants.supervisor-village-only");
	}

	@Test
	void theTownshipSeesNovemberPostedInOneVillageAndMissingInTheOtherAndCountsTheYear() throws Exception {
		long id = publishAccounts("2026-11", "柳树村2026年11月财务收支明细");
		// an event posting counts in the year but owes no period
		long resolution = draft(post("/admin/villages/" + this.desk.villageCode + "/postings/new")
			.param("columnId", "" + this.desk.resolutionsColumn)
			.param("title", "关于修建村道的村民代表会议决议")
			.param("madeOn", "2026-12-01")
			.param("body", "经村民代表会议讨论，同意修建村道。"));
		toPosted(resolution);

		VillageOverview overview = CaseFixtures.as("town", Role.CLERK, this.desk.township,
				() -> this.villages.overview(2026));
		assertThat(overview.due().key()).isEqualTo("2026-11");
		assertThat(overview.villages()).extracting((v) -> v.village().id())
			.containsExactlyInAnyOrder(this.desk.village, this.desk.otherVillage);
		VillageStatus posted = row(overview, this.desk.village);
		assertThat(posted.due()).singleElement().satisfies((d) -> {
			assertThat(d.state()).isEqualTo(DuePosting.State.POSTED);
			assertThat(d.publicationId()).isEqualTo(id);
			assertThat(d.column().name()).isEqualTo("收支明细");
		});
		assertThat(posted.yearCount()).isEqualTo(2);
		assertThat(posted.thisPeriod()).hasSize(2);
		assertThat(posted.complete()).isTrue();
		VillageStatus missing = row(overview, this.desk.otherVillage);
		assertThat(missing.due()).singleElement()
			.satisfies((d) -> assertThat(d.state()).isEqualTo(DuePosting.State.MISSING));
		assertThat(missing.yearCount()).isZero();
		assertThat(overview.total()).isEqualTo(2);
		assertThat(overview.complete()).isEqualTo(1);

		String page = perform(this.desk.townshipClerk, get("/admin/villages"), 200);
		assertThat(page).contains("2026年11月", "已公开", "未公开", "2026年累计公开信息2条");
		// last year's count is asked for; a hostile year is no error
		perform(this.desk.townshipClerk, get("/admin/villages").param("year", "2025"), 200);
		perform(this.desk.townshipClerk, get("/admin/villages").param("year", "-1' or 1=1"), 200);
		perform(this.desk.townshipClerk, get("/admin/villages").param("year", "99999"), 200);
		String villagePage = perform(this.desk.townshipClerk, get("/admin/villages/" + this.desk.villageCode), 200);
		assertThat(villagePage).contains("data-period=\"2026-11\" data-state=\"POSTED\"",
				"data-period=\"2026-10\" data-state=\"MISSING\"");
		// the county's office sees all three villages, the far township's clerk only its
		// own
		VillageOverview county = CaseFixtures.as("office", Role.DISCLOSURE_OFFICE, this.desk.county,
				() -> this.villages.overview(2026));
		assertThat(county.villages()).extracting((v) -> v.village().id())
			.contains(this.desk.village, this.desk.otherVillage, this.desk.farVillage);
		String far = perform(this.desk.farTownshipClerk, get("/admin/villages"), 200);
		assertThat(far).doesNotContain(this.desk.villageCode);
		perform(this.desk.farTownshipClerk, get("/admin/villages/" + this.desk.villageCode), 403);
		perform(this.desk.farTownshipClerk, get("/admin/villages/postings/" + id + "/board.pdf"), 403);
		// a department's clerk oversees no village: an empty page, not an error
		String department = Staff.create(this.accounts, Role.CLERK, this.desk.county);
		assertThat(perform(department, get("/admin/villages"), 200)).contains("id=\"no-villages\"")
			.doesNotContain(this.desk.villageCode);
		// the other village's supervisor sees only the other village
		perform(this.desk.otherSupervisor, get("/admin/villages/" + this.desk.villageCode), 403);
	}

	@Test
	void theBoardPrintCarriesTheVillageThePeriodTheTableAndThePlacesForTheSignatures() throws Exception {
		long id = publishAccounts("2026-11", "柳树村2026年11月财务收支明细");
		byte[] pdf = this.mvc
			.perform(get("/admin/villages/postings/" + id + "/board.pdf").session(session(this.desk.townshipClerk)))
			.andExpect(status().isOk())
			.andExpect((r) -> assertThat(r.getResponse().getContentType()).isEqualTo("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/village-board.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains(this.desk.villageName, "收支明细", "2026年11月", "柳树村2026年11月财务收支明细", "上月结余",
					"村务监督委员会成员签字", "村民（居民）委员会主任签字", this.desk.supervisor);
		}
	}

	@Test
	void hostilePostingsAreRefusedInChineseAndStoreNothing() throws Exception {
		String url = "/admin/villages/" + this.desk.villageCode + "/postings/new";
		long before = postings();
		String page = perform(this.desk.clerk,
				post(url).param("columnId", "" + this.desk.accountsColumn)
					.param("period", "2026-13")
					.param("title", "收支明细")
					.param("madeOn", "2026-12-01")
					.param("body", "内容"),
				400);
		assertThat(page).contains("定期公开的栏目须选择所属公开期间");
		perform(this.desk.clerk,
				post(url).param("columnId", "" + this.desk.accountsColumn)
					.param("period", "")
					.param("title", "收支明细")
					.param("madeOn", "2026-12-01")
					.param("body", "内容"),
				400);
		// a period still ahead, another village's column, a column that is no number
		perform(this.desk.clerk,
				post(url).param("columnId", "" + this.desk.accountsColumn)
					.param("period", "2027-01")
					.param("title", "收支明细")
					.param("madeOn", "2026-12-01")
					.param("body", "内容"),
				400);
		perform(this.desk.clerk,
				post(url).param("columnId", "" + this.desk.otherVillageAccounts)
					.param("period", "2026-11")
					.param("title", "收支明细")
					.param("madeOn", "2026-12-01")
					.param("body", "内容"),
				400);
		page = perform(this.desk.clerk,
				post(url).param("columnId", "-1; drop table vil_posting")
					.param("period", "2026-11")
					.param("title", "x".repeat(300))
					.param("madeOn", "not-a-date")
					.param("body", ""),
				400);
		assertThat(page).contains("aria-invalid=\"true\"");
		assertThat(postings()).isEqualTo(before);
		// only the village's clerk drafts; unknown villages and items are 404
		perform(this.desk.townshipClerk,
				post(url).param("columnId", "" + this.desk.accountsColumn)
					.param("period", "2026-11")
					.param("title", "收支明细")
					.param("madeOn", "2026-12-01")
					.param("body", "内容"),
				403);
		perform(this.desk.clerk, get("/admin/villages/" + this.desk.townshipCode), 404);
		perform(this.desk.clerk, get("/admin/villages/not-a-code"), 404);
		perform(this.desk.clerk, get("/admin/villages/" + "9".repeat(500)), 404);
		perform(this.desk.clerk, get("/admin/villages/postings/999999999/board.pdf"), 404);
		perform(this.desk.clerk, get("/admin/villages/postings/abc/board.pdf"), 404);
		assertThat(postings()).isEqualTo(before);
	}

	private static VillageStatus row(VillageOverview overview, long village) {
		return overview.villages().stream().filter((v) -> v.village().id() == village).findFirst().orElseThrow();
	}

	private long postings() {
		return this.jdbc.sql("select count(*) from vil_posting").query(Long.class).single();
	}

	private long draftAccounts(String period, String title) throws Exception {
		return draft(post("/admin/villages/" + this.desk.villageCode + "/postings/new")
			.param("columnId", "" + this.desk.accountsColumn)
			.param("period", period)
			.param("title", title)
			.param("madeOn", "2026-12-03")
			.param("body", "本月收支情况如下：\n\n日期|摘要|收入（元）|支出（元）\n11月1日|上月结余|12,000.00|\n11月8日|村道维修||3,200.00"));
	}

	private long publishAccounts(String period, String title) throws Exception {
		long id = draftAccounts(period, title);
		toPosted(id);
		return id;
	}

	private void toPosted(long id) throws Exception {
		perform(this.desk.clerk, post("/admin/publications/" + id + "/submit"), 302);
		perform(this.desk.reviewer, post("/admin/publications/" + id + "/content-review").param("approve", "true"),
				302);
		perform(this.desk.supervisor,
				post("/admin/publications/" + id + "/supervision-review").param("approve", "true"), 302);
		assertThat(this.publications.isPublic(id)).isTrue();
	}

	private long draft(MockHttpServletRequestBuilder form) throws Exception {
		String location = this.mvc.perform(form.session(session(this.desk.clerk)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private PublicationStatus statusOf(long id) {
		return CaseFixtures.as("t", Role.CLERK, this.desk.village, () -> this.publications.find(id).status());
	}

	private final java.util.Map<String, MockHttpSession> sessions = new java.util.HashMap<>();

	private MockHttpSession session(String username) throws Exception {
		MockHttpSession session = this.sessions.get(username);
		if (session == null) {
			session = Staff.signIn(this.mvc, username);
			this.sessions.put(username, session);
		}
		return session;
	}

	private String perform(String username, MockHttpServletRequestBuilder request, int expected) throws Exception {
		return this.mvc.perform(request.session(session(username)).with(csrf()))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
