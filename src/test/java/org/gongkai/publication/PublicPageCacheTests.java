package org.gongkai.publication;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.TestClock;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.platform.cache.PageCacheSettings;
import org.gongkai.platform.cache.PageStore;
import org.gongkai.publication.PublishingDesk.Desk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public pages are served from the page cache to readers who are not signed in, and never
 * once anything they show has changed: a withdrawn item is gone at once from every page
 * that showed it, a new item shows in its lists at once; a change that shows on no public
 * page (a draft saved, a sign-in failed, an application received) forgets nothing; staff
 * always get fresh pages of their own; hostile query strings add no pages.
 */
@GongkaiTest
class PublicPageCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PageStore store;

	@Autowired
	PageCacheSettings settings;

	@Autowired
	CatalogManagement catalog;

	PublishingDesk desk;

	@BeforeEach
	void desk() {
		this.desk = new PublishingDesk(this.mvc, this.context);
	}

	@Test
	void aSecondReadComesFromTheCacheWithTheSameBytesAndTheSecurityHeaders() throws Exception {
		Desk agency = this.desk.agency("缓存县");
		long id = published(agency, "关于缓存测试的通知");
		MvcResult first = this.mvc.perform(get(agency.publicUrl(id))).andExpect(status().isOk()).andReturn();
		MvcResult second = this.mvc.perform(get(agency.publicUrl(id))).andExpect(status().isOk()).andReturn();
		assertThat(first.getResponse().getHeader("X-Page-Cache")).isEqualTo("miss");
		assertThat(second.getResponse().getHeader("X-Page-Cache")).isEqualTo("hit");
		assertThat(second.getResponse().getHeader("Content-Security-Policy")).isNotBlank();
		assertThat(second.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(second.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
		assertThat(second.getResponse().getContentType()).startsWith("text/html");
		assertThat(second.getResponse().getContentAsString()).contains("关于缓存测试的通知");
	}

	@Test
	void changesThatShowOnNoPublicPageForgetNothing() throws Exception {
		Desk agency = this.desk.agency("不失效县");
		long id = published(agency, "不应失效的信息");
		List<String> pages = List.of(agency.publicUrl(id), column(agency), "/", "/sitemap.xml",
				"/agencies/" + agency.creditCode(), "/agencies/" + agency.creditCode() + "/guide");
		List<String> kept = warm(pages);

		// a clerk saves a draft in the same column, and sends another to review
		long draft = this.desk.draft(PublishingDesk.draftForm(agency, "草稿", "正文", today(), "NOTICE"));
		this.desk.perform(agency.clerk(), post("/admin/publications/" + draft + "/submit"), 302);
		// a sign-in fails
		this.mvc.perform(post("/login").param("username", "nobody-" + System.nanoTime())
			.param("password", "wrong")
			.with(csrf())
			.with((r) -> {
				r.setRemoteAddr("10.77.0.1");
				return r;
			}));
		// an application arrives
		this.mvc.perform(
				post("/api/v1/agencies/" + agency.creditCode() + "/requests").contentType(MediaType.APPLICATION_JSON)
					.content(
							"""
									{"applicantType":"NATURAL_PERSON","applicantName":"张三","idType":"居民身份证",
									"idNumber":"110101199003077777","phone":"13800138000","email":"zhangsan@example.com","address":"人民路2号",
									"description":"本县2025年财政预算公开文件","formats":["EMAIL"],"delivery":"ONLINE"}""")
					.with((r) -> {
						r.setRemoteAddr("10.77.0.2");
						return r;
					}))
			.andExpect(status().is2xxSuccessful());

		for (String page : kept) {
			this.mvc.perform(get(page)).andExpect(status().isOk()).andExpect(header().string("X-Page-Cache", "hit"));
		}
	}

	@Test
	void aNewItemShowsInItsListsAtOnceAndOtherItemPagesStayCached() throws Exception {
		Desk agency = this.desk.agency("新信息县");
		long first = published(agency, "第一条信息");
		warm(List.of(agency.publicUrl(first), column(agency), "/", "/sitemap.xml", feed(agency, "atom")));

		long second = published(agency, "第二条信息");

		this.mvc.perform(get(agency.publicUrl(first))).andExpect(header().string("X-Page-Cache", "hit"));
		for (String page : List.of(column(agency), "/", feed(agency, "atom"))) {
			MvcResult result = this.mvc.perform(get(page))
				.andExpect(header().string("X-Page-Cache", "miss"))
				.andReturn();
			assertThat(result.getResponse().getContentAsString()).as(page).contains("第二条信息");
		}
		assertThat(read("/sitemap.xml")).contains(agency.publicUrl(second));
	}

	@Test
	void aWithdrawnItemIsGoneAtOnceFromEveryPageThatListedIt() throws Exception {
		Desk agency = this.desk.agency("撤回缓存县");
		long policy = this.desk
			.draft(PublishingDesk.draftForm(agency, "即将撤回的规范性文件", "第一条 即将撤回", today(), "NORMATIVE_DOCUMENT"));
		this.desk.publish(agency, policy);
		String title = "即将撤回的规范性文件";
		String policies = "/agencies/" + agency.creditCode() + "/columns/"
				+ this.catalog.publicTree(agency.id())
					.stream()
					.filter((c) -> "policies".equals(c.code()))
					.findFirst()
					.orElseThrow()
					.id();
		String item = agency.publicUrl(policy);
		List<String> lists = List.of(column(agency), policies, feed(agency, "atom"), feed(agency, "rss"), "/");
		warm(List.of(item, item + "/print", "/sitemap.xml"));
		warm(lists);
		for (String page : lists) {
			assertThat(read(page)).as(page).contains(title);
		}
		assertThat(read("/sitemap.xml")).contains(item);

		this.desk.perform(agency.leader(), post("/admin/publications/" + policy + "/withdraw").param("reason", "内容有误"),
				302);

		this.mvc.perform(get(item)).andExpect(status().isNotFound());
		this.mvc.perform(get(item + "/print")).andExpect(status().isNotFound());
		for (String page : lists) {
			assertThat(read(page)).as(page).doesNotContain(title);
		}
		assertThat(read("/sitemap.xml")).doesNotContain(item);
	}

	@Test
	void signedInStaffAreNeverServedFromTheCacheNorFillIt() throws Exception {
		Desk agency = this.desk.agency("员工缓存县");
		long id = published(agency, "员工页面测试");
		String staffPage = this.mvc.perform(get(agency.publicUrl(id)).session(agency.clerk()))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("X-Page-Cache"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(staffPage).contains("退出登录");
		String publicPage = this.mvc.perform(get(agency.publicUrl(id)))
			.andExpect(header().string("X-Page-Cache", "miss"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(publicPage).doesNotContain("退出登录").doesNotContain("_csrf");
		this.mvc.perform(get(agency.publicUrl(id)).session(agency.clerk()))
			.andExpect(header().doesNotExist("X-Page-Cache"));
	}

	@Test
	void otherQueriesErrorsAndFormsAreNotCached() throws Exception {
		Desk agency = this.desk.agency("不缓存县");
		long id = published(agency, "查询参数测试");
		this.mvc.perform(get(agency.publicUrl(id) + "?x=%3Cscript%3E"))
			.andExpect(header().doesNotExist("X-Page-Cache"));
		this.mvc.perform(get("/agencies/" + agency.creditCode() + "/publications/999999999"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/agencies/" + agency.creditCode() + "/publications/999999999"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("X-Page-Cache", "miss"));
		this.mvc.perform(get("/agencies/" + agency.creditCode() + "/requests/new"))
			.andExpect(header().doesNotExist("X-Page-Cache"));
	}

	@Test
	void hostileQueryStringsAddNoPagesAndTheBudgetHolds() throws Exception {
		Desk agency = this.desk.agency("恶意查询县");
		published(agency, "页码测试");
		String column = column(agency);
		read(column);
		int before = this.store.size();
		this.mvc.perform(get(column + "?page=1")).andExpect(header().string("X-Page-Cache", "miss"));
		// the same page however many leading zeros: one key
		for (String page : List.of("01", "001", "0001", "00001", "000001", "1")) {
			this.mvc.perform(get(column + "?page=" + page)).andExpect(header().string("X-Page-Cache", "hit"));
		}
		// pages past the last are not found, and not kept
		for (int page = 2; page < 300; page += 7) {
			this.mvc.perform(get(column + "?page=" + page)).andExpect(status().isNotFound());
		}
		// anything else is not cached at all
		for (String query : List.of("page=1&x=1", "page=9999999", "page=-1", "x=" + "a".repeat(2000))) {
			this.mvc.perform(get(column + "?" + query)).andExpect(header().doesNotExist("X-Page-Cache"));
		}
		assertThat(this.store.size()).isLessThanOrEqualTo(before + 1);
		assertThat(this.store.bytes()).isLessThanOrEqualTo(this.settings.maxBytes().toBytes());
		assertThat(this.settings.maxBytes().toMegabytes()).isEqualTo(64);
	}

	/**
	 * Reads the pages once, then checks that each is served from the cache. A page larger
	 * than the per-page limit is never kept: the sitemap of the shared test database,
	 * which lists every public item all tests made, can be (PublicationListScaleTests
	 * alone publishes 2,000), depending on which tests ran before.
	 */
	private List<String> warm(List<String> pages) throws Exception {
		List<String> keepable = new ArrayList<>();
		for (String page : pages) {
			if (read(page).getBytes(StandardCharsets.UTF_8).length <= this.settings.maxEntryBytes()) {
				keepable.add(page);
			}
		}
		for (String page : keepable) {
			this.mvc.perform(get(page)).andExpect(header().string("X-Page-Cache", "hit"));
		}
		return keepable;
	}

	private String read(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String column(Desk agency) {
		return "/agencies/" + agency.creditCode() + "/columns/" + agency.column();
	}

	private static String feed(Desk agency, String kind) {
		return column(agency) + "/feed." + kind;
	}

	private static String today() {
		return TestClock.INSTANCE.today().minusDays(14).toString();
	}

	private long published(Desk agency, String title) throws Exception {
		long id = this.desk.draft(PublishingDesk.draftForm(agency, title, "正文：" + title, today(), "NOTICE"));
		this.desk.publish(agency, id);
		return id;
	}

}
