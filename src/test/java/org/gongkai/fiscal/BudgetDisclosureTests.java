package org.gongkai.fiscal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Budget and final-accounts disclosure through the back office: the 三公经费 form requires
 * the explanation of a change, the page shows the last day (approval + 20 days) and flags
 * a late disclosure, review steps are audited and per agency, and the published page
 * shows the tables and offers them as an XLSX that opens.
 */
@GongkaiTest
class BudgetDisclosureTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	BudgetDisclosing budgets;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	record Office(long id, String code, MockHttpSession clerk, MockHttpSession reviewer) {

	}

	Office office(String name) throws Exception {
		AgencyData county = AgencyFixtures.county("财政县" + System.nanoTime());
		long countyId = this.agencies.create(county);
		AgencyData data = AgencyFixtures.under(countyId, AgencyLevel.DEPARTMENT, name + System.nanoTime());
		long id = this.agencies.create(data);
		return new Office(id, data.creditCode(), Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.REVIEWER, id)));
	}

	static MockHttpServletRequestBuilder budgetForm(MockHttpServletRequestBuilder post, String approvedOn,
			String travelCurrent, String changeExplanation, String... overrides) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("year", "2026");
		params.put("kind", "DEPARTMENT_BUDGET");
		params.put("approvedOn", approvedOn);
		params.put("explanation", "本部门主要职责说明。");
		params.put("rows[0].section", "INCOME");
		params.put("rows[0].item", "一般公共预算拨款收入");
		params.put("rows[0].amount", "1,286.40");
		params.put("rows[1].section", "EXPENDITURE");
		params.put("rows[1].item", "一般公共服务支出");
		params.put("rows[1].amount", "1286.4");
		params.put("rows[2].section", "INCOME");
		params.put("rows[2].item", "");
		params.put("rows[2].amount", "");
		params.put("travelPrevious", "0");
		params.put("travelCurrent", travelCurrent);
		params.put("carPurchasePrevious", "0");
		params.put("carPurchaseCurrent", "0");
		params.put("carRunningPrevious", "6.50");
		params.put("carRunningCurrent", "6.50");
		params.put("receptionPrevious", "3.20");
		params.put("receptionCurrent", "3.20");
		params.put("changeExplanation", changeExplanation);
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		params.forEach(post::param);
		return post.with(csrf());
	}

	long count(long agencyId) {
		return this.jdbc.queryForObject("select count(*) from fis_budget where agency_id = ?", Long.class, agencyId);
	}

	@Test
	void aChangedFigureOfTheThreePublicCostsNeedsItsExplanation() throws Exception {
		Office office = office("财政说明局");
		String page = this.mvc
			.perform(budgetForm(post("/admin/fiscal/" + office.code() + "/budgets"), "2026-06-01", "2.00", "")
				.session(office.clerk()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("三公经费与上年相比有增减，请说明增减原因")
			.contains("href=\"#changeExplanation\"")
			.contains("value=\"1,286.40\"");
		assertThat(count(office.id())).isZero();

		this.mvc
			.perform(budgetForm(post("/admin/fiscal/" + office.code() + "/budgets"), "2026-06-01", "0.00", "")
				.session(office.clerk()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(budgetForm(post("/admin/fiscal/" + office.code() + "/budgets"), "2026-06-01", "2.00", "新增1个出国团组")
				.session(office.clerk()))
			.andExpect(status().is3xxRedirection());
		assertThat(count(office.id())).isEqualTo(2);
	}

	@Test
	void theFormShowsTheLastDayAndFlagsALateDisclosure() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		Office office = office("财政期限局");
		String approved = today.minusDays(30).toString();
		String location = this.mvc
			.perform(budgetForm(post("/admin/fiscal/" + office.code() + "/budgets"), approved, "0", "")
				.session(office.clerk()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = this.mvc.perform(get(location).session(office.clerk()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"due-on\">" + today.minusDays(10) + "<").contains("已超过公开期限");
		assertThat(this.mvc.perform(get(location + "/edit").session(office.clerk()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("<strong>" + today.minusDays(10) + "</strong>").contains("已超过公开期限");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(post(location + "/submit").session(office.clerk()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post(location + "/publish").session(office.reviewer()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		BudgetView published = this.budgets.publicView(id);
		assertThat(published.late()).isTrue();
		assertThat(published.dueOn()).isEqualTo(today.minusDays(10));
		assertThat(this.mvc.perform(get(location).session(office.reviewer()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("逾期公开");

		Office onTime = office("财政按期局");
		String recent = this.mvc
			.perform(budgetForm(post("/admin/fiscal/" + onTime.code() + "/budgets"), today.minusDays(5).toString(), "0",
					"")
				.session(onTime.clerk()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String fresh = this.mvc.perform(get(recent).session(onTime.clerk()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fresh).contains("id=\"due-on\">" + today.plusDays(15) + "<").doesNotContain("已超过公开期限");
	}

	@Test
	void aPublishedBudgetShowsItsTablesAndTheirWorkbookOpens() throws Exception {
		Office office = office("财政表格局");
		String location = this.mvc
			.perform(budgetForm(post("/admin/fiscal/" + office.code() + "/budgets"), "2026-06-01", "1.50", "新增考察任务")
				.session(office.clerk()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		String publicPath = "/agencies/" + office.code() + "/fiscal/budgets/" + id;
		this.mvc.perform(get(publicPath)).andExpect(status().isNotFound());
		this.mvc.perform(post(location + "/publish").session(office.reviewer()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("只有待审核的内容可以公开或退回")));
		this.mvc.perform(post(location + "/submit").session(office.clerk()).with(csrf()));
		this.mvc.perform(post(location + "/publish").session(office.clerk()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(location + "/return").param("note", "请补充说明").session(office.reviewer()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post(location + "/submit").session(office.clerk()).with(csrf()));
		this.mvc.perform(post(location + "/publish").session(office.reviewer()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		String page = this.mvc.perform(get(publicPath))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<table id=\"summary-table\"")
			.contains("一般公共预算拨款收入")
			.contains("1,286.40")
			.contains("<table id=\"costs-table\"")
			.contains("因公出国（境）费")
			.contains("新增考察任务");
		assertThat(this.mvc.perform(get("/agencies/" + office.code() + "/fiscal"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(publicPath);
		this.mvc.perform(get("/agencies/" + office.code() + "/fiscal/budgets/" + (id + 100000)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/agencies/" + AgencyFixtures.randomCreditCode() + "/fiscal/budgets/" + id))
			.andExpect(status().isNotFound());

		byte[] xlsx = this.mvc.perform(get(publicPath + "/tables.xlsx"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet summary = book.getSheet("收支总表");
			assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo("一般公共预算拨款收入");
			assertThat(summary.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(1286.40);
			Sheet costs = book.getSheet("三公经费");
			assertThat(costs.getRow(2).getCell(0).getStringCellValue()).isEqualTo("三公经费合计");
			assertThat(costs.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(11.20);
			assertThat(costs.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(1.50);
			assertThat(costs.getRow(10).getCell(0).getStringCellValue()).isEqualTo("新增考察任务");
			assertThat(summary.getRow(0).getCell(0).getStringCellValue()).contains("2026年部门预算");
		}

		List<String> actions = this.audit
			.find(new AuditQuery(null, null, "BudgetDisclosure", String.valueOf(id), null, null), 0, 50)
			.getContent()
			.stream()
			.map((e) -> e.action())
			.toList();
		assertThat(actions).containsExactlyInAnyOrder("fiscal.budget.created", "fiscal.budget.submitted",
				"fiscal.budget.returned", "fiscal.budget.submitted", "fiscal.budget.published");
	}

	@Test
	void onlyTheFinanceDepartmentDisclosesTheGovernmentsBudget() throws Exception {
		Office office = office("教育局");
		String page = this.mvc
			.perform(budgetForm(post("/admin/fiscal/" + office.code() + "/budgets"), "2026-06-01", "0", "", "kind",
					"GOVERNMENT_BUDGET")
				.session(office.clerk()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("只能由财政部门公开");
		Office finance = office("财政局");
		this.mvc
			.perform(budgetForm(post("/admin/fiscal/" + finance.code() + "/budgets"), "2026-06-01", "", "", "kind",
					"GOVERNMENT_BUDGET")
				.session(finance.clerk()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void hostileInputGetsAChineseMessageAndStoresNothing() throws Exception {
		Office office = office("财政恶意局");
		String base = "/admin/fiscal/" + office.code() + "/budgets";
		String[][] refused = { { "year", "abc", "请填写年度" }, { "year", "-2026", "请填写年度" },
				{ "kind", "NONSENSE", "请选择公开类型" }, { "approvedOn", "2026-13-45", "请填写批准（批复）日期" },
				{ "approvedOn", "2999-01-01", "不能晚于今天" }, { "explanation", "\u0000\u0007", "请填写说明" },
				{ "explanation", "长".repeat(20_001), "说明不能超过20000字" }, { "rows[0].amount", "-5", "收支总表第1行的金额" },
				{ "rows[0].amount", "1.005", "收支总表第1行的金额" }, { "rows[1].item", "项".repeat(201), "收支总表第2行缺少项目名称" },
				{ "rows[0].section", "X", "收支类别不正确" }, { "receptionCurrent", "9".repeat(40), "请填写本年公务接待费" } };
		for (String[] input : refused) {
			String page = this.mvc
				.perform(budgetForm(post(base), "2026-06-01", "0", "", input[0], input[1]).session(office.clerk()))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(input[0] + "=" + input[1]).contains(input[2]);
		}
		this.mvc.perform(budgetForm(post(base), "2026-06-01", "0", "", "rows[300].item", "x").session(office.clerk()))
			.andExpect(status().is4xxClientError());
		assertThat(count(office.id())).isZero();
		this.mvc.perform(get("/admin/fiscal/budgets/999999999").session(office.clerk()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/fiscal/budgets/abc").session(office.clerk())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/fiscal/NOPE").session(office.clerk())).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/fiscal/budgets/999999999/publish").session(office.reviewer()).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void anotherAgencysStaffCannotReadOrChangeTheBudgets() throws Exception {
		Office a = office("甲财政局");
		Office b = office("乙财政局");
		String location = this.mvc
			.perform(budgetForm(post("/admin/fiscal/" + b.code() + "/budgets"), "2026-06-01", "0", "")
				.session(b.clerk()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc
			.perform(budgetForm(post("/admin/fiscal/" + b.code() + "/budgets"), "2026-06-01", "0", "")
				.session(a.clerk()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(location).session(a.clerk())).andExpect(status().isForbidden());
		this.mvc.perform(get(location + "/edit").session(a.clerk())).andExpect(status().isForbidden());
		this.mvc.perform(budgetForm(post(location + "/edit"), "2026-06-01", "0", "").session(a.clerk()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(location + "/submit").session(a.clerk()).with(csrf())).andExpect(status().isForbidden());
		this.mvc
			.perform(budgetForm(post("/admin/fiscal/" + b.code() + "/budgets"), "2026-06-01", "0", "")
				.session(b.reviewer()))
			.andExpect(status().isForbidden());
		assertThat(count(b.id())).isEqualTo(1);
	}

}
