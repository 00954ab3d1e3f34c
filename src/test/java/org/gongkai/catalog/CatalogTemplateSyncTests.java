package org.gongkai.catalog;

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
 * A column the standard template gained reaches the catalogues made before it, once,
 * under its parent, with an audit entry; a start with the same template does nothing.
 */
@GongkaiTest
class CatalogTemplateSyncTests {

	@Autowired
	CatalogManagement catalog;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aColumnTheTemplateGainedIsAddedOnceUnderItsParent() {
		long county = this.agencies.create(AgencyFixtures.county("补栏目县" + System.nanoTime()));
		long township = this.agencies.create(AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "补栏目镇"));
		// as if the catalogue were made before the template had 政策解读 and 工作动态
		this.jdbc.sql("delete from cat_column where agency_id = ? and code in ('interpretation', 'news')")
			.param(township)
			.update();
		assertThat(codes(township)).doesNotContain("interpretation", "news");
		// nothing to do while the template is the one applied last
		assertThat(this.catalog.addNewStandardColumns()).isZero();

		this.jdbc.sql("update cat_template_applied set digest = 'older' where agency_level = 'TOWNSHIP'").update();
		assertThat(this.catalog.addNewStandardColumns()).isGreaterThanOrEqualTo(2);

		List<ColumnNode> tree = this.catalog.publicTree(township);
		ColumnNode statutory = tree.stream().filter((c) -> "statutory".equals(c.code())).findFirst().orElseThrow();
		assertThat(tree).filteredOn((c) -> "interpretation".equals(c.code()))
			.singleElement()
			.satisfies((c) -> assertThat(c.parentId()).isEqualTo(statutory.id()));
		assertThat(tree).filteredOn((c) -> "news".equals(c.code()))
			.singleElement()
			.satisfies((c) -> assertThat(c.parentId()).isNull());
		assertThat(this.audit
			.find(new AuditQuery(null, "catalog.columns-added", "Catalogue", String.valueOf(township), null, null), 0,
					5)
			.getContent()).singleElement().satisfies((e) -> {
				assertThat(e.actor()).isEqualTo("system");
				assertThat(e.after()).contains("interpretation", "news");
			});
		// the county's catalogue (another level) was not touched, and a second start adds
		// nothing
		assertThat(this.catalog.addNewStandardColumns()).isZero();
		assertThat(codes(township)).filteredOn("news"::equals).hasSize(1);
	}

	private List<String> codes(long agency) {
		return this.catalog.publicTree(agency).stream().map(ColumnNode::code).toList();
	}

}
