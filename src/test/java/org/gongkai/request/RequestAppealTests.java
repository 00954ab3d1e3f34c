package org.gongkai.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.GongkaiTest;
import org.gongkai.TestClock;
import org.gongkai.TestToday;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.request.CaseFixtures.Office;
import org.gongkai.request.appeals.AppealView;
import org.gongkai.request.appeals.RequestAppeals;
import org.gongkai.request.casework.DisclosureRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reconsiderations and lawsuits linked to a case (docs/legal-rules.md, Appeals) and their
 * table-四 counts.
 */
@TestToday(TestClock.PINNED_CALENDAR_DAY)
@GongkaiTest
class RequestAppealTests {

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
	AuditLog audit;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void appealsAreValidatedAndALawsuitAfterReconsiderationNamesIt() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long id = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(),
				LocalDate.of(2026, 1, 5));
		long other = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(),
				LocalDate.of(2026, 1, 5));
		step(office.clerk(), id, "kind", "RECONSIDERATION", "filedOn", "2026-03-02", "body", "县人民政府", "decidedOn",
				"2026-03-01", "result", "UPHELD")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不得早于申请（起诉）日期")));
		step(office.clerk(), id, "kind", "RECONSIDERATION", "filedOn", "2026-01-04", "body", "县人民政府", "result",
				"PENDING")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("申请（起诉）日期应在 2026-01-05")));
		step(office.clerk(), id, "kind", "RECONSIDERATION", "filedOn", "2026-03-02", "body", "县人民政府", "decidedOn",
				"2026-04-01", "result", "PENDING")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("尚未审结的案件不能填写决定日期")));
		step(office.clerk(), id, "kind", "APPEAL", "filedOn", "2026-03-02", "body", "县人民政府", "result", "PENDING")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择行政复议或行政诉讼的类别")));
		step(office.clerk(), id, "kind", "RECONSIDERATION", "filedOn", "2026-03-02", "body", "x".repeat(101), "result",
				"PENDING")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写复议机关或人民法院名称")));
		step(office.clerk(), id, "kind", "RECONSIDERATION", "filedOn", "2026-03-02", "body", "县人民政府", "result", "WON")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择结果")));
		assertThat(list(office, id)).isEmpty();

		step(office.clerk(), id, "kind", "RECONSIDERATION", "filedOn", "2026-03-02", "body",
				"<script>alert(1)</script>县人民政府", "decidedOn", "2026-04-20", "result", "UPHELD")
			.andExpect(status().is3xxRedirection());
		AppealView reconsideration = list(office, id).get(0);
		assertThat(reconsideration.result()).isEqualTo(AppealResult.UPHELD);
		long elsewhere = CaseFixtures.as("c", Role.CLERK, office.agency(), () -> this.appeals.record(other,
				AppealKind.RECONSIDERATION, null, LocalDate.of(2026, 2, 2), "市人民政府", null, AppealResult.PENDING));

		step(office.clerk(), id, "kind", "LAWSUIT_AFTER_RECONSIDERATION", "filedOn", "2026-05-06", "body", "县人民法院",
				"result", "PENDING")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("复议后起诉须选择本申请的一项行政复议")));
		step(office.clerk(), id, "kind", "LAWSUIT_AFTER_RECONSIDERATION", "followsId", String.valueOf(elsewhere),
				"filedOn", "2026-05-06", "body", "县人民法院", "result", "PENDING")
			.andExpect(status().isBadRequest());
		step(office.clerk(), id, "kind", "LAWSUIT_AFTER_RECONSIDERATION", "followsId",
				String.valueOf(reconsideration.id()), "filedOn", "2026-03-01", "body", "县人民法院", "result", "PENDING")
			.andExpect(status().isBadRequest());
		step(office.clerk(), id, "kind", "LAWSUIT_AFTER_RECONSIDERATION", "followsId",
				String.valueOf(reconsideration.id()), "filedOn", "2026-05-06", "body", "县人民法院", "result", "PENDING")
			.andExpect(status().is3xxRedirection());
		List<AppealView> recorded = list(office, id);
		assertThat(recorded).extracting(AppealView::kind)
			.containsExactly(AppealKind.RECONSIDERATION, AppealKind.LAWSUIT_AFTER_RECONSIDERATION);
		AppealView lawsuit = recorded.get(1);
		assertThat(lawsuit.followsId()).isEqualTo(reconsideration.id());
		assertThat(lawsuit.result()).isEqualTo(AppealResult.PENDING);

		this.mvc
			.perform(post("/admin/requests/" + id + "/appeals/" + lawsuit.id()).session(office.clerk())
				.with(csrf())
				.param("decidedOn", "2026-05-05")
				.param("result", "CORRECTED"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/admin/requests/" + id + "/appeals/" + lawsuit.id()).session(office.clerk())
				.with(csrf())
				.param("decidedOn", "2026-06-30")
				.param("result", "<script>alert(1)</script>"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择结果")));
		Office outsider = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		this.mvc
			.perform(post("/admin/requests/" + id + "/appeals/" + lawsuit.id()).session(outsider.leader())
				.with(csrf())
				.param("decidedOn", "2026-06-30")
				.param("result", "UPHELD"))
			.andExpect(status().isForbidden());
		step(office.clerk(), id, "kind", "LAWSUIT_AFTER_RECONSIDERATION", "followsId", "abc", "filedOn", "2026-05-06",
				"body", "县人民法院", "result", "PENDING")
			.andExpect(status().isBadRequest());
		assertThat(list(office, id).get(1).result()).isEqualTo(AppealResult.PENDING);
		this.mvc
			.perform(post("/admin/requests/" + id + "/appeals/" + lawsuit.id()).session(office.leader())
				.with(csrf())
				.param("decidedOn", "2026-06-30")
				.param("result", "CORRECTED"))
			.andExpect(status().is3xxRedirection());
		assertThat(list(office, id).get(1).result()).isEqualTo(AppealResult.CORRECTED);
		assertThat(list(office, id).get(1).decidedOn()).isEqualTo(LocalDate.of(2026, 6, 30));

		this.mvc.perform(get("/admin/requests/" + id).session(office.clerk()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;县人民政府")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("行政诉讼（复议后起诉）")));
		CaseDetails details = CaseFixtures.as("c", Role.CLERK, office.agency(), () -> this.requests.details(id));
		assertThat(details.events()).extracting(CaseEvent::kind)
			.containsExactly("appeal-recorded", "appeal-recorded", "appeal-decided");
		assertThat(this.audit.find(new AuditQuery(null, "request.appeal-recorded", "RequestAppeal",
				String.valueOf(lawsuit.id()), null, null), 0, 5))
			.hasSize(1);
	}

	@Test
	void tableFourCountsByFilingYearKindAndResultAndTheListShowsVisibleAgenciesOnly() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		Office other = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long december = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(),
				LocalDate.of(2025, 12, 1));
		long march = CaseFixtures.walkIn(this.requests, this.cases, office.agency(), CaseFixtures.idNumber(),
				LocalDate.of(2026, 3, 2));
		long theirs = CaseFixtures.walkIn(this.requests, this.cases, other.agency(), CaseFixtures.idNumber(),
				LocalDate.of(2026, 3, 2));
		CaseFixtures.asDoing("c", Role.CLERK, office.agency(), () -> {
			// Filed on the last day of 2025: counts in 2025, though decided in 2026.
			this.appeals.record(december, AppealKind.RECONSIDERATION, null, LocalDate.of(2025, 12, 31), "县人民政府",
					LocalDate.of(2026, 2, 27), AppealResult.CORRECTED);
			this.appeals.record(december, AppealKind.LAWSUIT, null, LocalDate.of(2026, 1, 4), "县人民法院", null,
					AppealResult.PENDING);
			long r = this.appeals.record(march, AppealKind.RECONSIDERATION, null, LocalDate.of(2026, 3, 10), "县人民政府",
					LocalDate.of(2026, 5, 8), AppealResult.UPHELD);
			this.appeals.record(march, AppealKind.LAWSUIT_AFTER_RECONSIDERATION, r, LocalDate.of(2026, 5, 20), "县人民法院",
					LocalDate.of(2026, 9, 1), AppealResult.OTHER);
		});
		CaseFixtures.asDoing("c", Role.LEADER, other.agency(), () -> this.appeals.record(theirs,
				AppealKind.RECONSIDERATION, null, LocalDate.of(2026, 3, 10), "市人民政府", null, AppealResult.PENDING));

		AppealCounts y2025 = this.appeals.counts(Set.of(office.agency()), 2025);
		assertThat(y2025.count(AppealKind.RECONSIDERATION, AppealResult.CORRECTED)).isEqualTo(1);
		assertThat(y2025.total(AppealKind.LAWSUIT)).isZero();
		AppealCounts y2026 = this.appeals.counts(Set.of(office.agency()), 2026);
		assertThat(y2026.count(AppealKind.RECONSIDERATION, AppealResult.UPHELD)).isEqualTo(1);
		assertThat(y2026.total(AppealKind.RECONSIDERATION)).isEqualTo(1);
		assertThat(y2026.count(AppealKind.LAWSUIT, AppealResult.PENDING)).isEqualTo(1);
		assertThat(y2026.count(AppealKind.LAWSUIT_AFTER_RECONSIDERATION, AppealResult.OTHER)).isEqualTo(1);
		assertThat(this.appeals.counts(Set.of(office.agency(), other.agency()), 2026)
			.count(AppealKind.RECONSIDERATION, AppealResult.PENDING)).isEqualTo(1);
		assertThat(this.appeals.counts(Set.of(), 2026).total(AppealKind.RECONSIDERATION)).isZero();

		this.mvc.perform(get("/admin/requests/appeals").session(office.clerk()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("县人民法院")))
			.andExpect(content().string(not(containsString("市人民政府"))));
		// Staff of another agency may neither record nor see.
		step(other.clerk(), march, "kind", "RECONSIDERATION", "filedOn", "2026-03-10", "body", "县人民政府", "result",
				"PENDING")
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/requests/" + march).session(other.clerk())).andExpect(status().isForbidden());
		assertThat(list(office, march)).hasSize(2);
	}

	private List<AppealView> list(Office office, long id) {
		return CaseFixtures.as("c", Role.CLERK, office.agency(), () -> this.appeals.forCase(id));
	}

	private ResultActions step(MockHttpSession session, long id, String... params) throws Exception {
		var request = post("/admin/requests/" + id + "/appeals").session(session).with(csrf());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request);
	}

}
