package org.gongkai.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManagerFactory;
import org.gongkai.TestClock;
import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.ColumnNode;
import org.gongkai.platform.TestDocuments;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public full-text search: Chinese words found through smartcn's segmentation, filters,
 * order and paging, escaped highlights, only public items (drafts never, withdrawn ones
 * gone at once), backfill and reindex after SQL writes, and hostile parameters refused
 * with a Chinese 400.
 */
@GongkaiTest
class SearchTests {

	static final String INSURANCE = "关于做好2026年城乡居民医疗保险征缴工作的通知";

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	SearchIndex index;

	@Autowired
	SearchDocuments documents;

	@Autowired
	SearchProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private final String client = "198.51." + ThreadLocalRandom.current().nextInt(256) + "."
			+ ThreadLocalRandom.current().nextInt(256);

	@Test
	void twoChineseWordsFindTheItemAndTheAbbreviationDoesNot() throws Exception {
		Agency agency = agency("甲县");
		long id = publish(agency, INSURANCE, "各乡镇人民政府：\n\n请按时完成征缴任务。", "NOTICE", agency.news);
		String body = api("q", "医疗保险 征缴", "agency", agency.creditCode);
		assertThat(ids(body)).containsExactly(id);
		assertThat(JsonPath.<String>read(body, "$.items[0].titleHighlight")).contains("<em>征缴</em>")
			.contains("<em>医疗</em>")
			.contains("<em>保险</em>");
		assertThat(JsonPath.<String>read(body, "$.items[0].url"))
			.isEqualTo("/agencies/" + agency.creditCode + "/publications/" + id);
		assertThat(JsonPath.<String>read(body, "$.items[0].indexNumber")).startsWith(agency.creditCode + "/");
		assertThat(JsonPath.<String>read(body, "$.items[0].column")).isNotBlank();
		assertThat(JsonPath.<String>read(body, "$.items[0].genre")).isEqualTo("NOTICE");
		assertThat(JsonPath.<String>read(body, "$.items[0].publishedOn")).isEqualTo(today().toString());
		// a word found only in the body: the snippet shows it marked
		String inBody = api("q", "征缴任务", "agency", agency.creditCode);
		assertThat(JsonPath.<String>read(inBody, "$.items[0].snippet")).contains("<em>征缴</em>");
		// every word must occur: a second word the item lacks excludes it
		assertThat(ids(api("q", "医疗保险 养老", "agency", agency.creditCode))).isEmpty();
		// honest limit of smartcn: 医保 becomes the single characters 医 and 保, which the
		// item's words 医疗 and 保险 do not contain; abbreviations are not expanded
		assertThat(ids(api("q", "医保", "agency", agency.creditCode))).isEmpty();
		assertThat(ids(api("q", "城乡居民", "agency", agency.creditCode))).containsExactly(id);
	}

	@Test
	void filtersNarrowByAgencyColumnYearAndGenre() throws Exception {
		Agency agency = agency("筛选县");
		Agency other = agency("筛选邻县");
		long notice = publish(agency, "关于秸秆禁烧的通知", "严禁焚烧秸秆。", "NOTICE", agency.news);
		long regulation = publish(agency, "秸秆综合利用管理办法", "鼓励秸秆还田。", "NORMATIVE_DOCUMENT", agency.other);
		long elsewhere = publish(other, "邻县秸秆禁烧通告", "严禁焚烧秸秆。", "NOTICE", other.news);
		assertThat(ids(api("q", "秸秆", "agency", agency.creditCode))).containsExactlyInAnyOrder(notice, regulation);
		assertThat(ids(api("q", "秸秆", "agency", other.creditCode.toLowerCase()))).containsExactly(elsewhere);
		assertThat(ids(api("q", "秸秆", "agency", agency.creditCode, "genre", "NOTICE"))).containsExactly(notice);
		assertThat(ids(api("q", "秸秆", "agency", agency.creditCode, "column", "" + agency.other)))
			.containsExactly(regulation);
		assertThat(ids(api("q", "秸秆", "agency", agency.creditCode, "year", "" + today().getYear())))
			.containsExactlyInAnyOrder(notice, regulation);
		assertThat(ids(api("q", "秸秆", "agency", agency.creditCode, "year", "1999"))).isEmpty();
		// no words: every public item of the filters, newest first
		assertThat(ids(api("agency", agency.creditCode))).containsExactly(regulation, notice);
	}

