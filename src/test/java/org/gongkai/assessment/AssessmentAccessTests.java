package org.gongkai.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.TestClock;
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
import org.gongkai.request.CaseFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may read and change an assessment (the agency's clerks and leaders, the office over
 * it; nobody else), hostile input to the API and the forms (a Chinese message and a 4xx,
 * never a 500, nothing stored), a scheme's caps and vetoes (a ceiling, zero), and a
 * scheme change returning a finalised assessment to scoring.
 */
@GongkaiTest
class AssessmentAccessTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String API = "/api/v1/admin/agencies/%s/assessments/%s";

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AssessmentSchemes schemes;

	@Autowired
	Assessments assessments;

	@Autowired
	AuditLog audit;

	@Test
	void theAgencysStaffAndTheOfficeAboveReadItsAssessmentAndNoOneElse() throws Exception {
		Site site = site("考核权限");
		CaseFixtures.as("office", Role.DISCLOSURE_OFFICE, site.county(), () -> {
			this.schemes.loadSample(site.county(), "QUARTER", "2026");
			return this.assessments.open(site.county(), "2026Q2");
		});
		String path = API.formatted(site.bureauCode(), "2026Q2");
		for (Role role : List.of(Role.CLERK, Role.LEADER)) {
			this.mvc.perform(get(path).header("Authorization", "Bearer " + token(role, site.bureau())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.agency").value(site.bureauCode()))
				.andExpect(jsonPath("$.state").value("SELF_ASSESSMENT"))
				.andExpect(jsonPath("$.items.length()").value(17))
				.andExpect(jsonPath("$.total").isEmpty());
		}
		this.mvc.perform(get(path).header("Authorization", "Bearer " + token(Role.DISCLOSURE_OFFICE, site.county())))
			.andExpect(status().isOk());
		long other = this.agencies.create(AgencyFixtures.county("他县考核" + System.nanoTime()));
		for (String token : List.of(token(Role.CLERK, other), token(Role.DISCLOSURE_OFFICE, other),
				token(Role.REVIEWER, site.bureau()), token(Role.CLERK, site.county()))) {
			this.mvc.perform(get(path).header("Authorization", "Bearer " + token))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.status").value(403));
		}
		this.mvc.perform(get(path)).andExpect(status().isUnauthorized());
		String clerk = token(Role.CLERK, site.bureau());
		this.mvc.perform(get(API.formatted(site.bureauCode(), "%00")).header("Authorization", "Bearer " + clerk))
			.andExpect(status().isBadRequest());
		for (String period : List.of("2026Q5", "2026q2", "Q2", "2026-Q2", "2026H3", "x".repeat(300), "or 1=1")) {
			this.mvc.perform(get(API.formatted(site.bureauCode(), period)).header("Authorization", "Bearer " + clerk))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value(containsString("考核期间格式不正确")));
		}
		for (String code : List.of("x", "9".repeat(18), "中文代码")) {
			this.mvc.perform(get(API.formatted(code, "2026Q2")).header("Authorization", "Bearer " + clerk))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get(API.formatted(site.bureauCode(), "2026Q1")).header("Authorization", "Bearer " + clerk))
			.andExpect(status().isNotFound());

		// pages: a stranger is refused everything, a clerk cannot score, the office
		// cannot self-assess; nothing changes
		MockHttpSession stranger = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, other));
		String detail = "/admin/assessment/" + site.bureauCode() + "/2026Q2";
		this.mvc.perform(get(detail).session(stranger)).andExpect(status().isForbidden());
		this.mvc.perform(multipart(detail + "/self").param("points-1", "1").session(stranger).with(csrf()))
			.andExpect(status().isForbidden());
		MockHttpSession bureauClerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, site.bureau()));
		for (String step : List.of("/score", "/finalise", "/adjust")) {
			this.mvc.perform(post(detail + step).session(bureauClerk).with(csrf())).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/admin/assessment/periods").session(bureauClerk)
				.with(csrf())
				.param("owner", String.valueOf(site.county()))
				.param("period", "2026Q3"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/assessment/periods/" + site.countyCode() + "/2026Q2/publish").session(bureauClerk)
				.with(csrf()))
			.andExpect(status().isForbidden());
		MockHttpSession office = Staff.signIn(this.mvc,
				Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, site.county()));
		this.mvc.perform(multipart(detail + "/self").param("submit", "1").session(office).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(detail).session(stranger)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/assessment/periods/" + site.countyCode() + "/2026Q2").session(stranger))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/assessment/evidence/abc").session(office)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/assessment/evidence/999999999").session(office)).andExpect(status().isNotFound());
		this.mvc.perform(get(path).header("Authorization", "Bearer " + clerk))
			.andExpect(jsonPath("$.state").value("SELF_ASSESSMENT"))
			.andExpect(jsonPath("$.items[0].selfPoints").isEmpty());

		// the to-do lines: the clerk's self-assessment
		this.mvc.perform(get("/admin").session(bureauClerk)).andExpect(content().string(containsString("待自评")));
	}

	@Test
	void hostileSelfAssessmentsAndSchemeFormsGetAChineseMessageAndStoreNothing() throws Exception {
		Site site = site("考核表单");
		long schemeId = CaseFixtures.as("office", Role.DISCLOSURE_OFFICE, site.county(), () -> {
			long id = this.schemes.loadSample(site.county(), "QUARTER", "2026");
			this.assessments.open(site.county(), "2026Q2");
			return id;
		});
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, site.bureau()));
		String detail = "/admin/assessment/" + site.bureauCode() + "/2026Q2";
		String page = this.mvc.perform(get(detail).session(clerk)).andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"points-(\\d+)\"").matcher(page);
		assertThat(m.find()).isTrue();
		String first = m.group(1);
		String[][] refused = { { "abc", "", "的得分应为0至5之间的数" }, { "-1", "", "的得分应为0至5之间的数" }, { "6", "", "的得分应为0至5之间的数" },
				{ "99999999999999999999", "", "的得分应为0至5之间的数" }, { "4.555", "", "的得分应为0至5之间的数" },
				{ "4", "长".repeat(1001), "的说明不超过1000个字" } };
		for (String[] input : refused) {
			this.mvc
				.perform(multipart(detail + "/self").param("points-" + first, input[0])
					.param("note-" + first, input[1])
					.session(clerk)
					.with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString(input[2])))
				.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		}
		this.mvc.perform(multipart(detail + "/self").param("submit", "1").session(clerk).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写“")));
		this.mvc
			.perform(multipart(detail + "/self").param("points-" + first, "4")
				.param("note-" + first, "<script>alert(1)</script>\u0007")
				.session(clerk))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart(detail + "/self")
				.file(new org.springframework.mock.web.MockMultipartFile("evidence-" + first, "x.pdf",
						"application/pdf", "<html><script>alert(1)</script></html>".getBytes()))
				.param("points-" + first, "4")
				.session(clerk)
				.with(csrf()))
			.andExpect(status().isBadRequest());
		JsonNode stored = read(site.bureauCode(), "2026Q2", site.bureau());
		assertThat(stored.get("items").get(0).get("selfPoints").isNull()).as("nothing stored").isTrue();
		this.mvc
			.perform(multipart(detail + "/self").param("points-" + first, "4")
				.param("note-" + first, "<script>alert(1)</script>\u0007")
				.session(clerk)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(detail).session(clerk))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));

		// the scheme's forms
		MockHttpSession office = Staff.signIn(this.mvc,
				Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, site.county()));
		String scheme = "/admin/assessment/schemes/" + schemeId;
		String[][] items = { { "", "内容", "5", "MANUAL", "", "", "", "请填写所属部分" },
				{ "部分", "长".repeat(201), "5", "MANUAL", "", "", "", "请填写考核内容" },
				{ "部分", "内容", "abc", "MANUAL", "", "", "", "分值应为大于0" },
				{ "部分", "内容", "0", "MANUAL", "", "", "", "分值应为大于0" },
				{ "部分", "内容", "101", "MANUAL", "", "", "", "分值应为大于0" },
				{ "部分", "内容", "5", "RANDOM", "", "", "", "请选择计分方式" },
				{ "部分", "内容", "5", "COMPUTED", "", "1", "5", "请至少选择一个检查规则" },
				{ "部分", "内容", "5", "COMPUTED", "NOPE", "1", "5", "请至少选择一个检查规则" },
				{ "部分", "内容", "5", "COMPUTED", "DEAD_LINK", "6", "5", "每处扣分应为" },
				{ "部分", "内容", "5", "COMPUTED", "DEAD_LINK", "1", "-1", "最多扣分应为" } };
		for (String[] input : items) {
			var request = post(scheme + "/items").session(office)
				.with(csrf())
				.param("section", input[0])
				.param("title", input[1])
				.param("maxPoints", input[2])
				.param("method", input[3])
				.param("perFinding", input[5])
				.param("cap", input[6]);
			if (!input[4].isEmpty()) {
				request.param("rules", input[4]);
			}
			this.mvc.perform(request)
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString(input[7])));
		}
		String[][] vetoes = { { "", "", "0", "请填写否决项名称" }, { "否决", "NOPE", "0", "请选择触发否决的检查规则" },
				{ "否决", "", "-1", "否决后的最高得分应为" }, { "否决", "", "x", "否决后的最高得分应为" } };
		for (String[] input : vetoes) {
			this.mvc
				.perform(post(scheme + "/vetoes").session(office)
					.with(csrf())
					.param("vetoTitle", input[0])
					.param("vetoRule", input[1])
					.param("ceiling", input[2]))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString(input[3])));
		}
		String[][] schemes = { { "QUARTER", "2026", "该周期和年份已有考核方案" }, { "MONTH", "2026", "请选择考核周期" },
				{ "YEAR", "abcd", "请填写年份" }, { "YEAR", "-2026", "请填写年份" } };
		for (String[] input : schemes) {
			this.mvc
				.perform(post("/admin/assessment/schemes").session(office)
					.with(csrf())
					.param("owner", String.valueOf(site.county()))
					.param("kind", input[0])
					.param("year", input[1])
					.param("sample", "1"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString(input[2])));
		}
		for (String[] input : new String[][] { { "2026Q5", "考核期间格式不正确" }, { "2026H1", "没有适用于2026H1的考核方案" } }) {
			this.mvc
				.perform(post("/admin/assessment/periods").session(office)
					.with(csrf())
					.param("owner", String.valueOf(site.county()))
					.param("period", input[0]))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString(input[1])));
		}
		this.mvc.perform(post("/admin/assessment/periods").session(office).with(csrf()).param("owner", "abc"))
			.andExpect(status().isForbidden());
		SchemeView after = CaseFixtures.as("office", Role.DISCLOSURE_OFFICE, site.county(),
				() -> this.schemes.scheme(schemeId));
		assertThat(after.items()).as("nothing stored").hasSize(17);
		assertThat(after.vetoes()).hasSize(8);
		this.mvc.perform(get(scheme + "/items/abc").session(office)).andExpect(status().isNotFound());
		this.mvc.perform(get(scheme + "/items/999999999").session(office)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/assessment/schemes/999999999").session(office)).andExpect(status().isNotFound());
		this.mvc.perform(get(scheme).session(clerk)).andExpect(status().isForbidden());

		// without an inspection run in the period, the computed items have no points yet
		this.mvc.perform(post(detail + "/finalise").session(office).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("没有得分")));
	}

	@Test
	void aSchemesCapsAndVetoesSetTheTotalAndAChangeReturnsAFinalisedAssessmentToScoring() throws Exception {
		Site site = site("考核否决");
		String officeToken = token(Role.DISCLOSURE_OFFICE, site.county());
		this.mvc.perform(post("/api/v1/admin/agencies/" + site.bureauCode() + "/inspections").header("Authorization",
				"Bearer " + officeToken))
			.andExpect(status().isCreated());
		long schemeId = CaseFixtures.as("office", Role.DISCLOSURE_OFFICE, site.county(), () -> {
			long id = this.schemes.create(site.county(), "半年考核", "HALF", "2026");
			// ≥ 10 empty columns at 0.5 each, capped at 2: 5 − 2 = 3
			this.schemes.addItem(id, new ItemInput("公开时效", "栏目", "5", "COMPUTED", List.of("COLUMN_EMPTY"), "0.5", "2"));
			// one report missing at 1.5, cap 4: 4 − 1.5 = 2.5
			this.schemes.addItem(id,
					new ItemInput("年度报告", "年报", "4", "COMPUTED", List.of("ANNUAL_REPORT_MISSING"), "1.5", "4"));
			this.schemes.addItem(id, new ItemInput("工作机制", "机制", "10", "MANUAL", List.of(), "", ""));
			// a township's village is not scored by the county's scheme
			long township = this.agencies
				.create(AgencyFixtures.under(site.county(), AgencyLevel.TOWNSHIP, "考核镇" + System.nanoTime()));
			this.agencies.create(AgencyFixtures.under(township, AgencyLevel.VILLAGE, "考核村" + System.nanoTime()));
			assertThat(this.assessments.open(site.county(), "2026H1")).as("the bureau and the township").isEqualTo(2);
			return id;
		});
		long manual = CaseFixtures.as("office", Role.DISCLOSURE_OFFICE, site.county(),
				() -> this.schemes.scheme(schemeId).items().get(2).id());
		CaseFixtures.asDoing("clerk", Role.CLERK, site.bureau(), () -> this.assessments.saveSelf(site.bureauCode(),
				"2026H1", Map.of(manual, new SelfEntry("8", "机制健全", null)), true));
		AssessmentView scored = asOffice(site, () -> this.assessments.score(site.bureauCode(), "2026H1"));
		assertThat(scored.lines().get(0).points()).isEqualByComparingTo("3");
		assertThat(scored.lines().get(1).points()).isEqualByComparingTo("2.5");
		assertThat(scored.lines().get(2).points()).isEqualByComparingTo("8");
		assertThat(scored.sum()).isEqualByComparingTo("13.5");
		assertThat(scored.total()).as("no vetoes in the scheme").isEqualByComparingTo("13.5");

		long ceiling = asOffice(site, () -> this.schemes.addVeto(schemeId, "首页不更新", "HOME_STALE", "10"));
		scored = asOffice(site, () -> this.assessments.score(site.bureauCode(), "2026H1"));
		assertThat(scored.total()).as("a ceiling").isEqualByComparingTo("10");
		asOffice(site, () -> {
			this.schemes.addVeto(schemeId, "任一否决项", "ANY", "0");
			return null;
		});
		scored = asOffice(site, () -> this.assessments.score(site.bureauCode(), "2026H1"));
		assertThat(scored.total()).as("zero").isEqualByComparingTo("0");
		assertThat(scored.vetoes()).allMatch(VetoLine::applies);
		long any = scored.vetoes().get(1).veto().id();
		asOffice(site, () -> {
			this.schemes.removeVeto(schemeId, any);
			return null;
		});
		AssessmentView fin = asOffice(site, () -> this.assessments.finalise(site.bureauCode(), "2026H1"));
		assertThat(fin.state()).isEqualTo(AssessmentState.FINAL);
		assertThat(fin.total()).isEqualByComparingTo("10");

		// the scheme changes before 公示: the finalised assessment returns to scoring
		asOffice(site, () -> {
			this.schemes.removeVeto(schemeId, ceiling);
			return null;
		});
		AssessmentView reopened = asOffice(site, () -> this.assessments.assessment(site.bureauCode(), "2026H1"));
		assertThat(reopened.state()).isEqualTo(AssessmentState.SUBMITTED);
		assertThat(reopened.total()).isEqualByComparingTo("13.5");
		assertThat(this.audit
			.find(new AuditQuery(null, "assessment.reopened", "Assessment", String.valueOf(reopened.id()), null, null),
					0, 10)
			.getContent()).hasSize(1);
		assertThat(this.audit
			.find(new AuditQuery(null, "assessment.self-submitted", "Assessment", String.valueOf(reopened.id()), null,
					null), 0, 10)
			.getContent()).hasSize(1);
	}

	private <T> T asOffice(Site site, java.util.function.Supplier<T> action) {
		return CaseFixtures.as("office", Role.DISCLOSURE_OFFICE, site.county(), action);
	}

	private JsonNode read(String code, String period, long agency) throws Exception {
		return JSON.readTree(this.mvc
			.perform(get(API.formatted(code, period)).header("Authorization", "Bearer " + token(Role.CLERK, agency)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** Registered late in 2025: the bureau owes its report for 2025. */
	private Site site(String name) {
		TestClock.INSTANCE.setToday(LocalDate.of(2025, 12, 20));
		try {
			AgencyData county = AgencyFixtures.county(name + "县" + System.nanoTime());
			long countyId = this.agencies.create(county);
			AgencyData bureau = AgencyFixtures.under(countyId, AgencyLevel.DEPARTMENT, name + "局" + System.nanoTime());
			long bureauId = this.agencies.create(bureau);
			return new Site(countyId, county.creditCode(), bureauId, bureau.creditCode());
		}
		finally {
			inTheFirstHalf();
		}
	}

	/**
	 * The schemes' periods are 2026's: the tests stand in its first half whatever day the
	 * suite runs on.
	 */
	@BeforeEach
	void inTheFirstHalf() {
		TestClock.INSTANCE.setToday(LocalDate.of(2026, 6, 15));
	}

	@AfterEach
	void resetTheClock() {
		TestClock.INSTANCE.reset();
	}

	private String token(Role role, long agencyId) throws Exception {
		return Staff.token(this.mvc, Staff.create(this.accounts, role, agencyId));
	}

	record Site(long county, String countyCode, long bureau, String bureauCode) {

	}

}
