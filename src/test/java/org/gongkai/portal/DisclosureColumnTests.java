package org.gongkai.portal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

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
import org.gongkai.publication.Genre;
import org.gongkai.publication.PublicationDraft;
import org.gongkai.publication.PublicationDrafting;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.publication.PublicationReview;
import org.gongkai.publication.Validity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public disclosure column: the guide, column pages, feeds and the sitemap.
 */
@GongkaiTest
class DisclosureColumnTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	PublicationQueries publications;

	@Autowired
	PublicationDrafting drafting;

	@Autowired
	PublicationReview review;

	@Autowired
	Clock clock;

	@Test
	void theGuideShowsTheOfficesDataTheCatalogueAndTheRemediesAndOmitsAbsentFields() throws Exception {
		AgencyData data = AgencyFixtures.county("指南县" + System.nanoTime());
		long id = this.agencies.create(data);
		String html = html("/agencies/" + data.creditCode() + "/guide");
		assertThat(html).contains("政府信息公开指南", "0771-5210001", "人民路1号", "530700", "office@example.gov.cn", "法定主动公开内容",
				"机构职能", "/agencies/" + data.creditCode() + "/requests/new", "20个工作日", "60日", "6个月");
		assertThat(html).contains("<dt>联系电话</dt>").doesNotContain("<dt>传真</dt>");
		for (ColumnNode column : this.catalog.publicTree(id)) {
			if (column.parentId() == null && column.disclosure()) {
				assertThat(html).contains(column.name());
			}
		}
		String agencyPage = html("/agencies/" + data.creditCode());
		assertThat(agencyPage).contains("/agencies/" + data.creditCode() + "/guide")
			.contains("/agencies/" + data.creditCode() + "/columns/" + column(id, "news"));
	}

	@Test
	void aColumnListsItsPublishedItemsButNotDraftsNewestFirstAndPaginates() throws Exception {
		Fixture f = fixture("栏目县");
		assertThat(html(f.columnUrl())).contains("本栏目暂无公开信息");
		long published = publish(f, "已经发布的通知");
		long draft = draft(f, "仍是草稿的通知");
		String html = html(f.columnUrl());
		assertThat(html)
			.contains("已经发布的通知", "/agencies/" + f.creditCode + "/publications/" + published,
					this.publications.publicItem(published).indexNumber())
			.doesNotContain("仍是草稿的通知")
			.doesNotContain("/publications/" + draft + "\"");
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ids.add(publish(f, "分页通知" + i));
		}
		String first = html(f.columnUrl());
		assertThat(first).contains("分页通知19").doesNotContain("已经发布的通知").contains("page=2");
		String second = html(f.columnUrl() + "?page=2");
		assertThat(second).contains("已经发布的通知").doesNotContain("分页通知19");
		this.mvc.perform(get(f.columnUrl() + "?page=3")).andExpect(status().isNotFound());
	}

	@Test
	void aHiddenColumnAnotherAgencysColumnAndHostilePathsAreNotFoundNeverA500() throws Exception {
		Fixture f = fixture("隐藏县");
		Fixture other = fixture("他县");
		long hidden = column(f.id, "art20-03");
		signIn(f.id, "hider", Role.LEADER);
		try {
			this.catalog.setHidden(hidden, true);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		String base = "/agencies/" + f.creditCode + "/columns/";
		for (String path : List.of(base + hidden, base + hidden + "/feed.atom", base + other.column,
				base + other.column + "/feed.rss", base + "abc", base + "abc/feed.atom", base + "-1",
				base + "99999999999999999999", f.columnUrl() + "?page=-1", f.columnUrl() + "?page=abc",
				f.columnUrl() + "?page=0", f.columnUrl() + "?page=99999999999", "/agencies/XXXXXXXXXXXXXXXXXX/guide",
				"/agencies/XXXXXXXXXXXXXXXXXX/columns/1", "/agencies/XXXXXXXXXXXXXXXXXX/columns/1/feed.atom")) {
			int status = this.mvc.perform(get(path)).andReturn().getResponse().getStatus();
			assertThat(status).as(path).isBetween(400, 499);
		}
		this.mvc.perform(get(base + hidden)).andExpect(status().isNotFound());
	}

	@Test
	void feedsAreWellFormedWithAbsoluteLinksAndEscapeTitles() throws Exception {
		Fixture f = fixture("订阅县");
		String title = "通知<script>alert(1)</script>&更多";
		long id = publish(f, title);
		String itemUrl = "http://localhost/agencies/" + f.creditCode + "/publications/" + id;
		var atom = this.mvc.perform(get(f.columnUrl() + "/feed.atom"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(atom.getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
		Document atomXml = parse(atom.getContentAsByteArray());
		assertThat(atomXml.getDocumentElement().getLocalName()).isEqualTo("feed");
		assertThat(atomXml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		assertThat(text(atomXml, "entry", "title")).containsExactly(title);
		assertThat(text(atomXml, "entry", "id")).containsExactly(itemUrl);
		LocalDate today = LocalDate.now(this.clock);
		assertThat(text(atomXml, "entry", "updated")).containsExactly(today + "T00:00:00+08:00");
		assertThat(atom.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("<script>");

		var rss = this.mvc.perform(get(f.columnUrl() + "/feed.rss"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(rss.getContentType()).startsWith("application/rss+xml");
		Document rssXml = parse(rss.getContentAsByteArray());
		assertThat(rssXml.getDocumentElement().getTagName()).isEqualTo("rss");
		assertThat(text(rssXml, "item", "title")).containsExactly(title);
		assertThat(text(rssXml, "item", "link")).containsExactly(itemUrl);
		assertThat(rss.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("<script>");

		String page = html(f.columnUrl());
		assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;");
	}

	@Test
	void theSitemapListsHomeAgencyGuideColumnsAndPublishedItems() throws Exception {
		Fixture f = fixture("地图县");
		long id = publish(f, "地图里的通知");
		long draft = draft(f, "地图外的草稿");
		var response = this.mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("application/xml");
		Document xml = parse(response.getContentAsByteArray());
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		List<String> locations = text(xml, "url", "loc");
		String agency = "http://localhost/agencies/" + f.creditCode;
		assertThat(locations)
			.contains("http://localhost/", agency, agency + "/guide", "http://localhost" + f.columnUrl(),
					agency + "/publications/" + id, agency + "/mailbox", agency + "/annual-reports")
			.doesNotContain(agency + "/publications/" + draft);
	}

	private String html(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static Document parse(byte[] bytes) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}

	/** The text of every {@code child} directly inside a {@code parent} element. */
	private static List<String> text(Document xml, String parent, String child) {
		List<String> out = new ArrayList<>();
		NodeList parents = xml.getElementsByTagNameNS("*", parent);
		for (int i = 0; i < parents.getLength(); i++) {
			NodeList children = parents.item(i).getChildNodes();
			for (int j = 0; j < children.getLength(); j++) {
				if (child.equals(children.item(j).getLocalName())) {
					out.add(children.item(j).getTextContent());
				}
			}
		}
		return out;
	}

	private long column(long agencyId, String code) {
		return this.catalog.publicTree(agencyId)
			.stream()
			.filter((c) -> code.equals(c.code()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private Fixture fixture(String name) {
		AgencyData data = AgencyFixtures.county(name + System.nanoTime());
		long id = this.agencies.create(data);
		return new Fixture(id, data.creditCode(), column(id, "news"));
	}

	private long draft(Fixture f, String title) {
		signIn(f.id, "clerk", Role.CLERK);
		try {
			return this.drafting.draft(f.id, new PublicationDraft(f.column, title, null, "正文", null,
					LocalDate.now(this.clock), Genre.NOTICE, Validity.VALID));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private long publish(Fixture f, String title) {
		long id = draft(f, title);
		try {
			signIn(f.id, "clerk", Role.CLERK);
			this.drafting.submit(id);
			signIn(f.id, "reviewer", Role.REVIEWER);
			this.review.contentReview(id, true, null);
			signIn(f.id, "confidentiality", Role.CONFIDENTIALITY_REVIEWER);
			this.review.confidentialityReview(id, true, null);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return id;
	}

	private static void signIn(long agencyId, String name, Role role) {
		StaffPrincipal me = new StaffPrincipal(0, "test-" + name, "test-" + name, List.of(new Grant(role, agencyId)),
				false);
		SecurityContextHolder.getContext().setAuthentication(StaffAuthentications.of(me));
	}

	record Fixture(long id, String creditCode, long column) {

		String columnUrl() {
			return "/agencies/" + this.creditCode + "/columns/" + this.column;
		}

	}

}
