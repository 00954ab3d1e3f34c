package org.gongkai.annualreport;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.TestClock;
import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.annualreport.ReportDesk.Office;
import org.gongkai.audit.AuditEntryView;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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
 * Writing, checking and publishing a report through the back office; the freeze and its
 * corrections; who may do what; the public page and its DOCX, PDF and XLSX files.
 */
@GongkaiTest
class AnnualReportPublicationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ReportReading reports;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog audit;

	ReportDesk desk;

	@BeforeEach
	void desk() {
		this.desk = new ReportDesk(this.mvc, this.context);
	}

	private String admin(Office office, int year) {
		return "/admin/annual-reports/" + office.creditCode() + "/" + year;
	}

	/** Saves narrative and entries through the forms, as the clerk. */
	private void write(Office office, int year) throws Exception {
		this.mvc
			.perform(post(admin(office, year) + "/narrative").session(office.clerk())
				.with(csrf())
				.param("overview", "本年总体情况。")
				.param("problems", "存在的问题和改进措施。")
				.param("otherMatters", "本年未收取信息处理费。"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(admin(office, year) + "/entries").session(office.clerk())
				.with(csrf())
				.param("licensing", "10")
				.param("penalties", "2")
				.param("enforcement", "0")
				.param("feesWan", "1.25"))
			.andExpect(status().is3xxRedirection());
	}

	private MvcResult publish(Office office, int year, MockHttpSession session, int expected) throws Exception {
		return this.mvc
			.perform(post(admin(office, year) + "/publish").session(session).with(csrf()).param("confirmed", "true"))
			.andExpect(status().is(expected))
			.andReturn();
	}

	@Test
	void aPublishedReportIsFrozenLaterChangesShowAsCorrectionsAndAWrongCarryInBlocksTheNextYear() throws Exception {
		Office office = this.desk.department(this.desk.county("冻结县").id(), "冻结局");
		this.desk.importRows(office, ReportDesk.row(ReportDesk.number("x"), "自然人", "2024-03-01", "2024-03-20", "3.1"));
		write(office, 2024);
		// a clerk may not publish; the leader may
		publish(office, 2024, office.clerk(), 403);
		publish(office, 2024, office.leader(), 302);
		String frozen = this.mvc.perform(get("/api/v1/agencies/" + office.creditCode() + "/annual-reports/2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.table3.rows['1'][6]").value(1))
			.andExpect(jsonPath("$.table3.rows['4'][6]").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// frozen: the narrative can no longer change
		this.mvc
			.perform(post(admin(office, 2024) + "/narrative").session(office.clerk())
				.with(csrf())
				.param("overview", "改写")
				.param("problems", "改写")
				.param("otherMatters", "改写"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("已发布，数据已冻结")));

		// an imported register adds a 2024 case still open at the end of 2024
		String late = ReportDesk.number("late");
		this.desk.importRows(office, ReportDesk.row(late, "自然人", "2024-12-30", "2025-01-20", "3.1"));
		// the published figures do not change ...
		String after = this.mvc.perform(get("/api/v1/agencies/" + office.creditCode() + "/annual-reports/2024"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after).isEqualTo(frozen);
		// ... the change is logged as a correction, shown on the public page and audited
		AnnualReportView corrected = this.reports.publicReport(office.creditCode(), 2024);
		assertThat(corrected.corrections()).hasSize(1);
		assertThat(corrected.corrections().get(0).cause()).isEqualTo("register-imported");
		assertThat(corrected.corrections().get(0).changes()).contains(new CellChange(3, "1", 0, "1", "2"),
				new CellChange(3, "4", 0, "0", "1"), new CellChange(3, "4", 6, "0", "1"));
		assertThat(corrected.current().table3().row("4")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		this.mvc.perform(get("/agencies/" + office.creditCode() + "/annual-reports/2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("更正")))
			.andExpect(content().string(containsString("导入台账")))
			.andExpect(content().string(containsString("表三“四、结转下年度继续办理”自然人：0 → 1")));
		List<AuditEntryView> logged = this.audit
			.find(new AuditQuery(null, "annualreport.correction-logged", "AnnualReport", null, null, null), 0, 200)
			.getContent();
		assertThat(logged).anyMatch((entry) -> entry.agencyId() != null && entry.agencyId() == office.id());
		// another unrelated change does not log the same correction twice
		this.desk.importRows(office, ReportDesk.row(ReportDesk.number("y"), "自然人", "2026-03-01", "2026-03-05", "3.1"));
		assertThat(this.reports.publicReport(office.creditCode(), 2024).corrections()).hasSize(1);

		// 2025: row 二 (1) differs from the published 2024 row 四 (0): publication is
		// refused
		write(office, 2025);
		ReportTables y2025 = ReportDesk.as(office.clerkName(), Role.CLERK, office.id(),
				() -> this.reports.tables(office.creditCode(), 2025));
		Check carryIn = y2025.checks()
			.stream()
			.filter((c) -> c.rule().equals("table3.carry-in"))
			.findFirst()
			.orElseThrow();
		assertThat(carryIn.ok()).isFalse();
		assertThat(carryIn.detail()).contains("自然人");
		String refused = publish(office, 2025, office.leader(), 422).getResponse().getContentAsString();
		assertThat(refused).contains("校验未通过，不能发布").contains("上年结转");
		this.mvc.perform(get("/api/v1/agencies/" + office.creditCode() + "/annual-reports/2025"))
			.andExpect(status().isNotFound());

		// the leader publishes a corrected 2024 edition; then 2025 passes and is
		// published
		publish(office, 2024, office.leader(), 302);
		AnnualReportView second = this.reports.publicReport(office.creditCode(), 2024);
		assertThat(second.edition()).isEqualTo(2);
		assertThat(second.figures().table3().row("4")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(second.current()).isNull();
		assertThat(second.corrections()).hasSize(1);
		publish(office, 2025, office.leader(), 302);
		this.mvc.perform(get("/api/v1/agencies/" + office.creditCode() + "/annual-reports/2025"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.table3.rows['2'][0]").value(1))
			.andExpect(jsonPath("$.checks[4].ok").value(true));
		// the running year cannot be published
		int running = TestClock.INSTANCE.today().getYear();
		write(office, running);
		assertThat(publish(office, running, office.leader(), 422).getResponse().getContentAsString()).contains("尚未结束");
	}

	@Test
	void anEnteredCarryOutOfAReportMadeElsewhereThatDisagreesBlocksPublication() throws Exception {
		Office office = this.desk.county("录入县");
		this.desk.importRows(office, ReportDesk.row(ReportDesk.number("p"), "商业企业", "2024-12-01", "2025-02-01", "3.1"));
		write(office, 2025);
		// last year's paper report said nothing was carried over
		this.mvc
			.perform(post(admin(office, 2025) + "/entries").session(office.clerk())
				.with(csrf())
				.param("licensing", "1")
				.param("penalties", "1")
				.param("enforcement", "1")
				.param("feesWan", "0")
				.param("prior", "0", "0", "0", "0", "0", "0", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(admin(office, 2025)).session(office.leader()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("与录入的上年度年报第四项（0 / 0 / 0 / 0 / 0 / 0 / 0）不一致：商业企业、总计")));
		assertThat(publish(office, 2025, office.leader(), 422).getResponse().getContentAsString()).contains("校验未通过");
		assertThat(report(office, 2025).status()).isEqualTo(ReportStatus.DRAFT);
		// the office corrects the entered figures: published
		this.mvc
			.perform(post(admin(office, 2025) + "/entries").session(office.clerk())
				.with(csrf())
				.param("licensing", "1")
				.param("penalties", "1")
				.param("enforcement", "1")
				.param("feesWan", "0")
				.param("prior", "0", "1", "0", "0", "0", "0", "1"))
			.andExpect(status().is3xxRedirection());
		publish(office, 2025, office.leader(), 302);
		assertThat(this.reports.publicReport(office.creditCode(), 2025).published()).isTrue();
	}

	@Test
	void missingNarrativeOrEntriesBlockPublicationAndTheFormShowsTheDraftFromTheFigures() throws Exception {
		Office office = this.desk.county("草稿县");
		this.desk.importRows(office, ReportDesk.row(ReportDesk.number("q"), "自然人", "2025-05-01", "2025-05-10", "3.1"));
		this.mvc.perform(get(admin(office, 2025)).session(office.clerk()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本年新收政府信息公开申请1件（台账导入1件）")))
			.andExpect(content().string(containsString("以下文字是系统根据本年度数据生成的草稿")));
		assertThat(publish(office, 2025, office.leader(), 422).getResponse().getContentAsString()).contains("请先填写并保存");
		this.mvc
			.perform(post(admin(office, 2025) + "/narrative").session(office.clerk())
				.with(csrf())
				.param("overview", "一")
				.param("problems", "五")
				.param("otherMatters", "六"))
			.andExpect(status().is3xxRedirection());
		assertThat(publish(office, 2025, office.leader(), 422).getResponse().getContentAsString()).contains("请先录入行政许可");
	}

	@Test
	void staffOfAnotherAgencyAreRefusedAndThePublicSeesOnlyPublishedReports() throws Exception {
		Office county = this.desk.county("权限县");
		Office department = this.desk.department(county.id(), "权限局");
		Office stranger = this.desk.county("他县");
		this.mvc.perform(get(admin(department, 2025)).session(stranger.clerk())).andExpect(status().isForbidden());
		this.mvc
			.perform(post(admin(department, 2025) + "/narrative").session(stranger.clerk())
				.with(csrf())
				.param("overview", "x")
				.param("problems", "x")
				.param("otherMatters", "x"))
			.andExpect(status().isForbidden());
		String token = Staff.token(this.mvc, stranger.clerkName());
		this.mvc
			.perform(get("/api/v1/admin/agencies/" + department.creditCode() + "/annual-reports/2025/tables")
				.header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		this.mvc.perform(get("/api/v1/admin/agencies/" + department.creditCode() + "/annual-reports/2025/tables"))
			.andExpect(status().isUnauthorized());
		// the county's disclosure office sees the department below it
		String office = Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, county.id());
		MockHttpSession officeSession = Staff.signIn(this.mvc, office);
		this.mvc.perform(get(admin(department, 2025)).session(officeSession)).andExpect(status().isOk());
		this.mvc.perform(get(admin(stranger, 2025)).session(officeSession)).andExpect(status().isForbidden());
		// a clerk has no roll-up
		this.mvc.perform(get("/admin/annual-reports/rollup").session(department.clerk()))
			.andExpect(status().isForbidden());
		// nothing is public before publication; odd years and formats are not found
		this.mvc.perform(get("/agencies/" + department.creditCode() + "/annual-reports/2025"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/agencies/" + department.creditCode() + "/annual-reports/2025.pdf"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/agencies/" + department.creditCode() + "/annual-reports/2025"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/agencies/" + department.creditCode() + "/annual-reports/20x5"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/admin/agencies/" + department.creditCode() + "/annual-reports/1999/tables")
				.header("Authorization", "Bearer " + Staff.token(this.mvc, department.clerkName())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/agencies/" + department.creditCode() + "/annual-reports"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("尚未发布年度报告")));
	}

	@Test
	void hostileInputIsRefusedOrNeutralisedAndNothingInvalidIsStored() throws Exception {
		Office office = this.desk.county("防护县");
		this.mvc
			.perform(post(admin(office, 2025) + "/entries").session(office.clerk())
				.with(csrf())
				.param("licensing", "abc")
				.param("feesWan", "1.23456"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("行政许可数量应为不小于 0 的整数")));
		this.mvc
			.perform(post(admin(office, 2025) + "/entries").session(office.clerk())
				.with(csrf())
				.param("licensing", "1")
				.param("feesWan", "-1"))
			.andExpect(status().is(422));
		this.mvc
			.perform(post(admin(office, 2025) + "/narrative").session(office.clerk())
				.with(csrf())
				.param("overview", "x".repeat(20_001))
				.param("problems", "p")
				.param("otherMatters", "o"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("最多 20000 字")));
		assertThat(report(office, 2025).status()).isEqualTo(ReportStatus.NOT_STARTED);
		// without a CSRF token nothing is accepted
		this.mvc
			.perform(post(admin(office, 2025) + "/narrative").session(office.clerk())
				.param("overview", "a")
				.param("problems", "b")
				.param("otherMatters", "c"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(admin(office, 2025) + "/narrative").session(office.clerk())
				.with(csrf())
				.param("overview", "<script>alert(1)</script>概况\u0000")
				.param("problems", "p")
				.param("otherMatters", "o"))
			.andExpect(status().is3xxRedirection());
		Narrative stored = report(office, 2025).narrative();
		assertThat(stored.overview()).isEqualTo("<script>alert(1)</script>概况");
		this.mvc.perform(get(admin(office, 2025)).session(office.clerk()))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("&lt;script&gt;")));
		// a CSV of entries: good lines kept, a bad line refuses the whole file
		this.mvc
			.perform(multipart(admin(office, 2025) + "/entries/import")
				.file("file", "行政许可,7\n行政处罚,abc\n".getBytes(StandardCharsets.UTF_8))
				.session(office.clerk())
				.with(csrf()))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("第 2 行无法识别")));
		assertThat(report(office, 2025).entries().licensing()).isNull();
		this.mvc
			.perform(multipart(admin(office, 2025) + "/entries/import")
				.file("file", "\uFEFF行政许可,7\n行政处罚,3\n行政强制,0\n行政事业性收费,0.75\n".getBytes(StandardCharsets.UTF_8))
				.session(office.clerk())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Entries entries = report(office, 2025).entries();
		assertThat(List.of(entries.licensing(), entries.penalties(), entries.enforcement())).containsExactly(7L, 3L,
				0L);
		assertThat(entries.feesWan()).isEqualByComparingTo("0.75");
	}

	@Test
	void entriesFilesFromExcelOnChineseWindowsAreImportedAndHostileFilesRefusedWithTheLine() throws Exception {
		Office office = this.desk.county("表格县");
		String sheet = "行政许可,7\r\n行政处罚，3\r\n行政强制,0\r\n行政事业性收费,0.75\r\n";
		this.mvc
			.perform(multipart(admin(office, 2025) + "/entries/import")
				.file("file", sheet.getBytes(java.nio.charset.Charset.forName("GB18030")))
				.session(office.clerk())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Entries entries = report(office, 2025).entries();
		assertThat(List.of(entries.licensing(), entries.penalties(), entries.enforcement())).containsExactly(7L, 3L,
				0L);
		assertThat(entries.feesWan()).isEqualByComparingTo("0.75");
		byte[][] hostile = { { 'P', 'K', 3, 4, 0, 0, 0 }, ("\uFEFF" + sheet).getBytes(StandardCharsets.UTF_16LE),
				{ (byte) 0xFF, (byte) 0xFF, (byte) 0x81 }, "行政许可,1\n行政处罚,\"2\n".getBytes(StandardCharsets.UTF_8),
				"行政许可,1\n".repeat(5000).getBytes(StandardCharsets.UTF_8),
				"行政许可,1\n行政处罚,1e999999999\n".getBytes(StandardCharsets.UTF_8) };
		for (byte[] file : hostile) {
			this.mvc
				.perform(multipart(admin(office, 2025) + "/entries/import").file("file", file)
					.session(office.clerk())
					.with(csrf()))
				.andExpect(status().is(422));
		}
		this.mvc
			.perform(multipart(admin(office, 2025) + "/entries/import")
				.file("file", "行政许可,1\n行政处罚,1\n行政强制,x\n".getBytes(StandardCharsets.UTF_8))
				.session(office.clerk())
				.with(csrf()))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("第 3 行无法识别")));
		assertThat(report(office, 2025).entries().licensing()).isEqualTo(7L);
	}

	@Test
	void thePublishedReportOpensAsDocxPdfAndXlsxWithItsTables() throws Exception {
		Office office = this.desk.county("文件县");
		this.desk.importRows(office, ReportDesk.row(ReportDesk.number("r"), "自然人", "2025-02-01", "2025-02-20", "3.2"),
				ReportDesk.row(ReportDesk.number("s"), "法律服务机构", "2025-12-29", null, null));
		write(office, 2025);
		publish(office, 2025, office.leader(), 302);
		String base = "/agencies/" + office.creditCode() + "/annual-reports/2025";
		String page = this.mvc.perform(get(base))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("lang=\"zh-CN\"", "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
				"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "<caption>", "scope=\"col\"", "（二）部分公开",
				"2025.pdf", "2025.docx", "2025.xlsx");
		this.mvc.perform(get("/agencies/" + office.creditCode() + "/annual-reports"))
			.andExpect(content().string(containsString("/annual-reports/2025")));

		byte[] docx = download(base + ".docx", "wordprocessingml");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("2025年政府信息公开工作年度报告", "一、总体情况", "本年总体情况。", "一、本年新收政府信息公开申请数量", "（七）总计",
					"四、结转下年度继续办理", "行政事业性收费", "复议后起诉");
			assertThat(doc.getTables()).hasSize(3);
			// table 三, row 一 (header rows 0-2): the label spans three grid columns, then
			// 自然人 1, 法律服务机构 1, 总计 2
			assertThat(doc.getTables().get(1).getRow(3).getCell(1).getText()).isEqualTo("1");
			assertThat(doc.getTables().get(1).getRow(3).getCell(7).getText()).isEqualTo("2");
		}
		byte[] xlsx = download(base + ".xlsx", "spreadsheetml");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet t3 = book.getSheet("表三 依申请公开");
			DataFormatter format = new DataFormatter();
			assertThat(format.formatCellValue(t3.getRow(4).getCell(0))).isEqualTo("一、本年新收政府信息公开申请数量");
			assertThat(format.formatCellValue(t3.getRow(4).getCell(3))).isEqualTo("1");
			assertThat(format.formatCellValue(t3.getRow(4).getCell(9))).isEqualTo("2");
			// row 四 (the last): 法律服务机构 1
			assertThat(format.formatCellValue(t3.getRow(28).getCell(0))).isEqualTo("四、结转下年度继续办理");
			assertThat(format.formatCellValue(t3.getRow(28).getCell(7))).isEqualTo("1");
			assertThat(format.formatCellValue(book.getSheet("表二 主动公开").getRow(14).getCell(3))).isEqualTo("1.25");
			assertThat(format.formatCellValue(book.getSheet("正文").getRow(2).getCell(0))).isEqualTo("本年总体情况。");
		}
		byte[] pdf = download(base + ".pdf", "pdf");
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("2025年政府信息公开工作年度报告", "一、总体情况", "本年新收政府信息公开申请数量", "结转下年度继续办理", "行政复议",
					"本年收费金额（万元）");
		}
	}

	private AnnualReportView report(Office office, int year) {
		return ReportDesk.as(office.clerkName(), Role.CLERK, office.id(),
				() -> this.reports.report(office.creditCode(), year));
	}

	private byte[] download(String url, String type) throws Exception {
		MvcResult result = this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).contains(type);
		String extension = url.substring(url.lastIndexOf('.') + 1);
		// the Chinese name (…政府信息公开工作年度报告.docx) in RFC 5987 form, an ASCII fallback
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"annual-report-2025." + extension + "\"; filename*=UTF-8''")
			.endsWith(
					"%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A."
							+ extension);
		return result.getResponse().getContentAsByteArray();
	}

}
