package org.gongkai.catalog;

import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The disclosure catalogue: made from the standard template on registration (art. 20 for
 * all, art. 21 for townships), adapted by the agency's own staff only, shown to the
 * public without hidden columns.
 */
@GongkaiTest
class CatalogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachCatalogueTheShapeMigrationMovedGetsOneAuditEntryByTheSystem() {
		long county = this.agencies.create(AgencyFixtures.county("迁移县" + System.nanoTime()));
		this.jdbc.sql("insert into cat_shape_migrated (agency_id, site_columns, migrated_at) values (?, 3, ?)")
			.params(county, java.sql.Timestamp.valueOf("2026-12-06 09:00:00"))
			.update();

		assertThat(this.catalog.auditShapeMigrations()).isEqualTo(1);
		assertThat(this.catalog.auditShapeMigrations()).isZero();

		var entries = this.audit
			.find(new AuditQuery(null, "catalog.reshaped", "Catalogue", String.valueOf(county), null, null), 0, 5)
			.getContent();
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.actor()).isEqualTo("system");
			assertThat(entry.agencyId()).isEqualTo(county);
			assertThat(entry.after()).contains("61号", "site columns=3");
		});
	}

	@Test
	void aRegisteredAgencyGetsTheStandardCatalogueOfItsLevel() {
		long county = this.agencies.create(AgencyFixtures.county("目录县" + System.nanoTime()));
		long township = this.agencies.create(AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "目录镇人民政府"));
		List<ColumnNode> countyColumns = this.catalog.publicTree(county);
		List<ColumnNode> townshipColumns = this.catalog.publicTree(township);
		assertThat(countyColumns).extracting(ColumnNode::code)
			.contains("guide", "art20-01", "art20-15", "gr-budget", "news")
			.doesNotContain("art21-01", "services");
		assertThat(townshipColumns).extracting(ColumnNode::code).contains("art21-01", "art21-08", "services");
		assertThat(townshipColumns).hasSize(countyColumns.size() + 9);
		long department = this.agencies.create(AgencyFixtures.under(county, AgencyLevel.DEPARTMENT, "目录局"));
		assertThat(this.catalog.publicTree(department)).extracting(ColumnNode::code)
			.contains("services")
			.doesNotContain("art21-01");
		ColumnNode statutory = countyColumns.stream()
			.filter((c) -> "statutory".equals(c.code()))
			.findFirst()
			.orElseThrow();
		assertThat(countyColumns).filteredOn((c) -> "art20-07".equals(c.code())).singleElement().satisfies((c) -> {
			assertThat(c.parentId()).isEqualTo(statutory.id());
			assertThat(c.depth()).isEqualTo(1);
			assertThat(c.kind()).isEqualTo(ColumnKind.PLAN);
		});
		assertThat(countyColumns).filteredOn((c) -> "news".equals(c.code()))
			.singleElement()
			.satisfies((c) -> assertThat(c.kind().updateWithin()).isEqualTo(java.time.Period.ofWeeks(2)));
		assertThat(this.audit
			.find(new AuditQuery(null, "catalog.created", "Catalogue", String.valueOf(county), null, null), 0, 5))
			.hasSize(1);
	}

	@Test
	void theAgencysClerkAdaptsTheCatalogueAndThePublicSeesTheResult() throws Exception {
		AgencyData data = AgencyFixtures.county("改目录县" + System.nanoTime());
		long county = this.agencies.create(data);
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, county));
		ColumnNode news = column(county, "news");
		ColumnNode grassroots = column(county, "grassroots");
		this.mvc
			.perform(post("/admin/catalog/columns/" + news.id() + "/rename").session(clerk)
				.with(csrf())
				.param("name", "<b>镇村</b>动态"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/catalog/columns/" + grassroots.id() + "/visibility").session(clerk)
				.with(csrf())
				.param("hidden", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/catalog/" + county + "/columns").session(clerk)
				.with(csrf())
				.param("name", "乡村振兴")
				.param("kind", "NOTICE"))
			.andExpect(status().is3xxRedirection());
		List<ColumnNode> visible = this.catalog.publicTree(county);
		assertThat(visible).extracting(ColumnNode::name).contains("<b>镇村</b>动态", "乡村振兴");
		assertThat(visible).extracting(ColumnNode::code).doesNotContain("grassroots", "gr-budget");
		String page = this.mvc.perform(get("/agencies/" + data.creditCode()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("&lt;b&gt;镇村&lt;/b&gt;动态").contains("乡村振兴").doesNotContain("基层政务公开标准目录");
		assertThat(this.audit.find(new AuditQuery(null, "catalog.column-hidden", "CatalogColumn",
				String.valueOf(grassroots.id()), null, null), 0, 5))
			.hasSize(1);
	}

	@Test
	void columnsMoveAmongTheirSiblings() throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("排序县" + System.nanoTime()));
		MockHttpSession leader = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.LEADER, county));
		ColumnNode rules = column(county, "art20-02");
		List<String> before = this.catalog.publicTree(county).stream().map(ColumnNode::code).toList();
		String previous = before.get(before.indexOf("art20-02") - 1);
		this.mvc
			.perform(post("/admin/catalog/columns/" + rules.id() + "/move").session(leader)
				.with(csrf())
				.param("direction", "-1"))
			.andExpect(status().is3xxRedirection());
		List<String> codes = this.catalog.publicTree(county).stream().map(ColumnNode::code).toList();
		assertThat(codes.indexOf("art20-02")).isEqualTo(codes.indexOf(previous) - 1);
	}

	@Test
	void staffOfAnotherAgencyAndAdministratorsCannotChangeIt() throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("他县" + System.nanoTime()));
		long other = this.agencies.create(AgencyFixtures.county("本县" + System.nanoTime()));
		ColumnNode news = column(county, "news");
		MockHttpSession outsider = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, other));
		this.mvc
			.perform(post("/admin/catalog/columns/" + news.id() + "/rename").session(outsider)
				.with(csrf())
				.param("name", "被改了"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/catalog/" + county).session(outsider)).andExpect(status().isForbidden());
		MockHttpSession admin = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.SYSTEM_ADMIN, null));
		this.mvc
			.perform(post("/admin/catalog/columns/" + news.id() + "/visibility").session(admin)
				.with(csrf())
				.param("hidden", "true"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/catalog/columns/" + news.id() + "/rename").param("name", "x").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(column(county, "news").name()).isEqualTo("工作动态");
		assertThat(column(county, "news").hidden()).isFalse();
	}

	@Test
	void theDisclosureOfficeAdaptsTheCataloguesBelowIt() throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("上级县" + System.nanoTime()));
		long township = this.agencies.create(AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "下级镇人民政府"));
		MockHttpSession office = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, county));
		ColumnNode column = column(township, "art21-08");
		this.mvc
			.perform(post("/admin/catalog/columns/" + column.id() + "/rename").session(office)
				.with(csrf())
				.param("name", "低保、特困、临时救助"))
			.andExpect(status().is3xxRedirection());
		assertThat(column(township, "art21-08").name()).isEqualTo("低保、特困、临时救助");
	}

	@Test
	void badInputIsExplainedAndChangesNothing() throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("坏输入县" + System.nanoTime()));
		long other = this.agencies.create(AgencyFixtures.county("别县" + System.nanoTime()));
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, county));
		int before = this.catalog.publicTree(county).size();
		ColumnNode foreign = column(other, "news");
		ColumnNode leaf = column(county, "art20-01");
		String[][] attempts = { { "", "NOTICE", null }, { "长".repeat(101), "NOTICE", null },
				{ "栏目", "NOTICE", String.valueOf(foreign.id()) } };
		for (String[] attempt : attempts) {
			var request = post("/admin/catalog/" + county + "/columns").session(clerk)
				.with(csrf())
				.param("name", attempt[0])
				.param("kind", attempt[1]);
			if (attempt[2] != null) {
				request.param("parentId", attempt[2]);
			}
			this.mvc.perform(request).andExpect(status().is3xxRedirection());
		}
		this.mvc
			.perform(post("/admin/catalog/" + county + "/columns").session(clerk)
				.with(csrf())
				.param("name", "三级栏目")
				.param("kind", "STATIC")
				.param("parentId", String.valueOf(leaf.id())))
			.andExpect(status().is3xxRedirection());
		long child = column(county, null, "三级栏目").id();
		this.mvc
			.perform(post("/admin/catalog/" + county + "/columns").session(clerk)
				.with(csrf())
				.param("name", "四级栏目")
				.param("kind", "STATIC")
				.param("parentId", String.valueOf(child)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/catalog/" + county + "/columns").session(clerk)
				.with(csrf())
				.param("name", "x")
				.param("kind", "BOGUS"))
			.andExpect(status().is4xxClientError());
		assertThat(this.catalog.publicTree(county)).hasSize(before + 1);
		this.mvc.perform(post("/admin/catalog/columns/999999999/rename").session(clerk).with(csrf()).param("name", "x"))
			.andExpect(status().isNotFound());
	}

	private ColumnNode column(long agency, String code) {
		return this.catalog.publicTree(agency).stream().filter((c) -> code.equals(c.code())).findFirst().orElseThrow();
	}

	private ColumnNode column(long agency, String code, String name) {
		return this.catalog.publicTree(agency)
			.stream()
			.filter((c) -> java.util.Objects.equals(code, c.code()) && name.equals(c.name()))
			.findFirst()
			.orElseThrow();
	}

}
