package org.gongkai.powers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
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
import org.springframework.mock.web.MockHttpServletResponse;
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
 * Power and responsibility lists: versions published as a whole with the change note
 * computed against the version before; earlier versions readable; the XLSX (parsed back)
 * and the API; the import whole or not at all, hostile files refused; hostile form input;
 * roles and scoping per agency (the county office reads, never edits); the reviewer's
 * to-do line; an audit entry per step.
 */
@GongkaiTest
class PowerListTests {

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

	record Town(long id, String code, MockHttpSession clerk, MockHttpSession reviewer, MockHttpSession office) {

	}

	Town town(String name) throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("权责县" + System.nanoTime()));
		AgencyData data = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, name + System.nanoTime());
		long id = this.agencies.create(data);
		return new Town(id, data.creditCode(), Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.REVIEWER, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, county)));
	}

	static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder post, String type, String name,
			String... overrides) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("type", type);
		params.put("code", "");
		params.put("name", name);
		params.put("legalBasis", "《中华人民共和国城乡规划法》第四十一条");
		params.put("unit", "某镇人民政府（村镇规划建设办公室）");
		params.put("process", "申请→受理→审查→决定→送达");
		params.put("duties", "1.受理责任\n2.审查责任\n3.决定责任");
		params.put("accountability", "对符合条件的申请不予受理的");
		params.put("supervision", "镇纪委监督");
		params.put("phone", "0778-6210315、12345");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		params.forEach(post::param);
		return post.with(csrf());
	}

	void add(Town town, String type, String name, String... overrides) throws Exception {
		this.mvc
			.perform(
					form(post("/admin/powers/" + town.code() + "/powers"), type, name, overrides).session(town.clerk()))
			.andExpect(status().is3xxRedirection());
	}

	void publish(Town town, String remark) throws Exception {
		this.mvc
			.perform(post("/admin/powers/" + town.code() + "/submit").param("remark", remark)
				.session(town.clerk())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/admin/powers/" + town.code() + "/publish").session(town.reviewer()).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	String page(String path, MockHttpSession session, int expected) throws Exception {
		return this.mvc.perform(get(path).session(session))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	String key(Town town, String name) {
		return this.jdbc.queryForObject(
				"select i.item_key from pow_item i join pow_version v on v.id = i.version_id "
						+ "where v.agency_id = ? and v.version_no is null and i.name = ?",
				String.class, town.id(), name);
	}

	String importFile(Town town, byte[] bytes, int expected) throws Exception {
		return this.mvc
			.perform(multipart("/admin/powers/" + town.code() + "/import")
				.file(new MockMultipartFile("file", "清单.xlsx", "application/octet-stream", bytes))
				.session(town.clerk())
				.with(csrf()))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	int draftPowers(Town town) {
		return this.jdbc.queryForObject("select count(*) from pow_item i join pow_version v on v.id = i.version_id "
				+ "where v.agency_id = ? and v.version_no is null", Integer.class, town.id());
	}

	@Test
	void versionsArePublishedAsAWholeWithAComputedChangeNoteAndEarlierOnesStayReadable() throws Exception {
		Town town = town("版本镇");
		assertThat(page("/agencies/" + town.code() + "/powers")).contains("本单位暂未公开权力清单和责任清单");
		add(town, "LICENSING", "乡村建设规划许可证核发", "code", "XK-001");
		add(town, "PENALTY", "违法建设处罚");
		add(town, "OTHER", "村民委员会选举指导");
		String draftPage = page("/admin/powers/" + town.code(), town.clerk(), 200);
		assertThat(draftPage).contains("修订中").contains("本清单首次公开").contains("乡村建设规划许可证核发");
		publish(town, "");
		String first = page("/agencies/" + town.code() + "/powers");
		assertThat(first).contains("第1版").contains("本清单首次公开").contains("行政许可（1项）").contains("编码：XK-001");

		// version 2: one changed, one removed, one added, with the clerk's note
		add(town, "REWARD", "乡村振兴表彰奖励");
		this.mvc
			.perform(form(post("/admin/powers/" + town.code() + "/powers/" + key(town, "乡村建设规划许可证核发") + "/edit"),
					"LICENSING", "乡村建设规划许可证核发", "code", "XK-001", "legalBasis", "《中华人民共和国城乡规划法》第四十一条（2019年修正）")
				.session(town.clerk()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/powers/" + town.code() + "/powers/" + key(town, "违法建设处罚") + "/remove")
				.session(town.clerk())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String preview = page("/admin/powers/" + town.code(), town.clerk(), 200);
		assertThat(preview).contains("与第1版相比").contains("新增：乡村振兴表彰奖励");
		publish(town, "机构改革后动态调整");
		String second = page("/agencies/" + town.code() + "/powers");
		assertThat(second).contains("第2版")
			.contains("机构改革后动态调整")
			.contains("与第1版相比")
			.contains("新增：乡村振兴表彰奖励")
			.contains("修改：乡村建设规划许可证核发")
			.contains("（设定依据）")
			.contains("删除：违法建设处罚")
			.doesNotContain("行政处罚（")
			.contains("第1版（")
			.contains("新增1项、修改1项、删除1项");
		String earlier = page("/agencies/" + town.code() + "/powers/versions/1");
		assertThat(earlier).contains("您正在查看第1版，现行版本为第2版").contains("违法建设处罚").doesNotContain("乡村振兴表彰奖励");
		this.mvc.perform(get("/agencies/" + town.code() + "/powers/versions/3")).andExpect(status().isNotFound());
		this.mvc.perform(get("/agencies/" + town.code() + "/powers/versions/abc")).andExpect(status().isNotFound());
		this.mvc.perform(get("/agencies/" + town.code() + "/powers/versions/99999999999"))
			.andExpect(status().isNotFound());

		// filtering by type and by words
		String filtered = page("/agencies/" + town.code() + "/powers?type=REWARD");
		assertThat(filtered).contains("乡村振兴表彰奖励").doesNotContain("村民委员会选举指导").contains("共显示1项");
		assertThat(page("/agencies/" + town.code() + "/powers?q=选举")).contains("村民委员会选举指导")
			.doesNotContain("乡村振兴表彰奖励</span>");
		assertThat(page("/agencies/" + town.code() + "/powers?type=NOPE&q=" + "字".repeat(500))).contains("共显示0项");

		// nothing changed: refused
		this.mvc.perform(post("/admin/powers/" + town.code() + "/start").session(town.clerk()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.mvc.perform(post("/admin/powers/" + town.code() + "/submit").session(town.clerk()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("工作稿与现行版本相同，无需提交");

		List<String> actions = this.audit.find(new AuditQuery(null, null, "PowerList", null, null, null), 0, 500)
			.getContent()
			.stream()
			.filter((e) -> town.id() == (e.agencyId() == null ? -1 : e.agencyId()))
			.map((e) -> e.action())
			.toList();
		assertThat(actions).contains("powers.list.started", "powers.power.added", "powers.power.updated",
				"powers.power.removed", "powers.list.submitted", "powers.list.published");
	}

	@Test
	void theXlsxAndTheApiCarryTheCurrentVersion() throws Exception {
		Town town = town("下载镇");
		this.mvc.perform(get("/agencies/" + town.code() + "/powers.xlsx")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/agencies/" + town.code() + "/powers")).andExpect(status().isNotFound());
		add(town, "LICENSING", "农村村民宅基地审批", "code", "XK-002");
		add(town, "INSPECTION", "安全生产监督检查", "duties", "1.检查责任\n2.处置责任");
		publish(town, "");
		MockHttpServletResponse response = this.mvc.perform(get("/agencies/" + town.code() + "/powers.xlsx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter f = new DataFormatter();
			assertThat(f.formatCellValue(sheet.getRow(0).getCell(0))).contains("权力清单和责任清单（第1版，");
			Row head = sheet.getRow(1);
			assertThat(List.of(f.formatCellValue(head.getCell(0)), f.formatCellValue(head.getCell(1)),
					f.formatCellValue(head.getCell(3)), f.formatCellValue(head.getCell(10))))
				.containsExactly("序号", "事项类型", "事项名称", "监督电话");
			assertThat(f.formatCellValue(sheet.getRow(2).getCell(1))).isEqualTo("行政许可");
			assertThat(f.formatCellValue(sheet.getRow(2).getCell(2))).isEqualTo("XK-002");
			assertThat(f.formatCellValue(sheet.getRow(3).getCell(3))).isEqualTo("安全生产监督检查");
			assertThat(f.formatCellValue(sheet.getRow(3).getCell(7))).isEqualTo("1.检查责任\n2.处置责任");
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
		}
		// the downloaded list imports back unchanged
		String refused = importFile(town, response.getContentAsByteArray(), 302);
		assertThat(refused).isEmpty();
		assertThat(page("/admin/powers/" + town.code(), town.clerk(), 200)).contains("与上一版本相比没有变化");

		String json = this.mvc.perform(get("/api/v1/agencies/" + town.code() + "/powers"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"version\":1")
			.contains("\"type\":\"LICENSING\"")
			.contains("\"typeLabel\":\"行政许可\"")
			.contains("\"name\":\"农村村民宅基地审批\"")
			.contains("\"responsibleUnit\":")
			.contains("\"phone\":\"0778-6210315、12345\"");
		this.mvc.perform(get("/api/v1/agencies/NOSUCHAGENCY/powers")).andExpect(status().isNotFound());

		byte[] template = this.mvc.perform(get("/admin/powers/template.xlsx").session(town.clerk()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Row head = book.getSheetAt(0).getRow(0);
			assertThat(head.getCell(0).getStringCellValue()).isEqualTo("事项类型");
			assertThat(head.getCell(9).getStringCellValue()).isEqualTo("监督电话");
			assertThat(book.getSheetAt(1).getRow(5).getCell(0).getStringCellValue()).isEqualTo("行政许可");
		}
	}

	@Test
	void anImportReplacesTheWorkingCopyWholeOrNotAtAllAndKeepsThePowersItContinues() throws Exception {
		Town town = town("导入镇");
		assertThat(importFile(town,
				PowerSheets.list()
					.power("行政许可", "XK-1", "宅基地审批")
					.power("行政处罚", "", "违法建设处罚")
					.power("其他行政权力", "", "选举指导")
					.xlsx(),
				302))
			.isEmpty();
		assertThat(draftPowers(town)).isEqualTo(3);
		publish(town, "");
		String page = importFile(town,
				PowerSheets.list()
					.power("行政许可", "XK-1", "农村村民宅基地审批")
					.row("行政处罚", "", "违法建设处罚", "", "主体", "", "", "追责", "", "abc")
					.power("行政检查", "XK-1", "安全检查")
					.power("行政处罚", "", "违法建设处罚")
					.power("行政许可", "", "农村村民宅基地审批")
					.row("行政命令", "", "某事项", "依据", "主体", "", "责任", "追责", "", "12345")
					.formula("公式事项")
					.xlsx(),
				400);
		assertThat(page).contains("第3行：请填写设定依据")
			.contains("第3行：请填写责任事项")
			.contains("第3行：请填写监督电话")
			.contains("第4行：事项编码“XK-1”在清单中已经存在")
			.contains("第6行：同一类型下已有名为“农村村民宅基地审批”的事项")
			.contains("第7行：请选择事项类型")
			.contains("第8行：单元格中有公式")
			.doesNotContain("第2行")
			.doesNotContain("第5行");
		assertThat(draftPowers(town)).isZero();

		// a renamed power with its code is a change, not a removal and an addition
		importFile(town, PowerSheets.list().power("行政许可", "XK-1", "农村村民宅基地审批").power("行政处罚", "", "违法建设处罚").xlsx(), 302);
		String preview = page("/admin/powers/" + town.code(), town.clerk(), 200);
		assertThat(preview).contains("修改：宅基地审批（更名为“农村村民宅基地审批”）").contains("删除：选举指导").doesNotContain("新增：");
	}

	@Test
	void hostileFilesAreRefusedWithAChineseMessageAndNothingStored() throws Exception {
		Town town = town("恶意导入镇");
		Object[][] refused = { { "事项类型,事项名称\n行政许可,某事项\n".getBytes(StandardCharsets.UTF_8), "文件不是XLSX工作簿" },
				{ "%PDF-1.4 not a list".getBytes(StandardCharsets.US_ASCII), "文件不是XLSX工作簿" },
				{ new byte[] { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, "文件已损坏" },
				{ PowerSheets.zipBomb(), "文件过大" }, { new byte[0], "请选择要导入的XLSX文件" },
				{ PowerSheets.list().header("类型", "名称", "电话").row("行政许可", "某事项", "12345").xlsx(), "表头缺少“设定依据”列" },
				{ PowerSheets.list().header("甲", "乙").row("1", "2").xlsx(), "表头缺少“事项名称”列" },
				{ PowerSheets.list().xlsx(), "文件中没有事项" } };
		for (Object[] file : refused) {
			assertThat(importFile(town, (byte[]) file[0], 400)).as((String) file[1]).contains((String) file[1]);
		}
		PowerSheets many = PowerSheets.list();
		for (int i = 0; i <= PowerFile.MAX_ROWS; i++) {
			many.power("行政检查", "", "检查" + i);
		}
		assertThat(importFile(town, many.xlsx(), 400)).contains("一次最多导入500个事项");
		assertThat(this.jdbc.queryForObject("select count(*) from pow_version where agency_id = ?", Integer.class,
				town.id()))
			.isZero();
	}

	@Test
	void thePowerFormShowsEveryProblemAtOnceAndEscapesWhatItShows() throws Exception {
		Town town = town("表单镇");
		String base = "/admin/powers/" + town.code() + "/powers";
		String[][] refused = { { "type", "", "请选择事项类型" }, { "type", "COMMAND", "请选择事项类型" }, { "name", "", "请填写事项名称" },
				{ "name", "\u0000\u0001", "请填写事项名称" }, { "name", "名".repeat(201), "事项名称不能超过200字" },
				{ "code", "XK 001", "事项编码不能超过50个字符" }, { "code", "<b>", "事项编码不能超过50个字符" },
				{ "code", "X".repeat(51), "事项编码不能超过50个字符" }, { "legalBasis", "", "请填写设定依据" },
				{ "legalBasis", "依".repeat(4001), "设定依据不能超过4000字" }, { "unit", "", "请填写实施主体" },
				{ "unit", "单".repeat(201), "实施主体不能超过200字" }, { "process", "流".repeat(4001), "办理流程不能超过4000字" },
				{ "duties", " ", "请填写责任事项" }, { "accountability", "", "请填写追责情形" },
				{ "supervision", "监".repeat(1001), "监督方式不能超过1000字" }, { "phone", "", "请填写监督电话" },
				{ "phone", "<script>alert(1)</script>", "请填写监督电话" }, { "phone", "1".repeat(51), "请填写监督电话" } };
		for (String[] input : refused) {
			String page = this.mvc
				.perform(form(post(base), "LICENSING", "某事项", input[0], input[1]).session(town.clerk()))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(input[0] + "=" + input[1]).contains(input[2]);
		}
		String all = this.mvc
			.perform(form(post(base), "", "", "legalBasis", "", "unit", "", "duties", "", "accountability", "", "phone",
					"x")
				.session(town.clerk()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(all).contains("请选择事项类型", "请填写事项名称", "请填写设定依据", "请填写实施主体", "请填写责任事项", "请填写追责情形", "请填写监督电话")
			.contains("请修改以下 7 处问题");
		assertThat(this.jdbc.queryForObject("select count(*) from pow_version where agency_id = ?", Integer.class,
				town.id()))
			.isZero();

		add(town, "LICENSING", "<script>alert('x')</script>许可", "legalBasis", "<img src=x onerror=alert(1)>");
		assertThat(
				this.mvc.perform(form(post(base), "LICENSING", "<script>alert('x')</script>许可").session(town.clerk()))
					.andExpect(status().isBadRequest())
					.andReturn()
					.getResponse()
					.getContentAsString())
			.contains("同一类型下已有名为");
		publish(town, "<script>alert(2)</script>");
		String page = page("/agencies/" + town.code() + "/powers");
		assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x").contains("&lt;script&gt;");
		this.mvc.perform(get(base + "/no-such-key/edit").session(town.clerk())).andExpect(status().isNotFound());
		this.mvc.perform(post(base + "/no-such-key/remove").session(town.clerk()).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyTheAgencysClerksEditOnlyItsReviewersPublishAndTheCountyOfficeReads() throws Exception {
		Town a = town("甲权责镇");
		Town b = town("乙权责镇");
		add(b, "LICENSING", "乡村建设规划许可证核发");
		String key = key(b, "乡村建设规划许可证核发");
		String bBase = "/admin/powers/" + b.code();
		this.mvc.perform(get(bBase).session(a.clerk())).andExpect(status().isForbidden());
		this.mvc.perform(get(bBase + "/powers/new").session(a.clerk())).andExpect(status().isForbidden());
		this.mvc.perform(form(post(bBase + "/powers"), "LICENSING", "他人事项").session(a.clerk()))
			.andExpect(status().isForbidden());
		this.mvc.perform(form(post(bBase + "/powers/" + key + "/edit"), "LICENSING", "改名").session(a.clerk()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(bBase + "/powers/" + key + "/remove").session(a.clerk()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart(bBase + "/import")
				.file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream",
						PowerSheets.list().power("行政许可", "", "甲").xlsx()))
				.session(a.clerk())
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(bBase + "/submit").session(a.clerk()).with(csrf())).andExpect(status().isForbidden());
		// a clerk of the agency under another key: not found
		this.mvc.perform(get("/admin/powers/" + a.code() + "/powers/" + key + "/edit").session(a.clerk()))
			.andExpect(status().isNotFound());
		// the county office over b reads but does not edit; b's reviewer does not draft
		assertThat(page(bBase, b.office(), 200)).contains("乡村建设规划许可证核发").doesNotContain("id=\"submit\"");
		this.mvc.perform(form(post(bBase + "/powers"), "LICENSING", "办公室事项").session(b.office()))
			.andExpect(status().isForbidden());
		this.mvc.perform(form(post(bBase + "/powers"), "LICENSING", "审核员事项").session(b.reviewer()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(bBase + "/submit").session(b.clerk()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// the clerk cannot publish, nor another agency's reviewer; the working copy is
		// locked while in review
		this.mvc.perform(post(bBase + "/publish").session(b.clerk()).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post(bBase + "/publish").session(a.reviewer()).with(csrf())).andExpect(status().isForbidden());
		assertThat(this.mvc.perform(form(post(bBase + "/powers"), "OTHER", "审核中新增").session(b.clerk()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("工作稿已提交审核，审核退回前不能修改");
		// the reviewer's to-do line, then a return needs a note
		String home = page("/admin", b.reviewer(), 200);
		assertThat(home)
			.containsPattern(
					"data-todo=\"powers-review\"[^>]*data-count=\"1\"|data-count=\"1\"[^>]*data-todo=\"powers-review\"")
			.contains("待审核：权力清单和责任清单");
		assertThat(page("/admin", b.clerk(), 200)).doesNotContain("powers-review");
		assertThat(this.mvc.perform(post(bBase + "/return").param("note", " ").session(b.reviewer()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("请填写退回意见");
		this.mvc.perform(post(bBase + "/return").param("note", "请补充编码").session(b.reviewer()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page(bBase, b.clerk(), 200)).contains("退回意见：请补充编码").contains("修订中");
		this.mvc.perform(get("/agencies/" + b.code() + "/powers"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("乡村建设规划许可证核发</span>"))));
		this.mvc.perform(get("/agencies/NOSUCHAGENCY/powers")).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/powers/" + b.code())).andExpect(status().is3xxRedirection());
	}

}