	@Test
	void relevancePutsTitleMatchesFirstAndDateOrderPagesNewestFirst() throws Exception {
		Agency agency = agency("排序县");
		long inTitle = publish(agency, "防汛抗旱应急预案", "全文见附件。", "NOTICE", agency.news);
		long inBody1 = publish(agency, "第一次工作例会纪要", "会议研究了防汛抗旱工作。", "NEWS", agency.news);
		long inBody2 = publish(agency, "第二次工作例会纪要", "会议部署了防汛抗旱物资储备。", "NEWS", agency.news);
		assertThat(ids(api("q", "防汛抗旱", "agency", agency.creditCode)).get(0)).isEqualTo(inTitle);
		assertThat(ids(api("q", "防汛抗旱", "agency", agency.creditCode, "sort", "date"))).containsExactly(inBody2, inBody1,
				inTitle);
		String first = api("q", "防汛抗旱", "agency", agency.creditCode, "sort", "date", "size", "2");
		assertThat(JsonPath.<Integer>read(first, "$.total")).isEqualTo(3);
		assertThat(JsonPath.<Boolean>read(first, "$.totalExact")).isTrue();
		assertThat(JsonPath.<Integer>read(first, "$.page")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(first, "$.size")).isEqualTo(2);
		assertThat(ids(first)).containsExactly(inBody2, inBody1);
		String second = api("q", "防汛抗旱", "agency", agency.creditCode, "sort", "date", "size", "2", "page", "2");
		assertThat(ids(second)).containsExactly(inTitle);
		String page = page("q", "防汛抗旱", "agency", agency.creditCode, "sort", "date", "size", "2");
		assertThat(page).contains("共找到 3 条结果", "第 1 页，共 2 页", "rel=\"next\"", "size=2", "第二次工作例会纪要", "第一次工作例会纪要")
			.doesNotContain("应急预案");
	}

	/**
	 * The score says where the term stands (title, then summary, then only body), not how
	 * long title or body are: among equals the newest comes first.
	 */
	@Test
	void relevanceIsTitleThenSummaryThenBodyAndNewestFirstAmongEquals() throws Exception {
		Agency agency = agency("层次县");
		long inBody = publish(agency, "第三次工作例会纪要", "会议研究了禁烧巡查工作，禁烧禁烧禁烧。", "NEWS", agency.news);
		long inSummary = draft(agency, "第四次工作例会纪要", "会议纪要全文。", "NEWS", agency.news, "部署禁烧巡查");
		review(agency, inSummary);
		// in title and summary weighs as much as in the title alone
		long longTitle = draft(agency, "关于进一步加强和改进全县农作物秸秆禁烧与综合利用工作的实施意见", "全文见附件。", "NOTICE", agency.news, "明确禁烧责任");
		review(agency, longTitle);
		long shortTitle = publish(agency, "禁烧通告", "禁烧。", "NOTICE", agency.news);
		assertThat(ids(api("q", "禁烧", "agency", agency.creditCode))).containsExactly(shortTitle, longTitle, inSummary,
				inBody);
		// several terms: each must be found, their places add up
		long newest = publish(agency, "巡查工作例会", "无。", "NEWS", agency.news);
		assertThat(ids(api("q", "禁烧 巡查", "agency", agency.creditCode))).containsExactly(inSummary, inBody);
		assertThat(ids(api("q", "例会 纪要", "agency", agency.creditCode))).containsExactly(inSummary, inBody);
		assertThat(ids(api("q", "例会", "agency", agency.creditCode))).containsExactly(newest, inSummary, inBody);
	}

