package org.gongkai.decisions;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.decisions.DecisionTown.itemForm;
import static org.gongkai.decisions.DecisionTown.today;
import static org.gongkai.decisions.DecisionTown.year;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The yearly catalogue (Order 713 art. 10): the clerk drafts it, the reviewer publishes
 * it as a whole and the portal shows it; items added or changed later are reviewed and
 * shown as 调整; roles and agencies are checked on the server; hostile input is refused
 * with every problem at once and nothing stored; every step is audited.
 */
@GongkaiTest
class DecisionCatalogueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	DecisionTown town(String name) throws Exception {
		return DecisionTown.create(this.mvc, this.agencies, this.accounts, name);
	}

	String page(String path, MockHttpSession session, int expected) throws Exception {
		return this.mvc.perform((session != null) ? get(path).session(session) : get(path))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	List<String> actions(String type, long id) {
		return this.audit.find(new AuditQuery(null, null, type, String.valueOf(id), null, null), 0, 50)
			.getContent()
			.stream()
			.map((e) -> e.action())
			.toList();
	}

	@Test
	void theReviewerPublishesTheCatalogueAsAWholeAndThePortalShowsIt() throws Exception {
		DecisionTown town = town("目录镇");
		long catalogue = town.catalogue();
		long market = town.item(catalogue, "集镇农贸市场改造提升");
		long fund = town.item(catalogue, "人居环境整治资金安排", "kind", "COLLECTIVE_MATTER", "subKind", "LARGE_FUNDS");
		assertThat(page("/agencies/" + town.code() + "/decisions", null, 200)).doesNotContain("集镇农贸市场改造提升")
			.contains("年度目录尚未公布");
		assertThat(page("/agencies/" + town.code() + "/decisions/" + market, null, 404)).doesNotContain("集镇农贸市场");

		town.step("/admin/decisions/catalogues/" + catalogue + "/submit", town.clerk());
		// a clerk does not publish, and nothing is added while the reviewer reads it
		this.mvc
			.perform(post("/admin/decisions/catalogues/" + catalogue + "/publish").session(town.clerk()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(itemForm(post("/admin/decisions/catalogues/" + catalogue + "/items"), "审核中新增")
				.session(town.clerk()))
			.andExpect(status().isBadRequest());
		town.step("/admin/decisions/catalogues/" + catalogue + "/publish", town.reviewer());

		String portal = page("/agencies/" + town.code() + "/decisions", null, 200);
		assertThat(portal).contains("集镇农贸市场改造提升", "人居环境整治资金安排", "三重一大事项（大额资金使用）", "经济发展办公室", year() + "年第四季度",
				"目录于" + today() + "公布，共2项", "未启动", "合法性审查", "集体讨论决定");
		assertThat(page("/agencies/" + town.code() + "/decisions/" + fund, null, 200)).contains("人居环境整治资金安排",
				"《重大行政决策程序暂行条例》");
		assertThat(actions("DecisionCatalogue", catalogue)).containsExactlyInAnyOrder("decisions.catalogue.created",
				"decisions.catalogue.submitted", "decisions.catalogue.published");
		assertThat(actions("DecisionItem", market)).containsExactly("decisions.item.added");
		// once published, an item of the catalogue is no longer edited but adjusted
		this.mvc.perform(itemForm(post("/admin/decisions/items/" + market + "/edit"), "改名").session(town.clerk()))
			.andExpect(status().isBadRequest());
		assertThat(this.jdbc.queryForObject("select title from dec_item where id = ?", String.class, market))
			.isEqualTo("集镇农贸市场改造提升");
	}

	@Test
	void theReviewerReturnsACatalogueWithANoteAndTheClerkSeesIt() throws Exception {
		DecisionTown town = town("退回镇");
		long catalogue = town.catalogue();
		this.mvc
			.perform(post("/admin/decisions/catalogues/" + catalogue + "/submit").session(town.clerk()).with(csrf()))
			.andExpect(status().isBadRequest());
		town.item(catalogue, "老旧小区改造");
		town.step("/admin/decisions/catalogues/" + catalogue + "/submit", town.clerk());
		this.mvc
			.perform(post("/admin/decisions/catalogues/" + catalogue + "/return").param("note", " ")
				.session(town.reviewer())
				.with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/admin/decisions/catalogues/" + catalogue + "/return").param("note", "请补充决策依据")
				.session(town.reviewer())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/admin/decisions/" + town.code(), town.clerk(), 200)).contains("退回意见：请补充决策依据", "草稿");
	}

	@Test
	void itemsAddedOrChangedAfterPublicationAreReviewedAndShownAsAdjustments() throws Exception {
		DecisionTown town = town("调整镇");
		long catalogue = town.catalogue();
		long elderly = town.item(catalogue, "养老服务中心建设");
		town.publishCatalogue(catalogue);

		// an addition needs its reason, and stays off the portal until the reviewer
		// publishes it
		String refused = this.mvc
			.perform(itemForm(post("/admin/decisions/catalogues/" + catalogue + "/items"), "防汛设施提升")
				.session(town.clerk()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("目录公布后调入事项须说明理由");
		long added = town.item(catalogue, "防汛设施提升", "reason", "汛期前上级部署新增");
		assertThat(page("/agencies/" + town.code() + "/decisions", null, 200)).doesNotContain("防汛设施提升");
		town.step("/admin/decisions/items/" + added + "/submit", town.clerk());
		assertThat(todo(town.reviewer())).contains("待审核：重大行政决策");
		town.step("/admin/decisions/items/" + added + "/publish", town.reviewer());

		// a change is proposed with its reason and applies when published
		this.mvc
			.perform(post("/admin/decisions/items/" + elderly + "/adjustments").param("adjustmentKind", "CHANGED")
				.param("adjustmentReason", "")
				.param("newPlannedTime", "")
				.param("newUnit", "")
				.session(town.clerk())
				.with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/admin/decisions/items/" + elderly + "/adjustments").param("adjustmentKind", "CHANGED")
				.param("adjustmentReason", "选址规划修编尚未完成")
				.param("newPlannedTime", (year() + 1) + "年第二季度")
				.param("newUnit", "")
				.session(town.clerk())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/agencies/" + town.code() + "/decisions", null, 200)).contains(year() + "年第四季度")
			.doesNotContain("选址规划修编尚未完成");
		Long adjustment = this.jdbc.queryForObject(
				"select id from dec_adjustment where item_id = ? and kind = 'CHANGED'", Long.class, elderly);
		this.mvc
			.perform(post("/admin/decisions/adjustments/" + adjustment + "/publish").param("back", "" + elderly)
				.session(town.clerk())
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/decisions/adjustments/" + adjustment + "/publish").param("back", "" + elderly)
				.session(town.reviewer())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		String portal = page("/agencies/" + town.code() + "/decisions", null, 200);
		assertThat(portal).contains("防汛设施提升", "调入", "汛期前上级部署新增", "选址规划修编尚未完成", "计划完成时间调整为：" + (year() + 1) + "年第二季度",
				"已调整");
		assertThat(actions("CatalogueAdjustment", adjustment))
			.containsExactlyInAnyOrder("decisions.adjustment.proposed", "decisions.adjustment.published");
		assertThat(actions("DecisionItem", added)).containsExactlyInAnyOrder("decisions.item.added",
				"decisions.item.submitted", "decisions.item.published");
	}

	String todo(MockHttpSession session) throws Exception {
		return page("/admin", session, 200);
	}

	@Test
	void anotherAgencysStaffAndTheWrongRoleAreRefusedOnTheServer() throws Exception {
		DecisionTown town = town("权限镇");
		DecisionTown other = town("他镇");
		long catalogue = town.catalogue();
		long item = town.item(catalogue, "自来水管网改造");
		// another township's clerk sees nothing and changes nothing
		page("/admin/decisions/" + town.code(), other.clerk(), 403);
		page("/admin/decisions/items/" + item, other.clerk(), 403);
		this.mvc
			.perform(post("/admin/decisions/" + town.code() + "/catalogues").param("year", String.valueOf(year() + 1))
				.session(other.clerk())
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(itemForm(post("/admin/decisions/catalogues/" + catalogue + "/items"), "越权事项")
				.session(other.clerk()))
			.andExpect(status().isForbidden());
		this.mvc.perform(DecisionTown
			.stageForm(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/admin/decisions/items/" + item + "/stages"), "LEGALITY_REVIEW", today())
			.session(other.clerk())).andExpect(status().isForbidden());
		// the agency's reviewer reviews but does not record
		this.mvc
			.perform(itemForm(post("/admin/decisions/catalogues/" + catalogue + "/items"), "审核员事项")
				.session(town.reviewer()))
			.andExpect(status().isForbidden());
		// the county's disclosure office reads its township's catalogue, but does not
		// draft
		MockHttpSession office = Staff.signIn(this.mvc,
				Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, town.county()));
		assertThat(page("/admin/decisions/" + town.code(), office, 200)).contains("自来水管网改造")
			.doesNotContain("id=\"new-item\"");
		// an item of one agency is not found under another's address
		town.publishCatalogue(catalogue);
		page("/agencies/" + other.code() + "/decisions/" + item, null, 404);
		page("/agencies/" + town.code() + "/decisions/" + item, null, 200);
		page("/api/v1/agencies/" + other.code() + "/decisions", null, 404);
		assertThat(this.jdbc.queryForObject("select count(*) from dec_item where title in ('越权事项', '审核员事项')",
				Integer.class))
			.isZero();
	}

	@Test
	void hostileItemInputIsRefusedWithEveryProblemAndNothingStored() throws Exception {
		DecisionTown town = town("输入镇");
		long catalogue = town.catalogue();
		String body = this.mvc
			.perform(itemForm(post("/admin/decisions/catalogues/" + catalogue + "/items"), "", "kind",
					"COLLECTIVE_MATTER", "subKind", "CADRE_APPOINTMENT", "unit", "", "plannedTime", "年".repeat(101),
					"legalBasis", "依".repeat(2001))
				.session(town.clerk()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("请填写决策事项名称", "乡镇公开的三重一大事项为重大事项决策和大额资金使用两类", "请填写承办单位", "计划完成时间不能超过100字",
				"决策依据不能超过2000字");
		this.mvc
			.perform(itemForm(post("/admin/decisions/catalogues/" + catalogue + "/items"), "x", "kind", "<script>")
				.session(town.clerk()))
			.andExpect(status().isBadRequest());
		long script = town.item(catalogue, "<script>alert(1)</script>改造");
		assertThat(page("/admin/decisions/items/" + script, town.clerk(), 200)).doesNotContain("<script>alert(1)")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;改造");
		// hostile years
		for (String year : List.of("abc", "1999", "20261", "")) {
			this.mvc
				.perform(post("/admin/decisions/" + town.code() + "/catalogues").param("year", year)
					.session(town.clerk())
					.with(csrf()))
				.andExpect(status().isBadRequest());
		}
		this.mvc
			.perform(post("/admin/decisions/" + town.code() + "/catalogues").param("year", String.valueOf(year()))
				.session(town.clerk())
				.with(csrf()))
			.andExpect(status().isBadRequest());
		page("/admin/decisions/items/999999999", town.clerk(), 404);
		page("/admin/decisions/items/abc", town.clerk(), 404);
		assertThat(this.jdbc.queryForObject("select count(*) from dec_item where catalogue_id = ?", Integer.class,
				catalogue))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from dec_catalogue where agency_id = ?", Integer.class,
				town.id()))
			.isEqualTo(1);
	}

	@Test
	void aVillageKeepsNoCatalogue() throws Exception {
		DecisionTown town = town("村上镇");
		long village = this.agencies
			.create(AgencyFixtures.under(town.id(), AgencyLevel.VILLAGE, "决策村" + System.nanoTime()));
		String code = this.agencies.details(village).summary().creditCode();
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, village));
		String body = this.mvc
			.perform(post("/admin/decisions/" + code + "/catalogues").param("year", String.valueOf(year()))
				.session(clerk)
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("村（居）民委员会不编制重大行政决策事项目录");
		page("/agencies/" + code + "/decisions", null, 404);
		page("/api/v1/agencies/" + code + "/decisions", null, 404);
	}

	@Test
	void theCatalogueLinksFromTheStatutoryColumn() throws Exception {
		DecisionTown town = town("栏目镇");
		Long column = this.jdbc.queryForObject("select id from cat_column where agency_id = ? and code = 'decisions'",
				Long.class, town.id());
		assertThat(page("/agencies/" + town.code() + "/columns/" + column, null, 200)).contains("id=\"decisions-link\"",
				"/agencies/" + town.code() + "/decisions", "重大行政决策");
	}

}
