package org.gongkai.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffAuthentications;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.catalog.ColumnNode;
import org.gongkai.catalog.ColumnSection;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.publication.Genre;
import org.gongkai.publication.PublicationDraft;
import org.gongkai.publication.PublicationDrafting;
import org.gongkai.publication.PublicationReview;
import org.gongkai.publication.Validity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jakarta.servlet.http.Cookie;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public site of issue 12: the disclosure column's fixed first level and the news
 * section, the list of rules and normative documents with their validity, the item's
 * metadata box and breadcrumb, the home page's services, the footer's identity and the
 * display-mode switch (a cookie, no script; only local return addresses).
 */
@GongkaiTest
class PortalShapeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	PublicationDrafting drafting;

	@Autowired
	PublicationReview review;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void everyAgencyHasTheSameFourFirstLevelColumnsAndNewsLivesInTheSiteSection() throws Exception {
		AgencyData data = AgencyFixtures.county("专栏县" + System.nanoTime());
		long county = this.agencies.create(data);
		long township = this.agencies
			.create(AgencyFixtures.under(county, org.gongkai.agency.AgencyLevel.TOWNSHIP, "专栏镇" + System.nanoTime()));
		for (long agency : List.of(county, township)) {
			assertThat(this.catalog.publicTree(agency)
				.stream()
				.filter((c) -> c.depth() == 0 && c.disclosure())
				.map(ColumnNode::name)).containsExactly("政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报");
		}
		assertThat(this.catalog.publicTree(county).stream().filter((c) -> !c.disclosure()).map(ColumnNode::code))
			.containsExactly("news", "notices");
		as(county, Role.CLERK);
		for (String code : ColumnNode.FIRST_LEVEL) {
			long id = column(county, code).id();
			assertThatThrownBy(() -> this.catalog.rename(id, "别的名字")).isInstanceOf(RuleViolationException.class);
			assertThatThrownBy(() -> this.catalog.setHidden(id, true)).isInstanceOf(RuleViolationException.class);
			assertThatThrownBy(() -> this.catalog.move(id, 1)).isInstanceOf(RuleViolationException.class);
		}
		long own = this.catalog.add(county, null, "乡村振兴专题", org.gongkai.catalog.ColumnKind.NEWS);
		assertThat(this.catalog.publicTree(county)).filteredOn((c) -> c.id() == own)
			.singleElement()
			.extracting(ColumnNode::section)
			.isEqualTo(ColumnSection.SITE);
		SecurityContextHolder.clearContext();

		long newsItem = publish(county, "news", "专栏县召开政务公开推进会", null, Genre.NEWS, Validity.VALID);
		String agencyPage = html("/agencies/" + data.creditCode());
		assertThat(agencyPage).contains("id=\"disclosure\"", "新闻动态", "乡村振兴专题");
		String news = html("/agencies/" + data.creditCode() + "/news");
		assertThat(news).contains("工作动态", "专栏县召开政务公开推进会", "乡村振兴专题");
		String item = html("/agencies/" + data.creditCode() + "/publications/" + newsItem);
		assertThat(item.replaceAll("(?s).*(<nav[^>]*class=\"breadcrumb\".*?</nav>).*", "$1")).contains("新闻动态", "工作动态")
			.doesNotContain("政府信息公开<");
		assertThat(html("/agencies/" + data.creditCode() + "/guide")).doesNotContain("工作动态");
	}

	@Test
	void rulesAndNormativeDocumentsAreListedTogetherWithTheirValidityInForceFirst() throws Exception {
		AgencyData data = AgencyFixtures.county("规范县" + System.nanoTime());
		long county = this.agencies.create(data);
		publish(county, "art20-02", "规范县已废止的旧办法", "规政〔2020〕1号", Genre.NORMATIVE_DOCUMENT, Validity.EXPIRED);
		long valid = publish(county, "art20-15", "规范县现行管理办法", "规政〔2026〕2号", Genre.REGULATION, Validity.VALID);
		publish(county, "art20-02", "规范县普通通知", null, Genre.NOTICE, Validity.VALID);
		String page = html("/agencies/" + data.creditCode() + "/columns/" + column(county, "policies").id());
		assertThat(page).contains("规范县现行管理办法", "规政〔2026〕2号", "规范县已废止的旧办法", "失效", "有效").doesNotContain("规范县普通通知");
		assertThat(page.indexOf("规范县现行管理办法")).isLessThan(page.indexOf("规范县已废止的旧办法"));
		String item = html("/agencies/" + data.creditCode() + "/publications/" + valid);
		String box = item.replaceAll("(?s).*(<dl class=\"meta-box\">.*?</dl>).*", "$1");
		assertThat(box).contains("索引号", "主题分类", "发布机构", "成文日期", "文号", "规政〔2026〕2号", "发布日期", "有效性", "有效");
		assertThat(item.replaceAll("(?s).*(<nav[^>]*class=\"breadcrumb\".*?</nav>).*", "$1")).contains("政府信息公开",
				"法定主动公开内容", "其他法定主动公开信息");
	}

	@Test
	void theHomePageOffersTheServicesAndTheFooterCarriesTheSitesIdentity() throws Exception {
		String home = html("/");
		assertThat(home).contains("/services/apply", "/requests/track", "/services/mailbox", "/services/guide",
				"/services/reports", "最新公开", "role=\"search\"");
		assertThat(home).contains("主办单位", "测试县人民政府办公室", "网站标识码", "4500000001", "https://beian.miit.gov.cn/",
				"桂ICP备00000001号", "https://beian.mps.gov.cn/#/query/webSearch?code=45000002000001", "0771-0000000");
		AgencyData data = AgencyFixtures.county("服务县" + System.nanoTime());
		this.agencies.create(data);
		assertThat(html("/services/apply")).contains("/agencies/" + data.creditCode() + "/requests/new");
		assertThat(html("/services/reports")).contains("/agencies/" + data.creditCode() + "/annual-reports");
		this.mvc.perform(get("/services/<script>")).andExpect(status().isNotFound());
		this.mvc.perform(get("/services/other")).andExpect(status().isNotFound());
	}

	@Test
	void theDisplaySwitchSetsACookieReturnsToALocalPageAndMarksEveryPage() throws Exception {
		MvcResult on = this.mvc.perform(get("/display").param("mode", "elder").param("back", "/services/guide?x=1"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(on.getResponse().getRedirectedUrl()).isEqualTo("/services/guide?x=1");
		Cookie cookie = on.getResponse().getCookie("gongkai-display");
		assertThat(cookie.getValue()).isEqualTo("elder");
		assertThat(cookie.getMaxAge()).isGreaterThan(300 * 24 * 3600);
		assertThat(cookie.isHttpOnly()).isTrue();
		String elder = this.mvc.perform(get("/").cookie(cookie))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(elder).contains("<html lang=\"zh-CN\" class=\"elder\">", "标准模式",
				"/display?mode=standard&amp;back=%2F");
		// the page cache keeps each mode's page apart
		MvcResult cached = this.mvc.perform(get("/").cookie(cookie)).andReturn();
		assertThat(cached.getResponse().getHeader("X-Page-Cache")).isEqualTo("hit");
		assertThat(cached.getResponse().getContentAsString()).contains("class=\"elder\"");
		assertThat(html("/")).doesNotContain("class=\"elder\"").contains("长者模式", "/display?mode=elder&amp;back=%2F");
		// the form posts to the same place, with its CSRF token
		MvcResult off = this.mvc
			.perform(post("/display").cookie(cookie)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("mode", "standard")
				.param("back", "/"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(off.getResponse().getCookie("gongkai-display").getMaxAge()).isZero();
		for (String hostile : List.of("//evil.example/", "https://evil.example/", "/\\evil.example",
				"javascript:alert(1)", "/a\r\nSet-Cookie: x=1", "/{x}")) {
			assertThat(this.mvc.perform(get("/display").param("mode", "elder").param("back", hostile))
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getResponse()
				.getRedirectedUrl()).isEqualTo("/");
		}
		String bad = this.mvc.perform(get("/display").param("mode", "<script>alert(1)</script>"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(bad).doesNotContain("<script>alert");
		this.mvc.perform(post("/display").param("mode", "elder")).andExpect(status().isForbidden());
	}

	private ColumnNode column(long agency, String code) {
		return this.catalog.publicTree(agency).stream().filter((c) -> code.equals(c.code())).findFirst().orElseThrow();
	}

	private long publish(long agency, String column, String title, String number, Genre genre, Validity validity) {
		try {
			as(agency, Role.CLERK);
			long id = this.drafting.draft(agency, new PublicationDraft(column(agency, column).id(), title, null, "正文。",
					number, LocalDate.now(this.clock).minusDays(2), genre, validity));
			this.drafting.submit(id);
			as(agency, Role.REVIEWER);
			this.review.contentReview(id, true, null);
			as(agency, Role.CONFIDENTIALITY_REVIEWER);
			this.review.confidentialityReview(id, true, null);
			return id;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void as(long agency, Role role) {
		StaffPrincipal me = new StaffPrincipal(0, "shape-" + role, "shape-" + role, List.of(new Grant(role, agency)),
				false);
		SecurityContextHolder.getContext().setAuthentication(StaffAuthentications.of(me));
	}

	private String html(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