	@Test
	void highlightsAreEscapedTextWithOnlyEmMarks() throws Exception {
		Agency agency = agency("转义县");
		String title = "<script>alert('x')</script>关于征地补偿标准的公告";
		long id = publish(agency, title, "补偿标准见附表 <b>一</b> & 说明。", "NOTICE", agency.news);
		String body = api("q", "征地补偿", "agency", agency.creditCode);
		assertThat(ids(body)).containsExactly(id);
		String highlight = JsonPath.read(body, "$.items[0].titleHighlight");
		assertThat(highlight).contains("&lt;script&gt;", "<em>征地</em>").doesNotContain("<script");
		assertThat(highlight.replaceAll("</?em>", "")).doesNotContain("<", ">");
		assertThat(JsonPath.<String>read(body, "$.items[0].title")).isEqualTo(title);
		String snippet = JsonPath.read(api("q", "附表", "agency", agency.creditCode), "$.items[0].snippet");
		assertThat(snippet.replaceAll("</?em>", "")).doesNotContain("<", ">", "&lt;b&gt;");
		assertThat(snippet).contains("<em>附表</em>", "&amp;");
		String page = page("q", "征地补偿", "agency", agency.creditCode);
		assertThat(page).contains("&lt;script&gt;alert(").doesNotContain("<script>alert");
	}

	@Test
	void draftsAreNeverSearchableAndAWithdrawnItemIsGoneAtOnce() throws Exception {
		Agency agency = agency("撤回县");
		long draft = draft(agency, "关于候鸟保护区划定的意见稿", "候鸟保护区范围。", "NOTICE", agency.news);
		long inReview = draft(agency, "候鸟保护区巡护制度", "候鸟保护区巡护。", "NOTICE", agency.news);
		perform(agency.clerk, post("/admin/publications/" + inReview + "/submit"));
		perform(agency.reviewer, post("/admin/publications/" + inReview + "/content-review").param("approve", "true"));
		assertThat(ids(api("q", "候鸟保护区", "agency", agency.creditCode))).isEmpty();
		assertThat(this.documents.existsById(draft)).isFalse();
		long published = publish(agency, "候鸟保护区管理规定", "候鸟保护区内禁止狩猎。", "REGULATION", agency.news);
		assertThat(ids(api("q", "候鸟保护区", "agency", agency.creditCode))).containsExactly(published);
		perform(agency.leader, post("/admin/publications/" + published + "/withdraw").param("reason", "已被新规定替代"));
		assertThat(ids(api("q", "候鸟保护区", "agency", agency.creditCode))).isEmpty();
		assertThat(ids(api("agency", agency.creditCode))).isEmpty();
		assertThat(this.documents.existsById(published)).isFalse();
		assertThat(page("q", "候鸟保护区", "agency", agency.creditCode)).contains("没有找到符合条件的政府信息");
	}

	/**
	 * An index that lost its documents, or one written before a field the query needs
	 * existed (textCharacters, summaryCharacters: it holds none of them), is rebuilt from
	 * the stored documents when the application starts.
	 */
	@Test
	void anIndexWithoutTheFieldsTheQueryNeedsIsRebuiltAtStartUp() throws Exception {
		Agency agency = agency("升级县");
		long id = draft(agency, "秋季森林防火工作部署", "全文。", "NOTICE", agency.news, "做好秋季林区巡护");
		review(agency, id);
		assertThat(ids(api("q", "林区巡护", "agency", agency.creditCode))).containsExactly(id);
		Search.mapping(this.entityManagerFactory).scope(SearchDocument.class).workspace().purge();
		assertThat(ids(api("q", "林区巡护", "agency", agency.creditCode))).isEmpty();
		this.index.atStartUp();
		assertThat(ids(api("q", "林区巡护", "agency", agency.creditCode))).containsExactly(id);
	}

