package org.gongkai.inspection;

import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.request.CaseFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may run and read an inspection (the agency's clerks and leaders, the disclosure
 * office over it), and hostile input to the API and the forms: a clear 4xx, never a 500,
 * nothing stored.
 */
@GongkaiTest
class InspectionAccessTests {

	private static final String API = "/api/v1/admin/agencies/%s/inspections";

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Rectification rectification;

	@Test
	void theAgencysClerksAndLeadersAndTheOfficeAboveMayInspectItAndNoOneElse() throws Exception {
		AgencyData county = AgencyFixtures.county("自查权限县" + System.nanoTime());
		long countyId = this.agencies.create(county);
		AgencyData bureau = AgencyFixtures.under(countyId, AgencyLevel.DEPARTMENT, "自查权限局" + System.nanoTime());
		long bureauId = this.agencies.create(bureau);
		AgencyData other = AgencyFixtures.county("他县" + System.nanoTime());
		long otherId = this.agencies.create(other);
		String path = API.formatted(bureau.creditCode());

		this.mvc.perform(get(path + "/latest").header("Authorization", "Bearer " + token(Role.CLERK, bureauId)))
			.andExpect(status().isNotFound());
		for (Role role : List.of(Role.CLERK, Role.LEADER)) {
			this.mvc.perform(post(path).header("Authorization", "Bearer " + token(role, bureauId)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.agency").value(bureau.creditCode()))
				.andExpect(jsonPath("$.findings[0].rule").isNotEmpty());
		}
		this.mvc.perform(post(path).header("Authorization", "Bearer " + token(Role.DISCLOSURE_OFFICE, countyId)))
			.andExpect(status().isCreated());
		this.mvc.perform(get(path + "/latest").header("Authorization", "Bearer " + token(Role.LEADER, bureauId)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agency").value(bureau.creditCode()));

		for (String token : List.of(token(Role.REVIEWER, bureauId), token(Role.CLERK, otherId),
				token(Role.DISCLOSURE_OFFICE, otherId), token(Role.CLERK, countyId))) {
			this.mvc.perform(post(path).header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
			this.mvc.perform(get(path + "/latest").header("Authorization", "Bearer " + token))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(post(path)).andExpect(status().isUnauthorized());
		this.mvc.perform(post(path).header("Authorization", "Bearer nonsense")).andExpect(status().isUnauthorized());
		String clerk = token(Role.CLERK, bureauId);
		for (String code : List.of("x", "9".repeat(18), "A".repeat(500), "中文代码")) {
			this.mvc.perform(post(API.formatted(code)).header("Authorization", "Bearer " + clerk))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.status").value(404));
		}
		this.mvc.perform(post(API.formatted("%27%20or%201=1")).header("Authorization", "Bearer " + clerk))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void villagesAreNeitherInspectedNorRankedUnderTheWebsiteCheck() throws Exception {
		AgencyData county = AgencyFixtures.county("村务自查县" + System.nanoTime());
		long countyId = this.agencies.create(county);
		AgencyData township = AgencyFixtures.under(countyId, AgencyLevel.TOWNSHIP, "村务自查镇" + System.nanoTime());
		long townshipId = this.agencies.create(township);
		AgencyData village = AgencyFixtures.under(townshipId, AgencyLevel.VILLAGE, "村务自查村" + System.nanoTime());
		this.agencies.create(village);
		String office = token(Role.DISCLOSURE_OFFICE, countyId);
		this.mvc.perform(post(API.formatted(village.creditCode())).header("Authorization", "Bearer " + office))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("不适用政府网站检查")));
		this.mvc.perform(post(API.formatted(township.creditCode())).header("Authorization", "Bearer " + office))
			.andExpect(status().isCreated());
		MockHttpSession session = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, countyId));
		this.mvc.perform(get("/admin/inspection").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(township.name())))
			.andExpect(
					content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(village.name()))));
	}

