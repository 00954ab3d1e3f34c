package org.gongkai.fiscal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Special funds: the household import masks names and ID numbers on the public page and
 * refuses, before storing anything, a list whose villages do not add up and hostile
 * files; completeness of a complete and of a total-only fund; per-agency authorisation;
 * an audit entry per step.
 */
@GongkaiTest
class SpecialFundTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	FiscalCompleteness completeness;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	record Town(long id, String code, MockHttpSession clerk, MockHttpSession reviewer) {

	}

	Town town(String name) throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("资金县" + System.nanoTime()));
		AgencyData data = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, name + System.nanoTime());
		long id = this.agencies.create(data);
		return new Town(id, data.creditCode(), Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.REVIEWER, id)));
	}

	static MockHttpServletRequestBuilder fundForm(MockHttpServletRequestBuilder post, String name, boolean complete,
			String... overrides) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("year", "2026");
		params.put("name", name);
		params.put("amount", "12.50");
		params.put("households", "true");
		params.put("legalBasis", complete ? "县财政局《耕地地力保护补贴实施方案》" : "");
		params.put("allocationMethod", complete ? "按承包面积每亩125元" : "");
		params.put("allocationResults", "");
		params.put("disbursement", complete ? "已通过一卡通拨付到户" : "");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		params.forEach(post::param);
		return post.with(csrf());
	}

	long create(Town town, String name, boolean complete) throws Exception {
		String location = this.mvc
			.perform(fundForm(post("/admin/fiscal/" + town.code() + "/funds"), name, complete).session(town.clerk()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	String importFile(Town town, long fund, byte[] bytes, int expected) throws Exception {
		return this.mvc
			.perform(multipart("/admin/fiscal/funds/" + fund + "/recipients")
				.file(new MockMultipartFile("file", "名册.xlsx", "application/octet-stream", bytes))
				.session(town.clerk())
				.with(csrf()))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	int households(long fund) {
		return this.jdbc.queryForObject("select count(*) from fis_recipient where fund_id = ?", Integer.class, fund);
	}

	void publish(Town town, long fund) throws Exception {
		this.mvc.perform(post("/admin/fiscal/funds/" + fund + "/submit").session(town.clerk()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/admin/fiscal/funds/" + fund + "/publish").session(town.reviewer()).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theImportedHouseholdsAreMaskedOnThePublicPageAndTheFundIsComplete() throws Exception {
		Town town = town("补贴镇");
		long fund = create(town, "耕地地力保护补贴", true);
		String first = Households.id(11);
		String second = Households.id(22);
		byte[] list = Households.list()
			.add("柳湾村", "张建国", first, "耕地地力保护补贴", "250.00")
			.add("新街社区", "王秀英", second, "耕地地力保护补贴", 375.5)
			.add("柳湾村", "李春生", Households.id(33), "耕地地力保护补贴", "125")
			.grandTotal("750.50")
			.xlsx();
		importFile(town, fund, list, 302);
		assertThat(households(fund)).isEqualTo(3);
		String staff = this.mvc.perform(get("/admin/fiscal/funds/" + fund).session(town.clerk()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(staff).contains(first).contains("张建国");
		assertThat(this.completeness.fund(fund).complete()).isFalse();

		publish(town, fund);
		String page = this.mvc.perform(get("/agencies/" + town.code() + "/fiscal/funds/" + fund))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("张建国")
			.doesNotContain("王秀英")
			.doesNotContain(first)
			.doesNotContain(second)
			.contains("张**")
			.contains(first.substring(0, 2) + "*************" + first.substring(15))
			.contains("柳湾村")
			.contains("375.50")
			.contains("县财政局《耕地地力保护补贴实施方案》");
		FundCompleteness done = this.completeness.fund(fund);
		assertThat(done.complete()).isTrue();
		assertThat(done.disclosed()).containsExactlyInAnyOrder(FundPart.values());
		assertThat(this.audit.find(new AuditQuery(null, null, "SpecialFund", String.valueOf(fund), null, null), 0, 50)
			.getContent()
			.stream()
			.map((e) -> e.action())
			.toList()).containsExactlyInAnyOrder("fiscal.fund.created", "fiscal.fund.recipients-imported",
					"fiscal.fund.submitted", "fiscal.fund.published");
	}

	@Test
	void aFundDisclosedOnlyAsItsTotalIsIncompleteAndTheYearsTotalCountsThePublishedFunds() throws Exception {
		Town town = town("总额镇");
		long total = create(town, "农村人居环境整治专项资金", false);
		long full = create(town, "耕地地力保护补贴", true);
		importFile(town, full, Households.list().add("河东村", "赵志强", Households.id(5), "补贴", "100").xlsx(), 302);
		publish(town, total);
		publish(town, full);
		FundCompleteness onlyTotal = this.completeness.fund(total);
		assertThat(onlyTotal.complete()).isFalse();
		assertThat(onlyTotal.disclosed()).containsExactly(FundPart.TOTAL);
		assertThat(onlyTotal.missing()).containsExactlyInAnyOrder(FundPart.BASIS, FundPart.METHOD, FundPart.RESULTS,
				FundPart.RECIPIENTS, FundPart.DISBURSEMENT);
		YearCompleteness year = this.completeness.year(town.id(), 2026);
		assertThat(year.fundsTotal()).isEqualByComparingTo("25.00");
		assertThat(year.incompleteFunds()).extracting(FundCompleteness::fundId).containsExactly(total);
		String overview = this.mvc.perform(get("/admin/fiscal/" + town.code()).session(town.clerk()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(overview).contains("资金总表已公开，设立依据、分配办法、分配结果、发放对象、拨付情况未公开").contains("1 / 2").contains("25.00");
		String publicList = this.mvc.perform(get("/agencies/" + town.code() + "/fiscal"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(publicList).contains("2026年专项资金合计25.00万元");
	}

	@Test
	void aListWhoseVillagesDoNotAddUpIsRefusedBeforeAnythingIsStored() throws Exception {
		Town town = town("核对镇");
		long fund = create(town, "耕地地力保护补贴", true);
		byte[] good = Households.list().add("柳湾村", "张建国", Households.id(1), "补贴", "100").xlsx();
		importFile(town, fund, good, 302);
		String page = importFile(town, fund,
				Households.list()
					.add("柳湾村", "张建国", Households.id(1), "补贴", "100")
					.add("柳湾村", "王秀英", Households.id(2), "补贴", "200")
					.add("河东村", "李春生", Households.id(3), "补贴", "50")
					.total("柳湾村", "310.00")
					.xlsx(),
				400);
		assertThat(page).contains("柳湾村：各户金额合计300.00元，与文件所列合计310.00元不一致").doesNotContain("河东村：");
		page = importFile(town, fund,
				Households.list()
					.add("柳湾村", "张建国", Households.id(1), "补贴", "100")
					.add("河东村", "李春生", Households.id(3), "补贴", "50")
					.total("河东村", "60")
					.totalsOnASheet()
					.xlsx(),
				400);
		assertThat(page).contains("河东村：各户金额合计50.00元，与文件所列合计60.00元不一致");
		page = importFile(town, fund,
				Households.list().add("柳湾村", "张建国", Households.id(1), "补贴", "100").grandTotal("99").xlsx(), 400);
		assertThat(page).contains("与文件所列总计99.00元不一致");
		assertThat(households(fund)).isEqualTo(1);
	}

	@Test
	void hostileFilesAreRefusedWithAChineseMessageAndNothingStored() throws Exception {
		Town town = town("恶意镇");
		long fund = create(town, "耕地地力保护补贴", true);
		Object[][] refused = {
				{ Households.list().header("村", "姓名", "电话", "补贴项目", "金额").add("甲村", "张三", "x", "y", "1").xlsx(),
						"表头缺少“身份证号码”列" },
				{ Households.list().add("甲村", "张建国", Households.id(1), "补贴", "-100").xlsx(), "第2行的金额“-100”无效" },
				{ Households.list().add("甲村", "张建国", "110101199003076510", "补贴", "100").xlsx(), "第2行的身份证号码无效" },
				{ Households.list().add("", "张建国", Households.id(1), "补贴", "100").xlsx(), "第2行缺少村（社区）" },
				{ Households.list().add("甲村", "名".repeat(51), Households.id(1), "补贴", "100").xlsx(), "第2行缺少姓名或超过50字" },
				{ "村,姓名\n甲村,张三\n".getBytes(StandardCharsets.UTF_8), "文件不是XLSX工作簿" },
				{ "%PDF-1.4 not a list".getBytes(StandardCharsets.US_ASCII), "文件不是XLSX工作簿" },
				{ new byte[] { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, "文件已损坏" },
				{ new byte[0], "请选择要导入的XLSX文件" } };
		for (Object[] file : refused) {
			String page = importFile(town, fund, (byte[]) file[0], 400);
			assertThat(page).contains((String) file[1]);
		}
		Households many = Households.list();
		for (int i = 0; i < HouseholdFile.MAX_ROWS + 1; i++) {
			many.add("甲村", "张建国", Households.id(i), "补贴", "1");
		}
		assertThat(importFile(town, fund, many.xlsx(), 400)).contains("一次最多导入10000户");
		assertThat(households(fund)).isZero();

		long plain = this.mvc
			.perform(fundForm(post("/admin/fiscal/" + town.code() + "/funds"), "项目资金", true, "households", "false")
				.session(town.clerk()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()
			.replaceAll(".*/", "")
			.transform(Long::parseLong);
		assertThat(importFile(town, plain, Households.list().add("甲村", "张建国", Households.id(1), "补贴", "1").xlsx(), 400))
			.contains("不是发放到户的补贴");
	}

	@Test
	void theFundFormRefusesHostileInput() throws Exception {
		Town town = town("表单镇");
		String base = "/admin/fiscal/" + town.code() + "/funds";
		String[][] refused = { { "name", "", "请填写资金名称" }, { "name", "\u0000\u0001", "请填写资金名称" },
				{ "name", "名".repeat(201), "资金名称不能超过200字" }, { "amount", "-1", "请填写资金总额" },
				{ "amount", "abc", "请填写资金总额" }, { "year", "99999999999", "请填写年度" },
				{ "legalBasis", "依".repeat(4001), "设立依据不能超过4000字" }, { "households", "maybe", "格式不正确" } };
		for (String[] input : refused) {
			String page = this.mvc.perform(fundForm(post(base), "资金", true, input[0], input[1]).session(town.clerk()))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(input[0]).contains(input[2]);
		}
		assertThat(
				this.jdbc.queryForObject("select count(*) from fis_fund where agency_id = ?", Integer.class, town.id()))
			.isZero();
		this.mvc.perform(get("/agencies/" + town.code() + "/fiscal/funds/999999999")).andExpect(status().isNotFound());
		this.mvc.perform(get("/agencies/" + town.code() + "/fiscal/funds/-1")).andExpect(status().isNotFound());
	}

	@Test
	void theReviewersStartPageCountsWhatWaitsForReview() throws Exception {
		Town town = town("待审镇");
		long fund = create(town, "耕地地力保护补贴", true);
		this.mvc.perform(post("/admin/fiscal/funds/" + fund + "/submit").session(town.clerk()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String home = this.mvc.perform(get("/admin").session(town.reviewer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(home)
			.containsPattern(
					"data-todo=\"fiscal-review\"[^>]*data-count=\"1\"|data-count=\"1\"[^>]*data-todo=\"fiscal-review\"")
			.contains("待审核：财政预决算和专项资金公开");
		assertThat(this.mvc.perform(get("/admin").session(town.clerk())).andReturn().getResponse().getContentAsString())
			.doesNotContain("fiscal-review");
	}

	@Test
	void aClerkOfAnotherAgencyCannotEditTheFund() throws Exception {
		Town a = town("甲镇");
		Town b = town("乙镇");
		long fund = create(b, "耕地地力保护补贴", true);
		this.mvc.perform(get("/admin/fiscal/funds/" + fund + "/edit").session(a.clerk()))
			.andExpect(status().isForbidden());
		this.mvc.perform(fundForm(post("/admin/fiscal/funds/" + fund + "/edit"), "改名", true).session(a.clerk()))
			.andExpect(status().isForbidden());
		importFile(a, fund, Households.list().add("甲村", "张建国", Households.id(1), "补贴", "1").xlsx(), 403);
		this.mvc.perform(post("/admin/fiscal/funds/" + fund + "/submit").session(a.clerk()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/fiscal/funds/" + fund).session(a.clerk())).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/fiscal/" + b.code()).session(a.clerk())).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/fiscal/funds/" + fund + "/submit").session(b.clerk()).with(csrf()));
		this.mvc.perform(post("/admin/fiscal/funds/" + fund + "/publish").session(a.reviewer()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/agencies/" + b.code() + "/fiscal/funds/" + fund)).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/fiscal/funds/" + fund + "/publish").session(b.reviewer()).with(csrf()));
		this.mvc.perform(get("/agencies/" + a.code() + "/fiscal/funds/" + fund)).andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select name from fis_fund where id = ?", String.class, fund))
			.isEqualTo("耕地地力保护补贴");
	}

}
