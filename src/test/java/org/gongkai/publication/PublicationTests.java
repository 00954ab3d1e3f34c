package org.gongkai.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.account.StaffAuthentications;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.platform.NotFoundException;
import org.gongkai.publication.item.Publications;
import org.gongkai.publication.rules.Timeliness;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Proactive disclosure: a clerk drafts, a reviewer approves the content, a
 * confidentiality reviewer clears personal data and publishes with an index number, a
 * leader withdraws; every step only by the right role of the item's own agency.
 */
@GongkaiTest
class PublicationTests {

	static final String ID_NUMBER = "11010519491231002X";

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicationQueries publications;

	@Autowired
	PublicationReview review;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@Autowired
	Publications repository;

	@Test
	void aDraftPassesBothReviewsAndIsPublishedWithTheFirstIndexNumberOfTheYear() throws Exception {
		Agency agency = agency("发布县");
		long id = draft(agency, "关于开展秋季森林防火工作的通知", "全县各乡镇：\n\n请做好森林防火工作。", today());
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.DRAFT);
		this.mvc.perform(get("/agencies/" + agency.creditCode + "/publications/" + id))
			.andExpect(status().isNotFound());
		perform(agency.clerk, post("/admin/publications/" + id + "/submit"));
		perform(agency.reviewer, post("/admin/publications/" + id + "/content-review").param("approve", "true"));
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_CONFIDENTIALITY_REVIEW);
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"));
		PublicationItem item = this.publications.publicItem(id);
		int year = today().getYear();
		assertThat(item.status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(item.indexNumber()).isEqualTo(agency.creditCode + "/" + year + "-00001");
		assertThat(item.publishedOn()).isEqualTo(today());
		assertThat(item.late()).isFalse();
		assertThat(item.reviews()).extracting(ReviewStep::role)
			.containsExactly(Role.REVIEWER, Role.CONFIDENTIALITY_REVIEWER);
		String page = this.mvc.perform(get("/agencies/" + agency.creditCode + "/publications/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(item.indexNumber(), "关于开展秋季森林防火工作的通知", "<p>请做好森林防火工作。</p>", "索引号", "成文日期", "发布机构",
				"有效性", "有效");
		assertThat(this.publications.publicList(agency.id, null, 0, 10).getContent()).extracting(PublicationSummary::id)
			.containsExactly(id);
		for (String action : List.of("publication.drafted", "publication.submitted", "publication.content-approved",
				"publication.published")) {
			assertThat(
					this.audit.find(new AuditQuery(null, action, "Publication", String.valueOf(id), null, null), 0, 5))
				.as(action)
				.hasSize(1);
		}
		String admin = this.mvc.perform(get("/admin/publications").session(agency.clerk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(admin).contains("关于开展秋季森林防火工作的通知", "已发布");
	}

	@Test
	void anIdNumberBlocksPublicationUntilItIsMasked() throws Exception {
		Agency agency = agency("遮盖县");
		long id = draft(agency, "低保名单公示", "申请人张某，身份证号 " + ID_NUMBER + "，经审核符合条件。", today());
		toConfidentialityReview(agency, id);
		assertThat(find(id).findings()).singleElement().satisfies((f) -> {
			assertThat(f.field()).isEqualTo(TextField.BODY);
			assertThat(f.unresolved()).isTrue();
		});
		String page = this.mvc
			.perform(get("/admin/publications/" + id).session(agency.confidentiality)
				.flashAttr("errorKey", "publication.privacy.unresolved")
				.flashAttr("errorArguments", new Object[] { 1 }))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("身份证号码", "11*************02X", "仍有 1 处");
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"));
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_CONFIDENTIALITY_REVIEW);
		int start = find(id).findings().get(0).start();
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/mask").param("field", "BODY").param("start", "" + start));
		assertThat(find(id).body()).contains("11*************02X").doesNotContain(ID_NUMBER);
		assertThat(find(id).findings()).isEmpty();
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"));
		assertThat(this.publications.publicItem(id).body()).contains("11*************02X");
		assertThat(this.audit.find(
				new AuditQuery(null, "publication.finding-masked", "Publication", String.valueOf(id), null, null), 0,
				5))
			.singleElement()
			.satisfies((e) -> assertThat(e.toString()).doesNotContain(ID_NUMBER));
	}

	@Test
	void aConfidentialityReviewerMayJustifyKeepingAFindingButNotWithoutAReason() throws Exception {
		Agency agency = agency("保留县");
		long id = draft(agency, "表彰决定", "授予见义勇为者（身份证号 " + ID_NUMBER + "）荣誉称号。", today());
		toConfidentialityReview(agency, id);
		int start = find(id).findings().get(0).start();
		perform(agency.clerk,
				post("/admin/publications/" + id + "/justify").param("field", "BODY")
					.param("type", "ID_CARD")
					.param("start", "" + start)
					.param("justification", "本人同意公开"),
				403);
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/justify").param("field", "BODY")
					.param("type", "ID_CARD")
					.param("start", "" + start)
					.param("justification", "  "));
		assertThat(find(id).blocked()).isTrue();
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/justify").param("field", "BODY")
					.param("type", "ID_CARD")
					.param("start", "" + start)
					.param("justification", "本人书面同意公开（《个人信息保护法》第十三条）"));
		assertThat(find(id).findings()).singleElement()
			.satisfies((f) -> assertThat(f.justification()).isEqualTo("本人书面同意公开（《个人信息保护法》第十三条）"));
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"));
		assertThat(this.publications.publicItem(id).body()).contains(ID_NUMBER);
		assertThat(this.audit.find(
				new AuditQuery(null, "publication.finding-justified", "Publication", String.valueOf(id), null, null), 0,
				5))
			.hasSize(1);
	}

	@Test
	void maskAllMasksTitleSummaryAndBody() throws Exception {
		Agency agency = agency("全遮县");
		long id = draft(agency, "联系人 13812345678", "身份证 " + ID_NUMBER + "\n\n手机 13912345678", today());
		perform(agency.clerk, post("/admin/publications/" + id + "/mask-all"));
		PublicationItem item = find(id);
		assertThat(item.findings()).isEmpty();
		assertThat(item.title()).doesNotContain("13812345678");
		assertThat(item.body()).contains("11*************02X").doesNotContain("13912345678");
	}

	@Test
	void eachStepIsRefusedForTheWrongRoleOrAnotherAgencyAndNothingChanges() throws Exception {
		Agency agency = agency("权限县");
		Agency other = agency("他机关县");
		long id = draft(agency, "权限测试", "正文", today());
		String url = "/admin/publications/" + id;
		perform(other.clerk,
				post("/admin/publications/new").param("agencyId", "" + agency.id)
					.param("title", "越权")
					.param("body", "x")
					.param("madeOn", today().toString())
					.param("genre", "NOTICE")
					.param("validity", "VALID")
					.param("columnId", "" + agency.column),
				403);
		for (MockHttpSession wrong : List.of(agency.reviewer, agency.confidentiality, agency.leader, other.clerk)) {
			perform(wrong, post(url + "/submit"), 403);
			perform(wrong,
					post(url + "/edit").param("title", "改")
						.param("body", "改")
						.param("madeOn", today().toString())
						.param("genre", "NOTICE")
						.param("validity", "VALID")
						.param("columnId", "" + agency.column),
					403);
		}
		this.mvc.perform(get(url).session(other.clerk)).andExpect(status().isForbidden());
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.DRAFT);
		perform(agency.clerk, post(url + "/submit"));
		for (MockHttpSession wrong : List.of(agency.clerk, agency.confidentiality, agency.leader, other.reviewer)) {
			perform(wrong, post(url + "/content-review").param("approve", "true"), 403);
		}
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_CONTENT_REVIEW);
		perform(agency.reviewer, post(url + "/content-review").param("approve", "true"));
		for (MockHttpSession wrong : List.of(agency.clerk, agency.reviewer, agency.leader, other.confidentiality)) {
			perform(wrong, post(url + "/confidentiality-review").param("approve", "true"), 403);
		}
		perform(other.confidentiality, post(url + "/mask-all"), 403);
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_CONFIDENTIALITY_REVIEW);
		perform(agency.confidentiality, post(url + "/confidentiality-review").param("approve", "true"));
		for (MockHttpSession wrong : List.of(agency.clerk, agency.reviewer, agency.confidentiality, other.leader)) {
			perform(wrong, post(url + "/withdraw").param("reason", "越权撤回"), 403);
		}
		this.mvc.perform(post(url + "/withdraw").param("reason", "匿名").with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post(url + "/withdraw").session(agency.leader).param("reason", "无令牌"))
			.andExpect(status().isForbidden());
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(this.audit.find(new AuditQuery(null, null, "Publication", String.valueOf(id), null, null), 0, 50))
			.hasSize(4);
	}

	@Test
	void aReviewerReturnsTheDraftWithACommentAndTheClerkRevisesIt() throws Exception {
		Agency agency = agency("退回县");
		long id = draft(agency, "初稿标题", "初稿正文", today());
		perform(agency.clerk, post("/admin/publications/" + id + "/submit"));
		perform(agency.reviewer, post("/admin/publications/" + id + "/content-review").param("approve", "false"));
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_CONTENT_REVIEW);
		perform(agency.reviewer, post("/admin/publications/" + id + "/content-review").param("approve", "false")
			.param("comment", "请补充文号"));
		PublicationItem returned = find(id);
		assertThat(returned.status()).isEqualTo(PublicationStatus.DRAFT);
		assertThat(returned.returnComment()).isEqualTo("请补充文号");
		assertThat(this.mvc.perform(get("/admin/publications/" + id).session(agency.clerk))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("请补充文号", "退回");
		perform(agency.clerk,
				post("/admin/publications/" + id + "/edit").param("title", "修改后标题")
					.param("body", "修改后正文")
					.param("documentNumber", "某府办〔2026〕1号")
					.param("madeOn", today().toString())
					.param("genre", "NORMATIVE_DOCUMENT")
					.param("validity", "VALID")
					.param("columnId", "" + agency.column));
		PublicationItem revised = find(id);
		assertThat(revised.title()).isEqualTo("修改后标题");
		assertThat(revised.documentNumber()).isEqualTo("某府办〔2026〕1号");
		assertThat(revised.genre()).isEqualTo(Genre.NORMATIVE_DOCUMENT);
		perform(agency.clerk, post("/admin/publications/" + id + "/submit"));
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_CONTENT_REVIEW);
		perform(agency.clerk,
				post("/admin/publications/" + id + "/edit").param("title", "审核中再改")
					.param("body", "x")
					.param("madeOn", today().toString())
					.param("genre", "NOTICE")
					.param("validity", "VALID")
					.param("columnId", "" + agency.column),
				400);
		assertThat(find(id).title()).isEqualTo("修改后标题");
	}

	@Test
	void aLeaderWithdrawsAnItemWithAReasonAndThePublicNoLongerSeesIt() throws Exception {
		Agency agency = agency("撤回县");
		long id = draft(agency, "将被撤回", "正文", today());
		toConfidentialityReview(agency, id);
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"));
		String url = "/agencies/" + agency.creditCode + "/publications/" + id;
		this.mvc.perform(get(url)).andExpect(status().isOk());
		perform(agency.leader, post("/admin/publications/" + id + "/withdraw").param("reason", " "), 400);
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.PUBLISHED);
		perform(agency.leader, post("/admin/publications/" + id + "/withdraw").param("reason", "内容已过时"));
		PublicationItem withdrawn = find(id);
		assertThat(withdrawn.status()).isEqualTo(PublicationStatus.WITHDRAWN);
		assertThat(withdrawn.withdrawReason()).isEqualTo("内容已过时");
		assertThat(withdrawn.indexNumber()).isNotNull();
		this.mvc.perform(get(url)).andExpect(status().isNotFound());
		assertThat(this.publications.publicList(agency.id, null, 0, 10).getContent()).isEmpty();
		assertThatThrownBy(() -> this.publications.publicItem(id)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void hostileInputIsEscapedRefusedOrExplainedNeverA500() throws Exception {
		Agency agency = agency("恶意县");
		Agency other = agency("隔壁县");
		long id = draft(agency, "<script>alert('t')</script>标题",
				"<script>alert('b')</script>\n\n<img src=x onerror=alert(1)>\n\n正文保留", today());
		toConfidentialityReview(agency, id);
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"));
		String page = this.mvc.perform(get("/agencies/" + agency.creditCode + "/publications/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the title is plain text, escaped; the body is sanitised HTML: script and image
		// removed
		assertThat(page).doesNotContain("<script>alert", "<img", "onerror", "alert('b')")
			.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;标题", "正文保留");
		this.mvc.perform(get("/agencies/" + other.creditCode + "/publications/" + id)).andExpect(status().isNotFound());
		String form = refusedForm(draftForm(agency, "长".repeat(201), "正文", "2026-13-45", agency.column));
		assertThat(form).contains("格式不正确");
		form = refusedForm(draftForm(agency, "长".repeat(201), "正文", today().toString(), agency.column));
		assertThat(form).contains("标题应为 1 至 200 个字", "field-error");
		form = refusedForm(draftForm(agency, "他机关栏目", "正文", today().toString(), other.column));
		assertThat(form).contains("请选择本机关公开目录中的栏目");
		form = refusedForm(draftForm(agency, "未来", "正文", today().plusDays(1).toString(), agency.column));
		assertThat(form).contains("不得晚于今天");
		assertThat(this.repository.findTop200ByAgencyIdInOrderByIdDesc(List.of(agency.id))).hasSize(1);
		for (String bad : List.of("/admin/publications/abc", "/admin/publications/1e3/edit",
				"/admin/publications/new?agencyId=x", "/agencies/" + agency.creditCode + "/publications/abc",
				"/agencies/" + agency.creditCode + "/publications/99999999", "/agencies/nope/publications/" + id)) {
			int code = this.mvc.perform(get(bad).session(agency.clerk)).andReturn().getResponse().getStatus();
			assertThat(code).as(bad).isBetween(400, 499);
		}
		this.mvc
			.perform(post("/admin/publications/" + id + "/mask").session(agency.clerk)
				.with(csrf())
				.param("field", "NOPE")
				.param("start", "x"))
			.andExpect(status().is4xxClientError());
		this.mvc.perform(post("/admin/publications/99999999/submit").session(agency.clerk).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theThemeClassificationIsKeptAndShownAndAnUnknownOneIsRefused() throws Exception {
		Agency agency = agency("主题县");
		String form = refusedForm(
				draftForm(agency, "主题未知", "正文", today().toString(), agency.column).param("theme", "HACK<script>"));
		assertThat(form).contains("格式不正确").doesNotContain("HACK<script>");
		assertThat(this.repository.findTop200ByAgencyIdInOrderByIdDesc(List.of(agency.id))).isEmpty();
		String location = this.mvc
			.perform(
					draftForm(agency, "2026年部门预算公开", "正文", today().toString(), agency.column).param("theme", "FINANCE"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(find(id).theme()).isEqualTo(Theme.FINANCE);
		toConfidentialityReview(agency, id);
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"));
		for (String page : List.of("", "/print")) {
			this.mvc.perform(get("/agencies/" + agency.creditCode + "/publications/" + id + page))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("主题分类")))
				.andExpect(content().string(containsString("财政、金融、审计")));
		}
		// an item without one shows no theme row
		long plain = draft(agency, "无主题信息", "正文", today());
		assertThat(find(plain).theme()).isNull();
	}

	@Test
	void indexNumbersStayUniqueAndGapFreeWhenItemsArePublishedConcurrently() throws Exception {
		Agency agency = agency("并发县");
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			long id = draft(agency, "并发发布 " + i, "正文 " + i, today());
			toConfidentialityReview(agency, id);
			ids.add(id);
		}
		StaffPrincipal reviewer = this.accounts.signIn(agency.confidentialityName, Staff.PASSWORD);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (long id : ids) {
				done.add(pool.submit(() -> {
					SecurityContextHolder.getContext().setAuthentication(StaffAuthentications.of(reviewer));
					try {
						this.review.confidentialityReview(id, true, null);
					}
					finally {
						SecurityContextHolder.clearContext();
					}
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		List<String> numbers = ids.stream().map((id) -> this.publications.publicItem(id).indexNumber()).toList();
		int year = today().getYear();
		List<String> expected = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			expected.add(agency.creditCode + "/" + year + "-" + String.format("%05d", i));
		}
		assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void anItemPublishedMoreThanTwentyWorkingDaysAfterItWasMadeIsLate() throws Exception {
		// Regulations art. 26; National Day (1–7 Oct 2026) does not count
		LocalDate due = this.calendar.deadline(LocalDate.of(2026, 9, 1), Timeliness.WORKING_DAYS).due();
		assertThat(Timeliness.late(LocalDate.of(2026, 10, 15), due)).isTrue();
		assertThat(Timeliness.late(LocalDate.of(2026, 9, 25), due)).isFalse();
		assertThat(Timeliness.late(due, due)).isFalse();
		assertThat(Timeliness.late(due.plusDays(1), due)).isTrue();
		Agency agency = agency("逾期县");
		long id = draft(agency, "迟发的通知", "正文", today().minusDays(60));
		toConfidentialityReview(agency, id);
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"));
		assertThat(this.publications.publicItem(id).late()).isTrue();
		assertThat(this.mvc.perform(get("/admin/publications/" + id).session(agency.clerk))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("逾期发布");
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private PublicationStatus statusOf(long id) {
		return this.repository.findById(id).orElseThrow().status();
	}

	/** The item as a leader of its agency sees it. */
	private PublicationItem find(long id) {
		long agencyId = this.repository.findById(id).orElseThrow().agencyId();
		return PublishingDesk.asLeader(agencyId, () -> this.publications.find(id));
	}

	private void toConfidentialityReview(Agency agency, long id) throws Exception {
		perform(agency.clerk, post("/admin/publications/" + id + "/submit"));
		perform(agency.reviewer, post("/admin/publications/" + id + "/content-review").param("approve", "true"));
	}

	private long draft(Agency agency, String title, String body, LocalDate madeOn) throws Exception {
		String location = this.mvc.perform(draftForm(agency, title, body, madeOn.toString(), agency.column))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** The clerk's new-draft form with these fields (genre NOTICE, valid). */
	private static MockHttpServletRequestBuilder draftForm(Agency agency, String title, String body, String madeOn,
			long columnId) {
		return post("/admin/publications/new").session(agency.clerk)
			.with(csrf())
			.param("agencyId", "" + agency.id)
			.param("title", title)
			.param("body", body)
			.param("madeOn", madeOn)
			.param("genre", "NOTICE")
			.param("validity", "VALID")
			.param("columnId", "" + columnId);
	}

	/** Posts a form that must be refused: the page comes back (400) with its errors. */
	private String refusedForm(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void perform(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
		perform(session, request, 302);
	}

	private void perform(MockHttpSession session, MockHttpServletRequestBuilder request, int expected)
			throws Exception {
		this.mvc.perform(request.session(session).with(csrf())).andExpect(status().is(expected));
	}

	private Agency agency(String name) throws Exception {
		AgencyData data = AgencyFixtures.county(name + System.nanoTime());
		long id = this.agencies.create(data);
		long column = this.catalog.publicTree(id)
			.stream()
			.filter((c) -> "news".equals(c.code()))
			.findFirst()
			.orElseThrow()
			.id();
		String confidentialityName = Staff.create(this.accounts, Role.CONFIDENTIALITY_REVIEWER, id);
		return new Agency(id, data.creditCode(), column,
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.REVIEWER, id)),
				Staff.signIn(this.mvc, confidentialityName), confidentialityName,
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.LEADER, id)));
	}

	record Agency(long id, String creditCode, long column, MockHttpSession clerk, MockHttpSession reviewer,
			MockHttpSession confidentiality, String confidentialityName, MockHttpSession leader) {

	}

}
