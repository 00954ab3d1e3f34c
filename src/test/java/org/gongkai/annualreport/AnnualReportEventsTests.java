package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.annualreport.ReportDesk.Office;
import org.gongkai.annualreport.rules.Table3;
import org.gongkai.request.AppealKind;
import org.gongkai.request.AppealResult;
import org.gongkai.request.ApplicationForm;
import org.gongkai.request.Channel;
import org.gongkai.request.Receipt;
import org.gongkai.request.RequestManagement;
import org.gongkai.request.rules.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report follows the case workflow as it happens (receipt, a partial disclosure
 * approved by the leader), logs corrections for walk-ins and appeals dated into a
 * published year, and the county disclosure office's roll-up shows who is late or missing
 * and each report's checks.
 */
@GongkaiTest
class AnnualReportEventsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ReportReading reports;

	@Autowired
	ReportWriting writing;

	@Autowired
	ReportPublishing publishing;

	@Autowired
	ReportRollup rollups;

	@Autowired
	RequestManagement requests;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Clock clock;

	ReportDesk desk;

	@BeforeEach
	void desk() {
		this.desk = new ReportDesk(this.mvc, this.context);
	}

	private ReportTables tables(Office office, int year) {
		return ReportDesk.as(office.clerkName(), Role.CLERK, office.id(),
				() -> this.reports.tables(office.creditCode(), year));
	}

	private long walkIn(Office office, String type, LocalDate on) {
		ApplicationForm form = new ApplicationForm(type, "某某有限公司", "统一社会信用代码",
				org.gongkai.agency.AgencyFixtures.randomCreditCode(), "13800138000", null, "人民路1号", "某项目的审批文件",
				List.of("PAPER"), "PICK_UP");
		Receipt receipt = ReportDesk.as(office.clerkName(), Role.CLERK, office.id(),
				() -> this.requests.registerWalkIn(office.id(), form, Channel.WALK_IN, on));
		return ReportDesk.as(office.clerkName(), Role.CLERK, office.id(), () -> this.requests.visibleCases())
			.stream()
			.filter((c) -> c.trackingNo().equals(receipt.trackingNo()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void aPartialDisclosureApprovedByTheLeaderCountsInRowTwoOfTheCurrentYear() throws Exception {
		Office office = this.desk.county("办理县");
		LocalDate today = LocalDate.now(this.clock);
		long id = walkIn(office, "COMMERCIAL", today);
		assertThat(tables(office, today.getYear()).figures().table3().row("1")).containsExactly(0L, 1L, 0L, 0L, 0L, 0L,
				1L);
		assertThat(tables(office, today.getYear()).figures().table3().row("4")).containsExactly(0L, 1L, 0L, 0L, 0L, 0L,
				1L);
		ReportDesk.doing(office.clerkName(), Role.CLERK, office.id(),
				() -> this.requests.decide(id, Outcome.PARTIALLY_DISCLOSED, "部分涉及商业秘密"));
		// awaiting the leader's approval the case is still open
		assertThat(tables(office, today.getYear()).figures().table3().row("3.2")).containsOnly(0L);
		ReportDesk.doing(office.leaderName(), Role.LEADER, office.id(), () -> this.requests.approveDecision(id));
		ReportTables now = tables(office, today.getYear());
		assertThat(now.figures().table3().row("3.2")).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L);
		assertThat(now.figures().table3().row("3.7")).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L);
		assertThat(now.figures().table3().row("4")).containsOnly(0L);
		assertThat(now.checks()).allMatch(Check::ok);
	}

	@Test
	void walkInsAndAppealsDatedIntoAPublishedYearAreLoggedAsCorrections() throws Exception {
		Office office = this.desk.county("更正县");
		LocalDate today = LocalDate.now(this.clock);
		int last = today.getYear() - 1;
		// a walk-in may be registered up to a year back: the last days of last year
		LocalDate lateLastYear = LocalDate.of(last, 12, 31);
		String old = ReportDesk.number("o");
		this.desk.importRows(office, ReportDesk.row(old, "自然人", last + "-03-01", last + "-03-10", "3.1"));
		ReportDesk.doing(office.clerkName(), Role.CLERK, office.id(), () -> {
			this.writing.saveNarrative(office.creditCode(), last, new Narrative("一", "五", "六"));
			this.writing.saveEntries(office.creditCode(), last, new Entries(0L, 0L, 0L, BigDecimal.ZERO, null));
		});
		ReportDesk.doing(office.leaderName(), Role.LEADER, office.id(),
				() -> this.publishing.publish(office.creditCode(), last));
		assertThat(this.reports.publicReport(office.creditCode(), last).corrections()).isEmpty();

		walkIn(office, "NATURAL_PERSON", lateLastYear);
		AnnualReportView report = this.reports.publicReport(office.creditCode(), last);
		assertThat(report.corrections()).extracting(CorrectionView::cause).containsExactly("request-received");
		assertThat(report.figures().table3().row("1")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(report.current().table3().row("1")).containsExactly(2L, 0L, 0L, 0L, 0L, 0L, 2L);

		this.desk.appeal(office, old, AppealKind.RECONSIDERATION, null, last + "-04-01", null, AppealResult.PENDING);
		report = this.reports.publicReport(office.creditCode(), last);
		assertThat(report.corrections()).extracting(CorrectionView::cause)
			.containsExactly("request-received", "appeal-recorded");
		assertThat(report.corrections().get(1).changes()).contains(new CellChange(4, "reconsideration", 3, "0", "1"));
		// a case received this year touches no figure of last year: nothing more is
		// logged
		walkIn(office, "NATURAL_PERSON", today);
		assertThat(this.reports.publicReport(office.creditCode(), last).corrections()).hasSize(2);
	}

	@Test
	void theCountyOfficeSeesEveryAgencyBelowItWithLateMissingAndCheckStatusAndTheSumOfTheirTables() throws Exception {
		Office county = this.desk.county("汇总县");
		Office published = this.desk.department(county.id(), "已发布局");
		Office missing = this.desk.department(county.id(), "未发布局");
		LocalDate today = LocalDate.now(this.clock);
		int last = today.getYear() - 1;
		this.desk.importRows(published,
				ReportDesk.row(ReportDesk.number("u"), "自然人", last + "-05-01", last + "-05-09", "3.1"));
		this.desk.importRows(missing, ReportDesk.row(ReportDesk.number("v"), "科研机构", last + "-06-01", null, null),
				ReportDesk.row(ReportDesk.number("w"), "自然人", last + "-06-02", last + "-06-05", "3.5.1"));
		ReportDesk.doing(published.clerkName(), Role.CLERK, published.id(), () -> {
			this.writing.saveNarrative(published.creditCode(), last, new Narrative("一", "五", "六"));
			this.writing.saveEntries(published.creditCode(), last,
					new Entries(3L, 1L, 0L, new BigDecimal("0.5"), null));
		});
		ReportDesk.doing(missing.clerkName(), Role.CLERK, missing.id(),
				() -> this.writing.saveEntries(missing.creditCode(), last,
						new Entries(2L, 0L, 1L, null, new long[] { 5, 0, 0, 0, 0, 0, 5 })));
		ReportDesk.doing(published.leaderName(), Role.LEADER, published.id(),
				() -> this.publishing.publish(published.creditCode(), last));

		String officeUser = Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, county.id());
		RollupView rollup = ReportDesk.as(officeUser, Role.DISCLOSURE_OFFICE, county.id(),
				() -> this.rollups.rollup(last));
		assertThat(rollup.rows()).extracting((r) -> r.agency().id())
			.containsExactly(county.id(), published.id(), missing.id());
		RollupView.Row pub = rollup.rows().get(1);
		RollupView.Row miss = rollup.rows().get(2);
		assertThat(pub.status()).isEqualTo(ReportStatus.PUBLISHED);
		// published today, after 31 January: late
		assertThat(pub.dueOn()).isEqualTo(LocalDate.of(last + 1, 1, 31));
		assertThat(pub.late()).isEqualTo(today.isAfter(pub.dueOn()));
		assertThat(pub.missing()).isFalse();
		assertThat(miss.status()).isEqualTo(ReportStatus.DRAFT);
		assertThat(miss.missing()).isEqualTo(today.isAfter(miss.dueOn()));
		// its entered carry-out (5) disagrees with its row 二 (0)
		assertThat(miss.failedChecks()).isEqualTo(1);
		assertThat(rollup.rows().get(0).dueOn()).isEqualTo(LocalDate.of(last + 1, 3, 31));
		assertThat(rollup.rows().get(0).status()).isEqualTo(ReportStatus.NOT_STARTED);
		Table3 total = rollup.total().table3();
		assertThat(total.row("1")).containsExactly(2L, 0L, 1L, 0L, 0L, 0L, 3L);
		assertThat(total.row("3.1")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(total.row("3.5.1")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(total.row("4")).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 1L);
		assertThat(rollup.total().table2().licensing()).isEqualTo(5L);
		assertThat(rollup.total().table2().enforcement()).isEqualTo(1L);

		MockHttpSession session = Staff.signIn(this.mvc, officeUser);
		this.mvc.perform(get("/admin/annual-reports/rollup").param("year", "" + last).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已发布局")))
			.andExpect(content().string(containsString("未发布局")))
			.andExpect(content().string(containsString(today.isAfter(miss.dueOn()) ? "逾期未发布" : "未到期")));
		this.mvc.perform(get("/admin/annual-reports").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/annual-reports/rollup")));
		// the catalogue's annual-report column links to the reports
		this.mvc.perform(get("/agencies/" + published.creditCode()))
			.andExpect(content().string(containsString("/agencies/" + published.creditCode() + "/annual-reports")));
		this.mvc
			.perform(post("/admin/annual-reports/" + missing.creditCode() + "/" + last + "/publish").session(session)
				.with(csrf())
				.param("confirmed", "true"))
			.andExpect(status().isForbidden());
	}

}
