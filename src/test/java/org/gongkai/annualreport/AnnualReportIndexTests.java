package org.gongkai.annualreport;

import org.gongkai.BackOfficeLists;
import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual reports' start page lists the agencies a county office oversees a page at a
 * time, searched by name or credit code, and never another county's.
 */
@GongkaiTest
class AnnualReportIndexTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Test
	void theCountyOfficePagesAndSearchesTheAgenciesBelowIt() throws Exception {
		String tag = "年报索引" + System.nanoTime();
		long county = this.agencies.create(AgencyFixtures.county(tag + "县人民政府"));
		AgencyData lastTown = null;
		for (int i = 1; i <= 34; i++) {
			AgencyData town = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, tag + "第" + i + "镇人民政府");
			this.agencies.create(town);
			lastTown = town;
		}
		AgencyData stranger = AgencyFixtures.county(tag + "邻县人民政府");
		this.agencies.create(stranger);
		MockHttpSession office = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, county));

		String first = BackOfficeLists.page(this.mvc, office, "/admin/annual-reports");
		assertThat(BackOfficeLists.rows(first)).isEqualTo(30);
		assertThat(first).contains("共 35 条", "page=1");
		assertThat(BackOfficeLists.rows(BackOfficeLists.page(this.mvc, office, "/admin/annual-reports?page=1")))
			.isEqualTo(5);

		String byName = BackOfficeLists.page(this.mvc, office, "/admin/annual-reports?q=" + tag + "第34镇");
		assertThat(BackOfficeLists.rows(byName)).isEqualTo(1);
		assertThat(byName).contains(tag + "第34镇人民政府", "value=\"" + tag + "第34镇\"");
		String byCode = BackOfficeLists.page(this.mvc, office,
				"/admin/annual-reports?q=" + lastTown.creditCode().toLowerCase());
		assertThat(byCode).contains(tag + "第34镇人民政府");
		String strangers = BackOfficeLists.page(this.mvc, office, "/admin/annual-reports?q=" + tag + "邻县");
		assertThat(BackOfficeLists.rows(strangers)).isZero();
		assertThat(strangers).contains("没有符合条件的机关");

		BackOfficeLists.survivesHostileParameters(this.mvc, office, "/admin/annual-reports");
		String hostile = BackOfficeLists.page(this.mvc, office,
				"/admin/annual-reports?q=%3Cscript%3Ealert(1)%3C/script%3E" + "x".repeat(5000));
		assertThat(hostile).doesNotContain("<script>alert(1)");
	}

}