	@Test
	void backfillFillsAnEmptyIndexFromThePublishedItems() throws Exception {
		Agency agency = agency("补建县");
		long id = publish(agency, "关于古树名木普查的通知", "开展古树名木普查。", "NOTICE", agency.news);
		long total = this.documents.count();
		this.documents.deleteAll();
		assertThat(ids(api("q", "古树名木", "agency", agency.creditCode))).isEmpty();
		assertThat(this.index.backfillIfEmpty()).isGreaterThanOrEqualTo(total);
		assertThat(ids(api("q", "古树名木", "agency", agency.creditCode))).containsExactly(id);
		assertThat(this.index.backfillIfEmpty()).as("only when empty").isZero();
	}

	@Test
	void reindexPicksUpRowsWrittenBySqlAndOnlyTheSystemAdministratorMayRunIt() throws Exception {
		Agency agency = agency("重建县");
		long changed = publish(agency, "关于湿地保护的通知", "保护湿地。", "NOTICE", agency.news);
		long lost = publish(agency, "湿地公园开放公告", "湿地公园开放。", "NOTICE", agency.news);
		this.jdbc.update("UPDATE search_document SET title = title || '红树林' WHERE publication_id = ?", changed);
		this.jdbc.update("DELETE FROM search_document WHERE publication_id = ?", lost);
		assertThat(ids(api("q", "红树林", "agency", agency.creditCode))).as("SQL writes are not indexed").isEmpty();
		String clerk = Staff.token(this.mvc, Staff.create(this.accounts, Role.CLERK, agency.id));
		this.mvc.perform(post("/api/v1/admin/search/reindex").header("Authorization", "Bearer " + clerk))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/admin/search/reindex")).andExpect(status().isUnauthorized());
		String admin = Staff.token(this.mvc, Staff.create(this.accounts, Role.SYSTEM_ADMIN, null));
		String result = this.mvc
			.perform(post("/api/v1/admin/search/reindex").header("Authorization", "Bearer " + admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Integer>read(result, "$.added")).isGreaterThanOrEqualTo(1);
		assertThat(ids(api("q", "红树林", "agency", agency.creditCode))).containsExactly(changed);
		assertThat(ids(api("q", "湿地", "agency", agency.creditCode))).containsExactlyInAnyOrder(changed, lost);
		assertThat(this.audit.find(new AuditQuery(null, "search.reindexed", "SearchIndex", null, null, null), 0, 50))
			.isNotEmpty();
	}

	@Test
	void anItemWithoutItsPublicationDateIsLeftOutOfAReindexNotFatalToIt() throws Exception {
		// the self-inspection's NO_DATE case (a date removed in the database): a reindex,
		// which also runs at start-up when a node's index is lost, skips it with a
		// warning instead of failing (a context started after such a row did not start)
		Agency agency = agency("无日期县");
		long undated = publish(agency, "关于银杏古树保护的通知", "保护银杏。", "NOTICE", agency.news);
		long dated = publish(agency, "银杏大道交通管制公告", "银杏大道管制。", "NOTICE", agency.news);
		this.jdbc.update("UPDATE pub_item SET published_on = NULL WHERE id = ?", undated);
		try {
			String admin = Staff.token(this.mvc, Staff.create(this.accounts, Role.SYSTEM_ADMIN, null));
			this.mvc.perform(post("/api/v1/admin/search/reindex").header("Authorization", "Bearer " + admin))
				.andExpect(status().isOk());
			assertThat(ids(api("q", "银杏", "agency", agency.creditCode))).containsExactly(dated);
		}
		finally {
			this.jdbc.update("UPDATE pub_item SET published_on = ? WHERE id = ?",
					java.sql.Date.valueOf(TestClock.INSTANCE.today()), undated);
		}
	}

	@Test
	void hostileParametersGetAChineseBadRequest() throws Exception {
		String longQuery = "税".repeat(201);
		List<String[]> bad = List.of(new String[] { "size", "0" }, new String[] { "size", "1000" },
				new String[] { "size", "abc" }, new String[] { "page", "-1" }, new String[] { "page", "0" },
				new String[] { "page", "99999" }, new String[] { "year", "abc" }, new String[] { "year", "20261" },
				new String[] { "genre", "UNKNOWN" }, new String[] { "q", longQuery }, new String[] { "q", "title:*" },
				new String[] { "q", "通知 OR *" }, new String[] { "q", "\"未闭合的引号" }, new String[] { "q", "a~2" },
				new String[] { "q", "[1 TO 9]" }, new String[] { "agency", "<script>" },
				new String[] { "column", "1 OR 1=1" }, new String[] { "sort", "id desc" },
				new String[] { "q", "通知\u0000" });
		for (String[] parameter : bad) {
			MvcResult result = this.mvc.perform(search("/api/v1/publications", parameter)).andReturn();
			assertThat(result.getResponse().getStatus()).as(parameter[0] + "=" + parameter[1]).isEqualTo(400);
			String body = result.getResponse().getContentAsString();
			assertThat(JsonPath.<String>read(body, "$.error")).as(body).matches(".*[\\u4e00-\\u9fa5].*");
			assertThat(JsonPath.<String>read(body, "$.code")).startsWith("search.");
			MvcResult page = this.mvc.perform(search("/search", parameter)).andReturn();
			assertThat(page.getResponse().getStatus()).as("page " + parameter[0]).isEqualTo(400);
			assertThat(page.getResponse().getContentAsString()).contains("role=\"alert\"");
		}
		// a quoted phrase is plain text, not syntax
		this.mvc.perform(search("/api/v1/publications", new String[] { "q", "\"医疗保险\" 通知" }))
			.andExpect(status().isOk());
	}

	@Test
	void aTermIsFoundWhereverTheTextContainsItWhateverSmartcnMakesOfIt() throws Exception {
		Agency agency = agency("停水县");
		long water = publish(agency, "关于城区供水管网维修的通知", "因管网维修，明日城东片区临时停水，请居民提前储水。", "NOTICE", agency.news);
		long cold = publish(agency, "低温天气防寒保暖提示", "气温偏低，请注意保暖。", "NOTICE", agency.news);
		long inTitle = publish(agency, "关于加强作风建设的意见", "全文如下。", "NOTICE", agency.news);
		long inBody = publish(agency, "机关工作例会纪要", "会议强调持续推进作风建设。", "NEWS", agency.news);
		long apart = publish(agency, "干部作风与基层建设调研", "调研干部作风和基层组织建设。", "NEWS", agency.news);
		assertThat(ids(api("q", "停水", "agency", agency.creditCode))).containsExactly(water);
		assertThat(ids(api("q", "临时停水", "agency", agency.creditCode))).containsExactly(water);
		assertThat(ids(api("q", "“临时停水”", "agency", agency.creditCode))).containsExactly(water);
		assertThat(ids(api("q", "水", "agency", agency.creditCode))).containsExactly(water);
		// 低 and 保 apart are not 低保
		assertThat(ids(api("q", "低保", "agency", agency.creditCode))).isEmpty();
		assertThat(ids(api("q", "保暖", "agency", agency.creditCode))).containsExactly(cold);
		// the whole term: the item with it in the title first, the one with only its
		// words not at all
		assertThat(ids(api("q", "作风建设", "agency", agency.creditCode))).containsExactly(inTitle, inBody);
		assertThat(ids(api("q", "作风 建设", "agency", agency.creditCode))).contains(inTitle, inBody, apart);
		// several terms: all of them; punctuation separates terms like a space
		assertThat(ids(api("q", "停水 储水", "agency", agency.creditCode))).containsExactly(water);
		assertThat(ids(api("q", "停水，储水", "agency", agency.creditCode))).containsExactly(water);
		assertThat(ids(api("q", "停水 保暖", "agency", agency.creditCode))).isEmpty();
	}

	@Test
	void fullWidthAndHalfWidthFormsAreTheSame() throws Exception {
		Agency agency = agency("全角县");
		long half = publish(agency, "设备采购结果公告", "中标设备型号ABC123，数量20台。", "NOTICE", agency.news);
		long full = publish(agency, "车辆采购结果公告", "中标车型ＸＹＺ９，数量２台。", "NOTICE", agency.news);
		assertThat(ids(api("q", "ＡＢＣ１２３", "agency", agency.creditCode))).containsExactly(half);
		assertThat(ids(api("q", "abc123", "agency", agency.creditCode))).containsExactly(half);
		assertThat(ids(api("q", "xyz9", "agency", agency.creditCode))).containsExactly(full);
		assertThat(ids(api("q", "２０台", "agency", agency.creditCode))).containsExactly(half);
	}

	@Test
	void textInAnAttachmentIsFound() throws Exception {
		Agency agency = agency("附件县");
		long id = draft(agency, "关于开展防空警报试鸣的通告", "详见附件。", "NOTICE", agency.news);
		this.mvc
			.perform(multipart("/admin/publications/" + id + "/attachments")
				.file(new MockMultipartFile("file", "方案.docx", "application/octet-stream",
						TestDocuments.docx("试鸣时间为上午十时", "鸣响预先警报三分钟")))
				.session(agency.clerk)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		review(agency, id);
		assertThat(ids(api("q", "预先警报", "agency", agency.creditCode))).containsExactly(id);
		assertThat(ids(api("q", "警报 三分钟", "agency", agency.creditCode))).containsExactly(id);
	}

	@Test
	void badInputGetsAChineseMessageOrNothingNeverAServerError() throws Exception {
		Agency agency = agency("坏输入县");
		long id = publish(agency, "关于临时停水的通知", "城东片区临时停水。", "NOTICE", agency.news);
		// nothing to find: every item, newest first
		assertThat(ids(api("q", "", "agency", agency.creditCode))).containsExactly(id);
		assertThat(ids(api("q", " \u3000 ", "agency", agency.creditCode))).containsExactly(id);
		// only punctuation: nothing found, no error
		for (String punctuation : List.of("。，、；", "...", "——", "\"\"", "“”", "《》（）【】", "@#$%")) {
			String body = api("q", punctuation, "agency", agency.creditCode);
			assertThat(ids(body)).as(punctuation).isEmpty();
			assertThat(JsonPath.<Integer>read(body, "$.total")).as(punctuation).isZero();
			assertThat(page("q", punctuation, "agency", agency.creditCode)).contains("没有找到符合条件的政府信息");
		}
		// tabs and line breaks pasted into the box are spaces
		assertThat(ids(api("q", "临时\t停水\n通知", "agency", agency.creditCode))).containsExactly(id);
		// too long, unbalanced quotes, control characters: a Chinese 400
		for (String bad : List.of("停水".repeat(500), "\"临时停水", "“临时停水", "停水\u0007", "停水\u0000通知")) {
			MvcResult result = this.mvc.perform(search("/api/v1/publications", "q", bad)).andReturn();
			assertThat(result.getResponse().getStatus()).as(bad).isEqualTo(400);
			assertThat(JsonPath.<String>read(result.getResponse().getContentAsString(), "$.error")).as(bad)
				.matches(".*[\\u4e00-\\u9fa5].*");
			assertThat(this.mvc.perform(search("/search", "q", bad)).andReturn().getResponse().getStatus()).as(bad)
				.isEqualTo(400);
		}
	}

	@Test
	void searchesAreRateLimitedPerClientAddress() throws Exception {
		// the bucket refills while the loop runs, so the refusal comes a little after the
		// limit
		int allowed = 0;
		MvcResult refused = null;
		for (int i = 0; i < 2 * this.properties.searchesPerMinute() && refused == null; i++) {
			MvcResult result = this.mvc.perform(search("/api/v1/publications", new String[] { "q", "限流" })).andReturn();
			if (result.getResponse().getStatus() == 200) {
				allowed++;
			}
			else {
				refused = result;
			}
		}
		assertThat(allowed).isGreaterThanOrEqualTo(this.properties.searchesPerMinute());
		assertThat(refused).isNotNull();
		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		assertThat(refused.getResponse().getContentAsString()).contains("检索过于频繁");
		int pageStatus = 200;
		for (int i = 0; i < 20 && pageStatus == 200; i++) {
			pageStatus = this.mvc.perform(search("/search", new String[] { "q", "限流" }))
				.andReturn()
				.getResponse()
				.getStatus();
		}
		assertThat(pageStatus).as("the page shares the bucket").isEqualTo(429);
	}

	@Test
	void theSearchPageWorksWithoutLoginAndTheHeaderOffersTheSearchBox() throws Exception {
		String empty = this.mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(empty).contains("role=\"search\"", "name=\"q\"", "全部机构", "通知公告").doesNotContain("共找到");
		String home = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(home).contains("action=\"/search\"", "id=\"header-q\"");
		String docs = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(docs).contains("/api/v1/publications", "/api/v1/admin/search/reindex");
	}

	// fixtures

	private String api(String... parameters) throws Exception {
		return this.mvc.perform(search("/api/v1/publications", parameters))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(String... parameters) throws Exception {
		return this.mvc.perform(search("/search", parameters))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpServletRequestBuilder search(String path, String... parameters) {
		MockHttpServletRequestBuilder request = get(path).with((r) -> {
			r.setRemoteAddr(this.client);
			return r;
		});
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return request;
	}

	private static List<Long> ids(String json) {
		List<Number> ids = JsonPath.read(json, "$.items[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	private long publish(Agency agency, String title, String body, String genre, long column) throws Exception {
		long id = draft(agency, title, body, genre, column);
		review(agency, id);
		return id;
	}

	private void review(Agency agency, long id) throws Exception {
		perform(agency.clerk, post("/admin/publications/" + id + "/submit"));
		perform(agency.reviewer, post("/admin/publications/" + id + "/content-review").param("approve", "true"));
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"));
	}

	private long draft(Agency agency, String title, String body, String genre, long column) throws Exception {
		return draft(agency, title, body, genre, column, "");
	}

	private long draft(Agency agency, String title, String body, String genre, long column, String summary)
			throws Exception {
		String location = this.mvc
			.perform(post("/admin/publications/new").session(agency.clerk)
				.with(csrf())
				.param("agencyId", "" + agency.id)
				.param("title", title)
				.param("summary", summary)
				.param("body", body)
				.param("madeOn", today().toString())
				.param("genre", genre)
				.param("validity", "VALID")
				.param("columnId", "" + column))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private void perform(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
		this.mvc.perform(request.session(session).with(csrf())).andExpect(status().is3xxRedirection());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Agency agency(String name) throws Exception {
		AgencyData data = AgencyFixtures.county(name + System.nanoTime());
		long id = this.agencies.create(data);
		List<ColumnNode> columns = this.catalog.publicTree(id);
		long news = columns.stream().filter((c) -> "news".equals(c.code())).findFirst().orElseThrow().id();
		long other = columns.stream()
			.filter((c) -> c.id() != news && c.parentId() != null)
			.findFirst()
			.orElseThrow()
			.id();
		return new Agency(id, data.creditCode(), news, other,
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.REVIEWER, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CONFIDENTIALITY_REVIEWER, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.LEADER, id)));
	}

	record Agency(long id, String creditCode, long news, long other, MockHttpSession clerk, MockHttpSession reviewer,
			MockHttpSession confidentiality, MockHttpSession leader) {

	}

}
