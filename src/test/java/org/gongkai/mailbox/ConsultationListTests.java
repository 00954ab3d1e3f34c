package org.gongkai.mailbox;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.mailbox.consultation.PolicyConsultations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.BackOfficeLists.page;
import static org.gongkai.BackOfficeLists.rows;
import static org.gongkai.BackOfficeLists.survivesHostileParameters;

/**
 * The back office's consultations page in the database, filter by stage and opening day,
 * search titles, keep another agency's consultations out even when asked for, and survive
 * hostile parameters.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsultationListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PolicyConsultations consultations;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Clock clock;

	LocalDate today;

	MockHttpSession clerk;

	MockHttpSession otherClerk;

	long other;

	@BeforeAll
	void thirtyConsultations() throws Exception {
		this.today = LocalDate.now(this.clock);
		long agency = this.agencies.create(AgencyFixtures.county("征集县" + System.nanoTime()));
		this.other = this.agencies.create(AgencyFixtures.county("征集邻县" + System.nanoTime()));
		// 10 over (opened 40..31 days ago), 10 open (opened 9..0 days ago), 10 upcoming
		for (int i = 0; i < 30; i++) {
			int n = i;
			LocalDate opens = (i < 10) ? this.today.minusDays(40 - i)
					: ((i < 20) ? this.today.minusDays(i - 10) : this.today.plusDays(i - 19));
			LocalDate closes = (i < 10) ? opens.plusDays(20) : opens.plusDays(30);
			MailboxFixtures.signIn("consultation-clerk", Role.CLERK, agency);
			this.consultations.create(agency, "关于办法的征求意见稿第" + n + "号", "草案正文。", opens, closes);
		}
		MailboxFixtures.signIn("consultation-clerk", Role.CLERK, this.other);
		this.consultations.create(this.other, "邻县的征求意见稿", "草案正文。", this.today, this.today.plusDays(30));
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
		this.clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
		this.otherClerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, this.other));
	}

	@Test
	void theListPagesAndItsLinksKeepTheFilters() throws Exception {
		String first = list("/admin/mailbox/consultations");
		assertThat(first).contains("共 30 条", "第 1 页，共 2 页");
		assertThat(rows(first)).isEqualTo(20);
		assertThat(rows(list("/admin/mailbox/consultations?page=1"))).isEqualTo(10);
		assertThat(list("/admin/mailbox/consultations?stage=OPEN&size=5")).contains("stage=OPEN&amp;size=5&amp;page=1");
	}

	@Test
	void stageDayAndTitleNarrowTheList() throws Exception {
		assertThat(list("/admin/mailbox/consultations?stage=OPEN")).contains("共 10 条");
		assertThat(list("/admin/mailbox/consultations?stage=UPCOMING")).contains("共 10 条");
		assertThat(list("/admin/mailbox/consultations?stage=CLOSED")).contains("共 10 条");
		assertThat(list("/admin/mailbox/consultations?stage=SUMMARY_MISSING")).contains("共 10 条");
		assertThat(list("/admin/mailbox/consultations?from=" + this.today + "&to=" + this.today)).contains("共 1 条");
		assertThat(list("/admin/mailbox/consultations?q=第29号")).contains("共 1 条", "征求意见稿第29号");
		assertThat(list("/admin/mailbox/consultations?q=_")).contains("共 0 条");
	}

	@Test
	void anotherAgencysConsultationsStayOutEvenWhenAskedFor() throws Exception {
		assertThat(list("/admin/mailbox/consultations")).doesNotContain("邻县的征求意见稿");
		assertThat(list("/admin/mailbox/consultations?agency=" + this.other)).contains("共 0 条")
			.doesNotContain("邻县的征求意见稿");
		assertThat(page(this.mvc, this.otherClerk, "/admin/mailbox/consultations")).contains("共 1 条", "邻县的征求意见稿");
	}

	@Test
	void hostileParametersGiveTheListNeverAFailure() throws Exception {
		survivesHostileParameters(this.mvc, this.clerk, "/admin/mailbox/consultations");
	}

	private String list(String url) throws Exception {
		return page(this.mvc, this.clerk, url);
	}

}
