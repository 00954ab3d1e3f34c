package org.gongkai.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.gongkai.GongkaiTest;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.account.StaffAuthentications;
import org.gongkai.Staff;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.catalog.CatalogManagement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back office's publication list with 2,000 items: it pages in the database (page 10
 * and the last page are reachable), filters by state, column and date, searches titles
 * and document numbers, never shows another agency's items, and answers hostile paging
 * and filter parameters with a page, never a 500.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationListScaleTests {

	private static final int ITEMS = 2000;

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicationDrafting drafting;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	Clock clock;

	long agency;

	long other;

	long column;

	String marker;

	MockHttpSession clerk;

	MockHttpSession otherClerk;

	@BeforeAll
	void twoThousandItems() throws Exception {
		this.marker = "规模" + System.nanoTime() % 1000000;
		this.agency = this.agencies.create(AgencyFixtures.county("列表县" + this.marker));
		this.other = this.agencies.create(AgencyFixtures.county("列表邻县" + this.marker));
		this.column = this.catalog.publicTree(this.agency).get(0).id();
		LocalDate today = LocalDate.now(this.clock);
		as(Role.CLERK, this.agency, () -> {
			for (int i = 1; i <= ITEMS; i++) {
				long id = this.drafting.draft(this.agency,
						new PublicationDraft(this.column, this.marker + " 第" + i + "号通知", null, "正文。",
								(i == 1234) ? "列文〔2026〕1234号" : null, today.minusDays(i % 40), Genre.NOTICE,
								Validity.VALID));
				if (i % 100 == 0) {
					this.drafting.submit(id);
				}
			}
			return null;
		});
		long otherColumn = this.catalog.publicTree(this.other).get(0).id();
		as(Role.CLERK, this.other, () -> this.drafting.draft(this.other, new PublicationDraft(otherColumn,
				this.marker + " 邻县的通知", null, "正文。", null, today, Genre.NOTICE, Validity.VALID)));
		this.clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, this.agency));
		this.otherClerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, this.other));
	}

	@Test
	void pageTenOfTwoThousandAndTheLastPageAreReachable() throws Exception {
		String first = page("/admin/publications");
		assertThat(first).contains("共 2000 条", "第 1 页，共 100 页").contains(this.marker + " 第2000号通知");
		assertThat(rows(first)).isEqualTo(20);
		String tenth = page("/admin/publications?page=9");
		assertThat(tenth).contains("第 10 页，共 100 页", this.marker + " 第1820号通知")
			.doesNotContain(this.marker + " 第2000号通知");
		assertThat(rows(tenth)).isEqualTo(20);
		String last = page("/admin/publications?page=99&size=20");
		assertThat(last).contains("第 100 页，共 100 页", this.marker + " 第1号通知");
		String bigPages = page("/admin/publications?size=100&page=9");
		assertThat(bigPages).contains("第 10 页，共 20 页");
		assertThat(rows(bigPages)).isEqualTo(100);
		// the page links keep the filters
		assertThat(page("/admin/publications?status=DRAFT&q=" + this.marker)).contains("status=DRAFT&amp;q=");
	}

	@Test
	void filtersAndSearchNarrowTheList() throws Exception {
		String inReview = page("/admin/publications?status=IN_CONTENT_REVIEW");
		assertThat(inReview).contains("共 20 条").contains(this.marker + " 第2000号通知");
		assertThat(rows(inReview)).isEqualTo(20);
		String drafts = page("/admin/publications?status=DRAFT");
		assertThat(drafts).contains("共 1980 条");
		String one = page("/admin/publications?q=" + this.marker + " 第1999号");
		assertThat(one).contains("共 1 条", this.marker + " 第1999号通知");
		String byNumber = page("/admin/publications?q=列文〔2026〕1234号");
		assertThat(byNumber).contains("共 1 条", this.marker + " 第1234号通知");
		LocalDate today = LocalDate.now(this.clock);
		String byDate = page("/admin/publications?from=" + today + "&to=" + today);
		// made today: i % 40 == 0
		assertThat(byDate).contains("共 50 条");
		String byColumn = page("/admin/publications?column=" + this.column);
		assertThat(byColumn).contains("共 2000 条");
		// a search for percent signs and underscores is literal
		assertThat(page("/admin/publications?q=%25")).contains("共 0 条");
		assertThat(page("/admin/publications?q=_")).contains("共 0 条");
	}

	@Test
	void anotherAgencysItemsStayOutEvenWhenAskedFor() throws Exception {
		String theirs = this.mvc.perform(get("/admin/publications?agency=" + this.agency).session(this.otherClerk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(theirs).doesNotContain(this.marker + " 第").contains(this.marker + " 邻县的通知");
		String search = this.mvc.perform(get("/admin/publications?q=" + this.marker).session(this.otherClerk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(search).contains("共 1 条");
	}

	@Test
	void hostilePagingAndFilterParametersAreClampedNeverAFailure() throws Exception {
		for (String query : List.of("page=-1", "page=abc", "page=99999999999999999999999", "page=2147483648", "size=0",
				"size=-5", "size=100000", "size=1e3", "status=%3Cscript%3E", "status=", "from=not-a-date",
				"to=2026-13-45", "agency=-3", "agency=abc", "column=999999999", "q=" + "长".repeat(500), "q=%00%01%1B",
				"q=%3Cscript%3Ealert(1)%3C/script%3E", "page=1&page=2")) {
			String body = this.mvc.perform(get("/admin/publications?" + query).session(this.clerk))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).as(query).doesNotContain("<script>alert(1)");
		}
		assertThat(page("/admin/publications?page=100000")).contains("第 100 页，共 100 页");
		assertThat(rows(page("/admin/publications?size=100000"))).isEqualTo(100);
		assertThat(rows(page("/admin/publications?size=0"))).isEqualTo(1);
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url).session(this.clerk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static int rows(String html) {
		int tbody = html.indexOf("<tbody>");
		if (tbody < 0) {
			return 0;
		}
		String body = html.substring(tbody, html.indexOf("</tbody>", tbody));
		return body.split("<tr", -1).length - 1;
	}

	private static <T> T as(Role role, long agencyId, Supplier<T> work) {
		StaffPrincipal principal = new StaffPrincipal(0, "list-clerk", "list-clerk", List.of(new Grant(role, agencyId)),
				false);
		SecurityContextHolder.getContext().setAuthentication(StaffAuthentications.of(principal));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
