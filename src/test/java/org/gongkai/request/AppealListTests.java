package org.gongkai.request;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.GongkaiTest;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.request.CaseFixtures.Office;
import org.gongkai.request.appeals.RequestAppeals;
import org.gongkai.request.casework.DisclosureRequests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.BackOfficeLists.page;
import static org.gongkai.BackOfficeLists.rows;
import static org.gongkai.BackOfficeLists.survivesHostileParameters;

/**
 * The list of reconsiderations and lawsuits pages in the database, filters by kind,
 * result and filing day, searches tracking numbers and bodies, keeps another agency's
 * appeals out even when asked for, and survives hostile parameters.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppealListTests {

	private static final int APPEALS = 45;

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestManagement requests;

	@Autowired
	RequestAppeals appeals;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Clock clock;

	Office office;

	Office other;

	String trackingNo;

	LocalDate today;

	@BeforeAll
	void fortyFiveAppeals() throws Exception {
		this.today = LocalDate.now(this.clock);
		this.office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		this.other = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long first = CaseFixtures.walkIn(this.requests, this.cases, this.office.agency(), CaseFixtures.idNumber(),
				this.today.minusDays(60));
		long second = CaseFixtures.walkIn(this.requests, this.cases, this.office.agency(), CaseFixtures.idNumber(),
				this.today.minusDays(60));
		this.trackingNo = this.cases.findById(second).orElseThrow().trackingNo();
		for (int i = 1; i <= APPEALS; i++) {
			int n = i;
			long caseId = (i == 7) ? second : first;
			AppealKind kind = (i % 3 == 0) ? AppealKind.LAWSUIT : AppealKind.RECONSIDERATION;
			LocalDate filed = this.today.minusDays(i % 30);
			CaseFixtures.as("appeal-clerk", Role.CLERK, this.office.agency(),
					() -> this.appeals.record(caseId, kind, null, filed, "复议机关" + n + "号", (n % 5 == 0) ? filed : null,
							(n % 5 == 0) ? AppealResult.UPHELD : AppealResult.PENDING));
		}
		long theirs = CaseFixtures.walkIn(this.requests, this.cases, this.other.agency(), CaseFixtures.idNumber(),
				this.today.minusDays(10));
		CaseFixtures.as("appeal-clerk", Role.CLERK, this.other.agency(), () -> this.appeals.record(theirs,
				AppealKind.RECONSIDERATION, null, this.today, "邻县复议机关", null, AppealResult.PENDING));
	}

	@Test
	void theListPagesInTheDatabaseAndItsLinksKeepTheFilters() throws Exception {
		String first = list("/admin/requests/appeals");
		assertThat(first).contains("共 45 条", "第 1 页，共 3 页");
		assertThat(rows(first)).isEqualTo(20);
		String last = list("/admin/requests/appeals?page=2");
		assertThat(last).contains("第 3 页，共 3 页");
		assertThat(rows(last)).isEqualTo(5);
		assertThat(list("/admin/requests/appeals?page=99999999999")).contains("第 3 页，共 3 页");
		assertThat(list("/admin/requests/appeals?kind=RECONSIDERATION&size=10"))
			.contains("kind=RECONSIDERATION&amp;size=10&amp;page=1");
	}

	@Test
	void kindResultAndDayNarrowTheList() throws Exception {
		assertThat(list("/admin/requests/appeals?kind=LAWSUIT")).contains("共 15 条");
		assertThat(list("/admin/requests/appeals?result=UPHELD")).contains("共 9 条");
		// filed today: i % 30 == 0, i = 30
		assertThat(list("/admin/requests/appeals?from=" + this.today + "&to=" + this.today)).contains("共 1 条");
	}

	@Test
	void theSearchFindsTrackingNumbersAndBodiesLiterally() throws Exception {
		assertThat(list("/admin/requests/appeals?q=" + this.trackingNo)).contains("共 1 条", "复议机关7号");
		assertThat(list("/admin/requests/appeals?q=复议机关45号")).contains("共 1 条");
		assertThat(list("/admin/requests/appeals?q=%25")).contains("共 0 条");
	}

	@Test
	void anotherAgencysAppealsStayOutEvenWhenAskedFor() throws Exception {
		assertThat(list("/admin/requests/appeals")).doesNotContain("邻县复议机关");
		String asked = list("/admin/requests/appeals?agency=" + this.other.agency());
		assertThat(asked).contains("共 0 条").doesNotContain("邻县复议机关");
		String theirs = page(this.mvc, this.other.clerk(), "/admin/requests/appeals");
		assertThat(theirs).contains("共 1 条", "邻县复议机关").doesNotContain("复议机关7号");
	}

	@Test
	void hostileParametersGiveTheListNeverAFailure() throws Exception {
		survivesHostileParameters(this.mvc, this.office.clerk(), "/admin/requests/appeals");
	}

	private String list(String url) throws Exception {
		return page(this.mvc, this.office.clerk(), url);
	}

}
