package org.gongkai.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Villages and communities get the village catalogue (村务公开, Organic Law art. 30) instead
 * of the government's; villages made before keep their items and are moved once, with one
 * audit entry each.
 */
@GongkaiTest
class VillageCatalogueTests {

	@Autowired
	CatalogManagement catalog;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aNewVillageGetsTheVillageCatalogueAndNoneOfTheGovernments() {
		long county = this.agencies.create(AgencyFixtures.county("村目录县" + System.nanoTime()));
		long township = this.agencies.create(AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "村目录镇"));
		long village = this.agencies.create(AgencyFixtures.under(township, AgencyLevel.VILLAGE, "村目录村民委员会"));

		List<ColumnNode> columns = this.catalog.publicTree(village);
		assertThat(columns).extracting(ColumnNode::name)
			.containsExactly("党务公开", "村务公开", "财务公开", "收支明细", "集体资产", "工程项目", "惠农补贴发放", "低保/救助对象", "村规民约", "村民（代表）会议决议");
		assertThat(columns).extracting(ColumnNode::code).allMatch((code) -> code.startsWith("vl-"));
		assertThat(columns).filteredOn((c) -> c.code().equals("vl-fin-accounts"))
			.singleElement()
			.satisfies((c) -> assertThat(c.depth()).isEqualTo(1));
		assertThat(columns).extracting(ColumnNode::name).doesNotContain("公务员招考", "行政许可", "政府信息公开年报");
		// the township keeps the government's catalogue
		assertThat(this.catalog.publicTree(township)).extracting(ColumnNode::code).contains("statutory", "art21-01");
	}

	@Test
	void aVillageWithTheGovernmentsCatalogueIsMovedOnceWithOneAuditEntryAndItsColumnsKept() {
		long county = this.agencies.create(AgencyFixtures.county("旧村目录县" + System.nanoTime()));
		long township = this.agencies.create(AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "旧村目录镇"));
		long village = this.agencies.create(AgencyFixtures.under(township, AgencyLevel.VILLAGE, "旧村目录村民委员会"));
		// as before villages had their own: the government's template
		for (int depth = 0; depth <= CatalogManagement.MAX_DEPTH; depth++) {
			// leaves first: a column's children refer to it
			this.jdbc.sql("""
					delete from cat_column where agency_id = ?
					and id not in (select parent_id from cat_column where parent_id is not null)""")
				.param(village)
				.update();
		}
		this.catalog.create(village, StandardCatalogue.governmentFor(AgencyLevel.VILLAGE), 0, Instant.now(this.clock));
		int before = this.catalog.publicTree(village).size();
		assertThat(before).isGreaterThan(20);

		assertThat(this.catalog.reshapeVillages()).isEqualTo(1);
		assertThat(this.catalog.reshapeVillages()).isZero();

		List<ColumnNode> shown = this.catalog.publicTree(village);
		assertThat(shown).extracting(ColumnNode::code).allMatch((code) -> code.startsWith("vl-")).hasSize(10);
		// nothing deleted: the government's columns are hidden with whatever they hold
		assertThat(this.jdbc.sql("select count(*) from cat_column where agency_id = ? and hidden = true")
			.param(village)
			.query(Long.class)
			.single()).isEqualTo(before);
		var entries = this.audit
			.find(new AuditQuery(null, "catalog.village-reshaped", "Catalogue", String.valueOf(village), null, null), 0,
					5)
			.getContent();
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.actor()).isEqualTo("system");
			assertThat(entry.agencyId()).isEqualTo(village);
			assertThat(entry.after()).contains("catalogue=village", "items unchanged");
		});
	}

}
