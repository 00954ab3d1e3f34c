package org.gongkai.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.TestClock;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.platform.TestDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The done-means test of the assessment: the county office loads the sample scheme and
 * opens a quarter, the website inspection runs on a seeded agency, the agency submits its
 * self-assessment with evidence, the office scores, adjusts with a reason, ticks a named
 * veto and clears it, finalises and publishes; the scores match the hand calculation
 * below, the public page shows nothing before 公示 and the totals after, and every step is
 * audited.
 */
@GongkaiTest
class AssessmentTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog audit;

	/**
	 * The scheme's periods are 2026's: the test stands in the second quarter whatever day
	 * the suite runs on.
	 */
	@BeforeEach
	void inTheSecondQuarter() {
		TestClock.INSTANCE.setToday(LocalDate.of(2026, 6, 15));
	}

	@AfterEach
	void resetTheClock() {
		TestClock.INSTANCE.reset();
	}

	@Test
	void theSampleSchemeScoresAFreshAgencyAsCalculatedByHandAndThePeriodIsPublished() throws Exception {
		// registered late in 2025: the bureau owes its report for 2025, and its guide is
		// less than a year old
		TestClock.INSTANCE.setToday(LocalDate.of(2025, 12, 20));
		AgencyData countyData = AgencyFixtures.county("考核县" + System.nanoTime());
		long county = this.agencies.create(countyData);
		AgencyData bureauData = AgencyFixtures.under(county, AgencyLevel.DEPARTMENT, "考核局" + System.nanoTime());
		long bureau = this.agencies.create(bureauData);
		inTheSecondQuarter();
		String bureauCode = bureauData.creditCode();
		String countyCode = countyData.creditCode();
		String officeUser = Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, county);
		MockHttpSession office = Staff.signIn(this.mvc, officeUser);
		String officeToken = Staff.token(this.mvc, officeUser);
		String clerkUser = Staff.create(this.accounts, Role.CLERK, bureau);
		MockHttpSession clerk = Staff.signIn(this.mvc, clerkUser);
		String clerkToken = Staff.token(this.mvc, clerkUser);

		// the sample scheme for 2026's quarters, and the second quarter opened
		String created = this.mvc
			.perform(post("/admin/assessment/schemes").session(office)
				.with(csrf())
				.param("owner", String.valueOf(county))
				.param("kind", "QUARTER")
				.param("year", "2026")
				.param("sample", "1"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(created).matches("/admin/assessment/schemes/\\d+");
		this.mvc.perform(get(created).session(office))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("财政专项资金公开")))
			.andExpect(content().string(containsString("机构设置与人员配备公开")))
			.andExpect(content().string(containsString("每发现一处逾期答复扣1分，最多扣10分")))
			.andExpect(content().string(containsString("共17个项目，满分100分")));
		this.mvc
			.perform(post("/admin/assessment/periods").session(office)
				.with(csrf())
				.param("owner", String.valueOf(county))
				.param("period", "2026Q2"))
			.andExpect(status().is3xxRedirection());

		// nothing public before 公示
		String result = "/assessments/" + countyCode + "/2026Q2";
		this.mvc.perform(get(result)).andExpect(status().isNotFound());
		this.mvc.perform(get("/assessments"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(countyData.name()))));

		// the inspection: a run in the first quarter (not counted), two in the second
		// (each problem counted once)
		TestClock.INSTANCE.setToday(LocalDate.of(2026, 3, 20));
		runInspection(bureauCode, officeToken);
		inTheSecondQuarter();
		JsonNode run = runInspection(bureauCode, officeToken);
		runInspection(bureauCode, clerkToken);
		long emptyColumns = 0;
		for (JsonNode f : run.get("findings")) {
			if ("COLUMN_EMPTY".equals(f.get("rule").asText())) {
				emptyColumns++;
				assertThat(f.get("severity").asText()).isEqualTo("VETO");
			}
		}
		assertThat(emptyColumns).as("a fresh catalogue: more empty columns than the cap covers")
			.isGreaterThanOrEqualTo(10);
		assertThat(rules(run)).containsExactlyInAnyOrderElementsOf(
				merge(List.of("HOME_STALE", "ANNUAL_REPORT_MISSING"), "COLUMN_EMPTY", (int) emptyColumns));

		// the agency's self-assessment of the six manual items, with evidence
		String detail = "/admin/assessment/" + bureauCode + "/2026Q2";
		String page = this.mvc.perform(get(detail).session(clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("自评中")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Long> manual = manualItems(page);
		assertThat(manual).hasSize(6);
		String[] self = { "5", "9", "4.5", "5", "3", "4" };
		var submit = multipart(detail + "/self").file(new MockMultipartFile("evidence-" + manual.get(1), "专项资金公开截图.pdf",
				"application/pdf", TestDocuments.pdf("Special funds allocation published May 2026")));
		for (int i = 0; i < 6; i++) {
			submit.param("points-" + manual.get(i), self[i]).param("note-" + manual.get(i), "自评说明" + i);
		}
		this.mvc.perform(submit.param("submit", "1").session(clerk).with(csrf()))
			.andExpect(status().is3xxRedirection());
		page = this.mvc.perform(get(detail).session(clerk))
			.andExpect(content().string(containsString("已提交自评，待评分")))
			.andExpect(content().string(containsString("专项资金公开截图.pdf")))
			.andExpect(content().string(containsString("自评合计（人工评分项目）：30.5 分")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher evidence = Pattern.compile("/admin/assessment/evidence/(\\d+)").matcher(page);
		assertThat(evidence.find()).isTrue();
		this.mvc.perform(get(evidence.group()).session(office))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		this.mvc.perform(post(detail + "/self").session(clerk).with(csrf()).param("points-" + manual.get(0), "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("该考核已不在自评阶段")));

		// the office scores from the findings of the quarter's two runs
		this.mvc.perform(post(detail + "/score").session(office).with(csrf())).andExpect(status().is3xxRedirection());
		JsonNode scored = assessment(bureauCode, "2026Q2", officeToken);
		assertThat(scored.get("state").asText()).isEqualTo("SUBMITTED");
		assertThat(scored.get("runs").asInt()).as("the run of the first quarter does not count").isEqualTo(2);
		// hand calculation, computed items (maximum − min(cap, per finding × findings)):
		// 公开时效: late publication 10 − 0 = 10; columns 10 − min(10, 1 × ≥10 empty) = 0;
		// dates 3; interpretations 6; 互动交流: letters overdue 10, concerns answered late 3;
		// 依申请公开: 10; 年度报告: missing 6 − min(6, 6 × 1) = 0, late 2; 网站检查: links 3,
		// guide 2 → 10 + 0 + 3 + 6 + 10 + 3 + 10 + 0 + 2 + 3 + 2 = 49
		assertThat(points(scored, "栏目按期更新")).isEqualTo("0.0");
		assertThat(item(scored, "栏目按期更新").get("findings").asLong()).isEqualTo(emptyColumns);
		assertThat(item(scored, "栏目按期更新").get("reason").asText()).contains("本期2次检查").contains("最多扣10分：扣10分");
		assertThat(points(scored, "上一年度政府信息公开工作年度报告")).isEqualTo("0.0");
		assertThat(points(scored, "留言按期答复")).isEqualTo("10.0");
		assertThat(points(scored, "关切事项按时回应")).isEqualTo("3.0");
		assertThat(points(scored, "依申请公开按法定期限答复")).isEqualTo("10.0");
		// manual items take the self-assessment: 5 + 9 + 4.5 + 5 + 3 + 4 = 30.5; sum 79.5
		assertThat(scored.get("sum").decimalValue()).isEqualByComparingTo("79.5");
		// the home page silent and the empty columns are vetoes: the total is capped at
		// 60
		assertThat(veto(scored, "HOME_STALE").get("applies").asBoolean()).isTrue();
		assertThat(veto(scored, "COLUMN_EMPTY").get("applies").asBoolean()).isTrue();
		assertThat(veto(scored, "LETTER_UNANSWERED_3M").get("applies").asBoolean()).isFalse();
		assertThat(scored.get("total").decimalValue()).isEqualByComparingTo("60");

		// the office lowers 专项资金管理办法 from 9 to 7: only with a reason
		this.mvc
			.perform(multipart(detail + "/adjust").param("points-" + manual.get(1), "7")
				.param("note-" + manual.get(1), "")
				.session(office)
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写理由")));
		this.mvc
			.perform(multipart(detail + "/adjust").param("points-" + manual.get(1), "7")
				.param("note-" + manual.get(1), "分配结果公开超过20个工作日")
				.session(office)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		scored = assessment(bureauCode, "2026Q2", clerkToken);
		assertThat(scored.get("sum").decimalValue()).isEqualByComparingTo("77.5");
		assertThat(item(scored, "专项资金管理办法").get("reason").asText()).isEqualTo("分配结果公开超过20个工作日");
		assertThat(item(scored, "专项资金管理办法").get("selfPoints").decimalValue()).isEqualByComparingTo("9");

		// a named veto ticked by the office sets the total to zero; cleared, back to 60
		long named = vetoId(page, "发生失泄密事件");
		this.mvc
			.perform(post(detail + "/vetoes/" + named).session(office)
				.with(csrf())
				.param("applies", "true")
				.param("reason", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("认定否决项时请填写理由")));
		this.mvc
			.perform(post(detail + "/vetoes/" + named).session(office)
				.with(csrf())
				.param("applies", "true")
				.param("reason", "5月发生涉密文件误发"))
			.andExpect(status().is3xxRedirection());
		assertThat(assessment(bureauCode, "2026Q2", officeToken).get("total").decimalValue()).isEqualByComparingTo("0");
		this.mvc.perform(post(detail + "/vetoes/" + named).session(office).with(csrf()).param("applies", "false"))
			.andExpect(status().is3xxRedirection());
		assertThat(assessment(bureauCode, "2026Q2", officeToken).get("total").decimalValue())
			.isEqualByComparingTo("60");

		// not publishable before the assessment is final; finalised, published
		this.mvc
			.perform(post("/admin/assessment/periods/" + countyCode + "/2026Q2/publish").session(office).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("没有定稿")));
		this.mvc.perform(post(detail + "/finalise").session(office).with(csrf()))
			.andExpect(status().is3xxRedirection());
		JsonNode fin = assessment(bureauCode, "2026Q2", clerkToken);
		assertThat(fin.get("state").asText()).isEqualTo("FINAL");
		assertThat(fin.get("total").decimalValue()).isEqualByComparingTo("60");
		assertThat(fin.get("published").asBoolean()).isFalse();
		this.mvc.perform(get(result)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/assessment/periods/" + countyCode + "/2026Q2").session(office))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(bureauData.name())))
			.andExpect(content().string(containsString("已定稿")));
		this.mvc
			.perform(post("/admin/assessment/periods/" + countyCode + "/2026Q2/publish").session(office).with(csrf()))
			.andExpect(status().is3xxRedirection());

		String published = this.mvc.perform(get(result))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(bureauData.name())))
			.andExpect(content().string(containsString(">60<")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(published).doesNotContain("分配结果公开超过20个工作日").doesNotContain("专项资金公开截图").doesNotContain("自评说明");
		this.mvc.perform(get("/assessments")).andExpect(content().string(containsString(countyData.name())));
		// the scheme is read only now
		this.mvc.perform(get(created).session(office)).andExpect(content().string(containsString("方案只读")));
		this.mvc
			.perform(post(created + "/vetoes").session(office)
				.with(csrf())
				.param("vetoTitle", "新否决项")
				.param("vetoRule", "")
				.param("ceiling", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("方案不能再修改")));

		// every step audited
		for (String action : List.of("assessment.scheme-sample-loaded", "assessment.opened",
				"assessment.self-submitted", "assessment.scored", "assessment.adjusted", "assessment.veto-applied",
				"assessment.veto-cleared", "assessment.finalised", "assessment.published")) {
			assertThat(this.audit.find(new AuditQuery(null, action, null, null, null, null), 0, 100).getContent())
				.as(action)
				.anyMatch((e) -> e.agencyId() != null && (e.agencyId() == bureau || e.agencyId() == county));
		}
	}

	private JsonNode runInspection(String code, String token) throws Exception {
		return JSON.readTree(this.mvc
			.perform(post("/api/v1/admin/agencies/" + code + "/inspections").header("Authorization", "Bearer " + token))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private JsonNode assessment(String code, String period, String token) throws Exception {
		return JSON.readTree(this.mvc
			.perform(get("/api/v1/admin/agencies/" + code + "/assessments/" + period).header("Authorization",
					"Bearer " + token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static List<String> rules(JsonNode run) {
		List<String> out = new java.util.ArrayList<>();
		run.get("findings").forEach((f) -> out.add(f.get("rule").asText()));
		return out;
	}

	private static List<String> merge(List<String> base, String rule, int times) {
		List<String> out = new java.util.ArrayList<>(base);
		for (int i = 0; i < times; i++) {
			out.add(rule);
		}
		return out;
	}

	private static JsonNode item(JsonNode assessment, String titleStart) {
		for (JsonNode item : assessment.get("items")) {
			if (item.get("title").asText().startsWith(titleStart)) {
				return item;
			}
		}
		throw new AssertionError("No item " + titleStart);
	}

	private static String points(JsonNode assessment, String titleStart) {
		return item(assessment, titleStart).get("points").decimalValue().setScale(1).toPlainString();
	}

	private static JsonNode veto(JsonNode assessment, String rule) {
		for (JsonNode veto : assessment.get("vetoes")) {
			if (rule.equals(veto.get("rule").asText())) {
				return veto;
			}
		}
		throw new AssertionError("No veto " + rule);
	}

	/** The ids of the manual items, from the self-assessment form's fields. */
	private static List<Long> manualItems(String page) {
		List<Long> ids = new java.util.ArrayList<>();
		Matcher m = Pattern.compile("name=\"points-(\\d+)\"").matcher(page);
		while (m.find()) {
			ids.add(Long.valueOf(m.group(1)));
		}
		return ids;
	}

	private long vetoId(String page, String title) throws Exception {
		Matcher m = Pattern.compile("id=\"veto-line-(\\d+)\">\\s*<strong>[^<]*</strong>\\s*<span>" + title)
			.matcher(page);
		assertThat(m.find()).as("veto " + title).isTrue();
		return Long.parseLong(m.group(1));
	}

}