	@Test
	void theTaskFormsRefuseHostileInputWithAChineseMessageAndStoreNothing() throws Exception {
		AgencyData data = AgencyFixtures.county("自查表单县" + System.nanoTime());
		long agencyId = this.agencies.create(data);
		String clerk = Staff.create(this.accounts, Role.CLERK, agencyId);
		MockHttpSession session = Staff.signIn(this.mvc, clerk);
		String code = data.creditCode();
		this.mvc.perform(post("/admin/inspection/" + code + "/run").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String key = "COLUMN_EMPTY|Column|";
		String page = this.mvc.perform(get("/admin/inspection/" + code).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher m = java.util.regex.Pattern
			.compile("name=\"key\" value=\"(COLUMN_EMPTY\\|Column\\|\\d+)\"")
			.matcher(page);
		assertThat(m.find()).isTrue();
		key = m.group(1);

		String[][] refused = { { "", "5", "请填写整改责任人" }, { "\u0000\u0007", "5", "请填写整改责任人" },
				{ "长".repeat(101), "5", "请填写整改责任人" }, { "张三", "abc", "整改期限应为1至60个工作日" },
				{ "张三", "0", "整改期限应为1至60个工作日" }, { "张三", "61", "整改期限应为1至60个工作日" }, { "张三", "-1", "整改期限应为1至60个工作日" },
				{ "张三", "99999999999999999999", "整改期限应为1至60个工作日" } };
		for (String[] input : refused) {
			this.mvc
				.perform(post("/admin/inspection/" + code + "/tasks").session(session)
					.with(csrf())
					.param("key", key)
					.param("owner", input[0])
					.param("workingDays", input[1]))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(input[2])));
		}
		this.mvc
			.perform(post("/admin/inspection/" + code + "/tasks").session(session)
				.with(csrf())
				.param("key", "NO_SUCH|Rule|1")
				.param("owner", "张三")
				.param("workingDays", "5"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("不在最近一次检查结果中")));
		this.mvc
			.perform(post("/admin/inspection/" + code + "/tasks").session(session)
				.param("key", key)
				.param("owner", "张三")
				.param("workingDays", "5"))
			.andExpect(status().isForbidden());
		assertThat(CaseFixtures.as(clerk, Role.CLERK, agencyId, () -> this.rectification.ofAgency(agencyId)))
			.as("nothing stored")
			.isEmpty();

		this.mvc
			.perform(post("/admin/inspection/" + code + "/tasks").session(session)
				.with(csrf())
				.param("key", key)
				.param("owner", "<script>alert(1)</script>")
				.param("workingDays", "5"))
			.andExpect(status().is3xxRedirection());
		long taskId = CaseFixtures.as(clerk, Role.CLERK, agencyId, () -> this.rectification.ofAgency(agencyId))
			.get(0)
			.id();
		this.mvc
			.perform(post("/admin/inspection/" + code + "/tasks").session(session)
				.with(csrf())
				.param("key", key)
				.param("owner", "李四")
				.param("workingDays", "5"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("已有未完成的整改任务")));
		String report = this.mvc.perform(get("/admin/inspection/" + code).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(report).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
		// the report's PDF sets the hostile owner as text
		byte[] pdf = this.mvc.perform(get("/admin/inspection/" + code + "/report.pdf").session(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
				.contains("<script>alert(1)</script>")
				.contains(data.name());
		}

		for (String note : new String[] { "", "   ", "\u0000", "长".repeat(1001) }) {
			this.mvc
				.perform(post("/admin/inspection/tasks/" + taskId + "/close").session(session)
					.with(csrf())
					.param("note", note))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("请填写整改说明")));
		}
		MockHttpSession stranger = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK,
				this.agencies.create(AgencyFixtures.county("外县" + System.nanoTime()))));
		this.mvc.perform(
				post("/admin/inspection/tasks/" + taskId + "/close").session(stranger).with(csrf()).param("note", "关掉"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/inspection/" + code).session(stranger)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/inspection/" + code + "/report.pdf").session(stranger))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/inspection/not-a-code/report.pdf").session(session))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/inspection/tasks/abc/close").session(session).with(csrf()).param("note", "x"))
			.andExpect(status().is4xxClientError());
		this.mvc.perform(get("/admin/inspection/not-a-code").session(session)).andExpect(status().isNotFound());
	}

	@Test
	void theCountyViewRanksPagesAndExports() throws Exception {
		AgencyData county = AgencyFixtures.county("自查排名县" + System.nanoTime());
		long countyId = this.agencies.create(county);
		MockHttpSession office = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, countyId));
		this.mvc.perform(post("/admin/inspection/" + county.creditCode() + "/run").session(office).with(csrf()))
			.andExpect(status().is3xxRedirection());
		for (String query : new String[] { "", "?page=-5&size=99999", "?q=%25%27%3Cb%3E", "?page=abc&size=x" }) {
			this.mvc.perform(get("/admin/inspection" + query).session(office)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/admin/inspection").session(office))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(county.name())));
		this.mvc.perform(get("/admin/inspection/overdue").session(office)).andExpect(status().isOk());
		byte[] xlsx = this.mvc.perform(get("/admin/inspection/ranking.xlsx").session(office))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo(county.name());
		}
		byte[] pdf = this.mvc.perform(get("/admin/inspection/ranking.pdf").session(office))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
				.contains(county.name());
		}
		this.mvc.perform(get("/admin").session(office))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("待整改")));
	}

	private String token(Role role, long agencyId) throws Exception {
		return Staff.token(this.mvc, Staff.create(this.accounts, role, agencyId));
	}

}
