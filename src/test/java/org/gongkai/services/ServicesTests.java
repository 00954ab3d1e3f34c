package org.gongkai.services;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.services.ServiceFixtures.docx;
import static org.gongkai.services.ServiceFixtures.draft;
import static org.gongkai.services.ServiceFixtures.itemForm;
import static org.gongkai.services.ServiceFixtures.publish;
import static org.gongkai.services.ServiceFixtures.upload;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Service guides: the clerk drafts, the reviewer publishes, the public reads the ten
 * elements, downloads the forms and finds the township's and the village's service points
 * (also in the guide); a guide missing elements names them; hostile input, uploads and
 * other agencies' ids are refused with nothing stored.
 */
@GongkaiTest
class ServicesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ServiceGuides guides;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	record Town(long id, String code, long villageId, String villageCode, MockHttpSession clerk,
			MockHttpSession reviewer) {

	}

	Town town() throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("办事县" + System.nanoTime()));
		AgencyData data = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "办事镇" + System.nanoTime());
		long id = this.agencies.create(data);
		AgencyData village = AgencyFixtures.under(id, AgencyLevel.VILLAGE, "便民村" + System.nanoTime());
		long villageId = this.agencies.create(village);
		return new Town(id, data.creditCode(), villageId, village.creditCode(),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.REVIEWER, id)));
	}

	String page(String url, int expected) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	long point(Town town, String name, String villageId, long... items) throws Exception {
		var post = post("/admin/services/" + town.code() + "/points").session(town.clerk())
			.with(csrf())
			.param("name", name)
			.param("address", name + "地址：人民路18号")
			.param("hours", "工作日 8:30-17:30")
			.param("phone", "0775-6281234")
			.param("villageId", villageId);
		for (long item : items) {
			post.param("itemIds", String.valueOf(item));
		}
		this.mvc.perform(post).andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("select max(id) from svc_point where agency_id = ?", Long.class, town.id());
	}

	@Test
	void theClerkDraftsTheReviewerPublishesAndThePublicReadsTheGuideAndItsForm() throws Exception {
		Town town = town();
		long item = draft(this.mvc, town.code(), town.clerk(), "农村低保申请");
		assertThat(page("/agencies/" + town.code() + "/services/" + item, 404)).doesNotContain("农村低保申请");
		upload(this.mvc, item, town.clerk(), "低保申请书.docx", docx("最低生活保障申请书 申请人姓名"), 302);

		// only the reviewer publishes
		this.mvc.perform(post("/admin/services/items/" + item + "/publish").session(town.clerk()).with(csrf()))
			.andExpect(status().isForbidden());
		publish(this.mvc, item, town.reviewer());
		assertThat(this.audit.find(new AuditQuery(null, null, "ServiceItem", String.valueOf(item), null, null), 0, 20)
			.getContent()).extracting((e) -> e.action())
			.contains("services.item.created", "services.item.form-added", "services.item.published");

		long centre = point(town, "办事镇为民服务中心", "", item);
		long station = point(town, "便民村便民服务站", String.valueOf(town.villageId()), item);
		assertThat(centre).isLessThan(station);

		String detail = page("/agencies/" + town.code() + "/services/" + item, 200);
		assertThat(detail).contains("农村低保申请", "《社会救助暂行办法》第九条", "家庭人均收入低于当地低保标准", "申请书、户口簿", "申请→受理", "30个工作日", "20个工作日",
				"不收费", "办事镇为民服务中心", "0775-6281234", "12345", "低保申请书.docx");
		byte[] form = this.mvc.perform(get("/agencies/" + town.code() + "/services/" + item + "/forms/0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(form)))) {
			assertThat(text.getText()).contains("最低生活保障申请书");
		}
		page("/agencies/" + town.code() + "/services/" + item + "/forms/1", 404);

		String township = page("/agencies/" + town.code() + "/services", 200);
		assertThat(township).contains("办事镇为民服务中心", "便民村便民服务站", "农村低保申请", "工作日 8:30-17:30");
		String village = page("/agencies/" + town.villageCode() + "/services", 200);
		assertThat(village).contains("便民村便民服务站", "农村低保申请")
			.doesNotContain("办事镇为民服务中心")
			.contains("/agencies/" + town.code() + "/services/" + item);

		String guide = page("/agencies/" + town.code() + "/guide", 200);
		assertThat(guide).contains("id=\"guide-services-part\"", "办事镇为民服务中心地址：人民路18号");
		assertThat(page("/agencies/" + town.villageCode() + "/guide", 200)).contains("便民村便民服务站");

		// the services column links to the pages
		String column = this.jdbc.queryForObject("select id from cat_column where agency_id = ? and code = 'services'",
				String.class, town.id());
		assertThat(page("/agencies/" + town.code() + "/columns/" + column, 200)).contains("id=\"services-link\"");

		// withdrawn: gone from the public pages
		this.mvc.perform(post("/admin/services/items/" + item + "/withdraw").session(town.reviewer()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		page("/agencies/" + town.code() + "/services/" + item, 404);
		page("/agencies/" + town.code() + "/services/" + item + "/forms/0", 404);
		assertThat(page("/agencies/" + town.villageCode() + "/services", 200)).doesNotContain("农村低保申请");
	}

	@Test
	void aPublishedGuideMissingElementsNamesThemAndDraftsAreNotChecked() throws Exception {
		Town town = town();
		long incomplete = draft(this.mvc, town.code(), town.clerk(), "临时救助申请", "fees", "无", "basis", "详见相关规定");
		long noForm = draft(this.mvc, town.code(), town.clerk(), "高龄津贴申领", "noForms", "true");
		long drafted = draft(this.mvc, town.code(), town.clerk(), "草稿事项", "fees", "");
		publish(this.mvc, incomplete, town.reviewer());
		publish(this.mvc, noForm, town.reviewer());
		assertThat(this.guides.incompleteOf(town.id())).singleElement().satisfies((g) -> {
			assertThat(g.itemId()).isEqualTo(incomplete);
			assertThat(g.missing()).containsExactly("设定依据", "收费标准", "表格下载");
		});
		assertThat(drafted).isPositive();
		String admin = this.mvc.perform(get("/admin/services/" + town.code()).session(town.clerk()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(admin).contains("设定依据、收费标准、表格下载", "要素齐全");
	}

	@Test
	void hostileInputIsRefusedWithEveryProblemAtOnceAndNothingStored() throws Exception {
		Town town = town();
		int before = this.jdbc.queryForObject("select count(*) from svc_item", Integer.class);
		String body = this.mvc
			.perform(itemForm(post("/admin/services/" + town.code() + "/items"), "", "basis", "依".repeat(4001),
					"legalDays", "abc", "promisedDays", "-1", "consultPhone", "1".repeat(101))
				.session(town.clerk()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("请填写名称", "设定依据不能超过4000个字", "法定办理时限请填写0到3650之间的整数", "承诺办理时限请填写0到3650之间的整数",
				"咨询电话不能超过100个字");
		this.mvc
			.perform(itemForm(post("/admin/services/" + town.code() + "/items"), "名".repeat(201), "legalDays", "5",
					"promisedDays", "10")
				.session(town.clerk()))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("承诺办理时限不能长于法定办理时限")));
		assertThat(this.jdbc.queryForObject("select count(*) from svc_item", Integer.class)).isEqualTo(before);

		// script tags are kept as text and escaped
		long item = draft(this.mvc, town.code(), town.clerk(), "<script>alert(1)</script>事项");
		upload(this.mvc, item, town.clerk(), "x.pdf", "<html><body>not a pdf</body></html>".getBytes(), 400);
		upload(this.mvc, item, town.clerk(), "empty.docx", new byte[0], 400);
		upload(this.mvc, item, town.clerk(), "big.pdf", new byte[11 * 1024 * 1024], 400);
		assertThat(this.jdbc.queryForObject("select count(*) from svc_form where item_id = ?", Integer.class, item))
			.isZero();
		publish(this.mvc, item, town.reviewer());
		assertThat(page("/agencies/" + town.code() + "/services/" + item, 200)).doesNotContain("<script>alert(1)")
			.contains("&lt;script&gt;");

		// another township's staff, items and villages
		Town other = town();
		long foreign = draft(this.mvc, other.code(), other.clerk(), "别镇事项");
		this.mvc.perform(itemForm(post("/admin/services/" + town.code() + "/items"), "越权").session(other.clerk()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/services/items/" + item).session(other.clerk())).andExpect(status().isForbidden());
		upload(this.mvc, item, other.clerk(), "a.docx", docx("越权"), 403);
		this.mvc.perform(post("/admin/services/items/" + item + "/withdraw").session(other.reviewer()).with(csrf()))
			.andExpect(status().isForbidden());
		page("/agencies/" + town.code() + "/services/" + foreign, 404);
		page("/agencies/" + other.code() + "/services/" + item, 404);
		int points = this.jdbc.queryForObject("select count(*) from svc_point", Integer.class);
		String refused = this.mvc
			.perform(post("/admin/services/" + town.code() + "/points").session(town.clerk())
				.with(csrf())
				.param("name", "")
				.param("address", "地址")
				.param("hours", "")
				.param("phone", "没有电话")
				.param("villageId", String.valueOf(other.villageId()))
				.param("itemIds", String.valueOf(foreign))
				.param("itemIds", "abc"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("请填写名称", "请填写办公时间", "请填写有效的电话号码", "请选择本单位下属的村（社区）", "只能选择本单位的办事事项");
		this.mvc
			.perform(post("/admin/services/" + town.code() + "/points").session(town.clerk())
				.with(csrf())
				.param("name", "点")
				.param("address", "地址")
				.param("hours", "全天")
				.param("phone", "12345")
				.param("itemIds[600]", "1"))
			.andExpect(status().isBadRequest());
		assertThat(this.jdbc.queryForObject("select count(*) from svc_point", Integer.class)).isEqualTo(points);
		page("/agencies/NOSUCHAGENCY000000/services", 404);
		page("/agencies/" + town.code() + "/services/99999999999/forms/0", 404);
	}

}
