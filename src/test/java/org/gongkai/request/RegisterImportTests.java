package org.gongkai.request;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.TestClock;
import org.gongkai.TestToday;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditEntryView;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.calendar.rules.WorkingDayRules;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.register.RegisterUpload;
import org.gongkai.request.rules.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Register (台账) import: an office's spreadsheet of applications becomes ordinary cases,
 * all or nothing, with every refused row named by the number Excel shows.
 */
@TestToday(TestClock.PINNED_CALENDAR_DAY)
@GongkaiTest
class RegisterImportTests {

	static final String HEADER = "tracking_no,applicant_type,applicant_name,received_on,subject,closed_on,result";

	private static final AtomicInteger NUMBERS = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestManagement requests;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aGoodCsvBecomesOrdinaryCasesWithTheirOutcomesAndOneAuditEntryForTheImportAndOnePerCase() throws Exception {
		Office office = office();
		String kept = number();
		byte[] file = csv(HEADER, kept + ",自然人,张三,2026-03-02,2025年本县财政预算执行情况,2026-03-20,3.1",
				",商业企业,某某建设有限公司,2026-04-01,某路段施工许可文件,2026-04-28,3.3.4", ",科研机构,某大学课题组,2026-11-02,2026年空气质量监测数据,,");
		upload(office.token, office.creditCode, "台账.csv", file).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(3))
			.andExpect(jsonPath("$.rejected", hasSize(0)));

		List<CaseSummary> listed = as(office, () -> this.requests.visibleCases());
		assertThat(listed).hasSize(3).allMatch((c) -> c.channel() == Channel.IMPORTED);
		CaseDetails disclosed = details(office, kept);
		assertThat(disclosed.summary().status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(disclosed.summary().applicantType()).isEqualTo(ApplicantType.NATURAL_PERSON);
		assertThat(disclosed.summary().applicantName()).isEqualTo("张三");
		assertThat(disclosed.summary().receivedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(disclosed.outcome()).isEqualTo(Outcome.DISCLOSED);
		assertThat(disclosed.closedOn()).isEqualTo(LocalDate.of(2026, 3, 20));
		assertThat(disclosed.description()).isEqualTo("2025年本县财政预算执行情况");
		assertThat(disclosed.events()).extracting(CaseEvent::kind).containsExactly("imported");

		// Rows without a number get platform numbers in the year they were received
		String first = "YSQ-2026-" + office.agency + "-00001";
		String second = "YSQ-2026-" + office.agency + "-00002";
		assertThat(listed).extracting(CaseSummary::trackingNo).containsExactlyInAnyOrder(kept, first, second);
		CaseDetails withheld = details(office, first);
		assertThat(withheld.outcome()).isEqualTo(Outcome.WITHHELD_THIRD_PARTY);
		assertThat(withheld.summary().applicantType()).isEqualTo(ApplicantType.COMMERCIAL);
		assertThat(withheld.closedOn()).isEqualTo(LocalDate.of(2026, 4, 28));
		CaseDetails open = details(office, second);
		assertThat(open.summary().status()).isEqualTo(CaseStatus.RECEIVED);
		assertThat(open.outcome()).isNull();
		assertThat(open.clock().due())
			.isEqualTo(WorkingDayRules.bundled().deadline(LocalDate.of(2026, 11, 2), 20).due());

		// The dashboard lists them like any other case
		Dashboard closed = as(office, () -> this.requests.dashboard(DashboardView.CLOSED));
		assertThat(closed.rows()).extracting(Dashboard.Row::trackingNo).containsExactlyInAnyOrder(kept, first);
		this.mvc.perform(get("/admin/requests").session(office.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(second)));

		String sha256 = java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file));
		List<AuditEntryView> imports = entries("request.register-imported", "RegisterUpload").stream()
			.filter((e) -> e.agencyId() == office.agency)
			.toList();
		assertThat(imports).hasSize(1);
		assertThat(imports.get(0).after()).contains("sha256=" + sha256, "cases=3");
		assertThat(imports.get(0).actor()).isEqualTo(office.username);
		List<String> caseIds = listed.stream().map((c) -> String.valueOf(c.id())).toList();
		assertThat(entries("request.imported", "DisclosureRequest")).filteredOn((e) -> e.agencyId() == office.agency)
			.extracting(AuditEntryView::objectId)
			.containsExactlyInAnyOrderElementsOf(caseIds);
	}

	@Test
	void aGoodXlsxWithRealDateCellsAndChineseHeadersInAnotherOrderImports() throws Exception {
		Office office = office();
		String numbered = number();
		byte[] file = xlsx((workbook, sheet) -> {
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			row(sheet, 0, " 办理结果 ", "申请人", "收到日期", "受理编号", "申请内容", "申请人类型", "办结日期");
			Row one = row(sheet, 1, "3.5.2", "李四", null, numbered, "重复申请的会议纪要", "自然人", "2025-12-30");
			one.createCell(2).setCellValue(LocalDate.of(2025, 12, 1));
			one.getCell(2).setCellStyle(dateStyle);
			Row two = row(sheet, 3, " 3.6.3 ", "某律师事务所", null, null, "撤回的申请", " 法律服务机构 ", null);
			two.createCell(2).setCellValue(LocalDate.of(2026, 1, 5));
			two.getCell(2).setCellStyle(dateStyle);
			two.createCell(6).setCellValue(LocalDate.of(2026, 1, 9));
			two.getCell(6).setCellStyle(dateStyle);
			// a number typed into the tracking-number column reads as Excel shows it
			two.createCell(3).setCellValue(Double.parseDouble(String.valueOf(20250000 + NUMBERS.incrementAndGet())));
		});
		upload(office.token, office.creditCode, "register.xlsx", file).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2));
		CaseDetails repeated = details(office, numbered);
		assertThat(repeated.summary().receivedOn()).isEqualTo(LocalDate.of(2025, 12, 1));
		assertThat(repeated.closedOn()).isEqualTo(LocalDate.of(2025, 12, 30));
		assertThat(repeated.outcome()).isEqualTo(Outcome.NOT_HANDLED_REPEATED);
		List<CaseSummary> listed = as(office, () -> this.requests.visibleCases());
		CaseSummary withdrawn = listed.stream()
			.filter((c) -> !c.trackingNo().equals(numbered))
			.findFirst()
			.orElseThrow();
		assertThat(withdrawn.trackingNo()).matches("2025\\d{4}");
		assertThat(withdrawn.applicantType()).isEqualTo(ApplicantType.LEGAL_SERVICE);
		CaseDetails other = details(office, withdrawn.trackingNo());
		assertThat(other.outcome()).isEqualTo(Outcome.OTHER);
		assertThat(other.summary().receivedOn()).isEqualTo(LocalDate.of(2026, 1, 5));
		assertThat(other.closedOn()).isEqualTo(LocalDate.of(2026, 1, 9));
	}

	@Test
	void chineseHeadersWithByteOrderMarkAndBlanksAroundCellsImport() throws Exception {
		Office office = office();
		String kept = number();
		byte[] body = String
			.join("\r\n", " 申请内容 ,受理编号,申请人类型,申请人,收到日期,办结日期,办理结果",
					"\"关于\"\"老旧小区改造\"\"的批复，\n含附件\", " + kept + " , 社会公益组织 ,\u3000某公益基金会\u3000, 2026-05-06 ,"
							+ " 2026-05-20 , 3.2 ",
					"", ",,,,,,")
			.getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[body.length + 3];
		file[0] = (byte) 0xEF;
		file[1] = (byte) 0xBB;
		file[2] = (byte) 0xBF;
		System.arraycopy(body, 0, file, 3, body.length);
		upload(office.token, office.creditCode, "台账.csv", file).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
		CaseDetails partial = details(office, kept);
		assertThat(partial.summary().applicantName()).isEqualTo("某公益基金会");
		assertThat(partial.summary().applicantType()).isEqualTo(ApplicantType.PUBLIC_INTEREST);
		assertThat(partial.description()).isEqualTo("关于\"老旧小区改造\"的批复，\n含附件");
		assertThat(partial.outcome()).isEqualTo(Outcome.PARTIALLY_DISCLOSED);
	}

	@Test
	void aCsvSavedByExcelInGb18030Imports() throws Exception {
		Office office = office();
		String kept = number();
		byte[] file = String
			.join("\r\n", "受理编号,申请人类型,申请人,收到日期,申请内容,办结日期,办理结果",
					kept + ",其他,王五村民委员会,2026-06-01,村级道路硬化工程资金拨付文件,2026-06-15,3.4.1")
			.getBytes(Charset.forName("GB18030"));
		assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file)))
			.as("the test file must not be valid UTF-8")
			.isInstanceOf(CharacterCodingException.class);
		upload(office.token, office.creditCode, "台账.csv", file).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
		CaseDetails notHeld = details(office, kept);
		assertThat(notHeld.summary().applicantName()).isEqualTo("王五村民委员会");
		assertThat(notHeld.summary().applicantType()).isEqualTo(ApplicantType.OTHER);
		assertThat(notHeld.description()).isEqualTo("村级道路硬化工程资金拨付文件");
		assertThat(notHeld.outcome()).isEqualTo(Outcome.UNAVAILABLE_NOT_HELD);
	}

	@Test
	void everyInvalidRowIsNamedByItsExcelRowAndNothingIsStored() throws Exception {
		Office office = office();
		String taken = number();
		upload(office.token, office.creditCode, "first.csv", csv(HEADER, taken + ",自然人,甲,2026-01-05,某文件,,"))
			.andExpect(status().isOk());
		String duplicate = number();
		LocalDate tomorrow = LocalDate.now(this.clock).plusDays(1);
		// Row 2 is valid; rows 3 to 23 break one rule each (row 20 is blank)
		byte[] file = csv(HEADER, duplicate + ",自然人,赵六,2026-02-02,有效的一行,2026-02-10,3.1", ",,赵六,2026-02-02,缺少申请人类型,,", // 3
				",个人,赵六,2026-02-02,未知类型,,", // 4
				",自然人,,2026-02-02,缺少申请人,,", // 5
				",自然人," + "名".repeat(101) + ",2026-02-02,申请人过长,,", // 6
				",自然人,赵六,,缺少收到日期,,", // 7
				",自然人,赵六,2026-02-30,不存在的日期,,", // 8
				",自然人,赵六,2026/2/3,格式不对,,", // 9
				",自然人,赵六," + tomorrow + ",将来的日期,,", // 10
				",自然人,赵六,2026-03-10,办结早于收到,2026-03-09,3.1", // 11
				",自然人,赵六,2026-03-10,未知结果,2026-03-12,3.7", // 12
				",自然人,赵六,2026-03-10,有结果无办结日期,,3.1", // 13
				",自然人,赵六,2026-03-10,有办结日期无结果,2026-03-12,", // 14
				",自然人,赵六,2026-03-10," + "长".repeat(2001) + ",,", // 15
				duplicate + ",自然人,赵六,2026-03-10,文件内重复编号,,", // 16
				taken + ",自然人,赵六,2026-03-10,已存在的编号,,", // 17
				"YSQ-2026-1-00001,自然人,赵六,2026-03-10,平台编号格式,,", // 18
				",自然人,赵六,2001-01-01,条例施行前,,", // 19
				"", // 20: blank, skipped but counted
				",自然人,赵六,2026-03-10,,,", // 21
				",自然人,赵六,2026-03-10,关闭日期在将来," + tomorrow + ",3.1", // 22
				"x".repeat(41) + ",自然人,赵六,2026-03-10,编号过长,,"); // 23
		ResultActions refused = upload(office.token, office.creditCode, "bad.csv", file)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0));
		expectReason(refused, 3, "申请人类型不能为空");
		expectReason(refused, 4, "申请人类型“个人”无法识别");
		expectReason(refused, 5, "申请人不能为空");
		expectReason(refused, 6, "申请人不能超过 100 个字符");
		expectReason(refused, 7, "收到日期不能为空");
		expectReason(refused, 8, "收到日期“2026-02-30”不是有效日期");
		expectReason(refused, 9, "收到日期“2026/2/3”不是有效日期");
		expectReason(refused, 10, "收到日期 " + tomorrow + " 晚于今天");
		expectReason(refused, 11, "办结日期 2026-03-09 早于收到日期 2026-03-10");
		expectReason(refused, 12, "办理结果“3.7”不是年报表三的代码");
		expectReason(refused, 13, "办结日期不能为空");
		expectReason(refused, 14, "办理结果不能为空");
		expectReason(refused, 15, "申请内容不能超过 2000 个字符");
		expectReason(refused, 16, "与第 2 行重复");
		expectReason(refused, 17, "受理编号“" + taken + "”已存在");
		expectReason(refused, 18, "不能以 YSQ- 开头");
		expectReason(refused, 19, "早于《中华人民共和国政府信息公开条例》施行之日");
		expectReason(refused, 21, "申请内容不能为空");
		expectReason(refused, 22, "办结日期 " + tomorrow + " 晚于今天");
		expectReason(refused, 23, "受理编号不能超过 40 个字符");
		refused.andExpect(jsonPath("$.rejected[?(@.row == 2)]", hasSize(0)))
			.andExpect(jsonPath("$.rejected[?(@.row == 20)]", hasSize(0)));
		// All or nothing: the valid row 2 was not stored either
		assertThat(this.cases.countByAgencyId(office.agency)).isEqualTo(1);
		assertThat(this.cases.findByTrackingNo(duplicate)).isEmpty();
	}

	@Test
	void oneBadRowAmongGoodOnesStoresNothingAndUsesNoSerialNumber() throws Exception {
		Office office = office();
		upload(office.token, office.creditCode, "bad.csv",
				csv(HEADER, ",自然人,甲,2026-02-02,好的,,", ",自然人,乙,2026-02-03,好的,,", ",自然人,丙,2026-02-31,坏的,,"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rejected", hasSize(1)))
			.andExpect(jsonPath("$.rejected[0].row").value(4));
		assertThat(this.cases.countByAgencyId(office.agency)).isZero();
		upload(office.token, office.creditCode, "good.csv", csv(HEADER, ",自然人,甲,2026-02-02,好的,,"))
			.andExpect(status().isOk());
		assertThat(as(office, () -> this.requests.visibleCases())).extracting(CaseSummary::trackingNo)
			.containsExactly("YSQ-2026-" + office.agency + "-00001");
	}

	@Test
	void aFileIsRefusedAsAWholeWithAClearReason() throws Exception {
		Office office = office();
		expectFile(office, "empty.csv", new byte[0], 422, 0, "文件是空的");
		expectFile(office, "blank.csv", "\r\n\r\n".getBytes(StandardCharsets.UTF_8), 422, 0, "文件是空的");
		expectFile(office, "header.csv", csv(HEADER), 422, 0, "只有表头");
		expectFile(office, "missing.csv",
				csv("tracking_no,applicant_type,applicant_name,received_on,subject,closed_on", ",自然人,甲,2026-02-02,好的,"),
				422, 1, "表头缺少“办理结果”列");
		expectFile(office, "unknown.csv", csv(HEADER + ",remarks", ",自然人,甲,2026-02-02,好的,,,备注"), 422, 1,
				"表头第 8 列“remarks”无法识别");
		expectFile(office, "twice.csv", csv(HEADER + ",申请人", ",自然人,甲,2026-02-02,好的,,,甲"), 422, 1, "表头中“申请人”列重复");
		expectFile(office, "noheader.csv", csv("", HEADER, ",自然人,甲,2026-02-02,好的,,"), 422, 1, "第1行应为表头");
		StringBuilder many = new StringBuilder(HEADER);
		for (int i = 0; i < 10_001; i++) {
			many.append("\n,自然人,甲,2026-02-02,好的,,");
		}
		expectFile(office, "many.csv", many.toString().getBytes(StandardCharsets.UTF_8), 422, 0, "数据超过 10000 行");
		byte[] huge = new byte[5 * 1024 * 1024 + 1];
		Arrays.fill(huge, (byte) 'a');
		expectFile(office, "huge.csv", huge, 413, 0, "文件超过 5 MB");
		expectFile(office, "quote.csv", csv(HEADER, ",自然人,\"甲,2026-02-02,好的,,"), 422, 2, "引号没有闭合");
		expectFile(office, "latin.csv", new byte[] { 'a', ',', (byte) 0x80, (byte) 0xFF, '\n' }, 422, 0, "无法识别文件编码");
		assertThat(this.cases.countByAgencyId(office.agency)).isZero();
	}

	@Test
	void theTypeIsCheckedByContentNotByName() throws Exception {
		Office office = office();
		byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
		expectFile(office, "register.xlsx", pdf, 415, 0, "文件类型不受支持");
		expectFile(office, "register.csv", new byte[] { 'a', 0, 'b', 0, (byte) 0x89, 'P', 'N', 'G' }, 415, 0,
				"文件类型不受支持");
		expectFile(office, "register.csv", "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8), 415, 0,
				"文件类型不受支持");
		ByteArrayOutputStream xls = new ByteArrayOutputStream();
		try (HSSFWorkbook old = new HSSFWorkbook()) {
			old.createSheet("台账").createRow(0).createCell(0).setCellValue("tracking_no");
			old.write(xls);
		}
		expectFile(office, "register.xlsx", xls.toByteArray(), 415, 0, "旧版 Excel（.xls）");
		// A real register saved as XLSX but named .csv is read as XLSX
		String kept = number();
		byte[] file = xlsx((workbook, sheet) -> {
			row(sheet, 0, HEADER.split(","));
			row(sheet, 1, kept, "自然人", "甲", "2026-02-02", "好的", null, null);
		});
		upload(office.token, office.creditCode, "register.csv", file).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
	}

	@Test
	void malformedPackagesAndZipBombsAreRefusedBeforePoiBuildsAWorkbook() throws Exception {
		Office office = office();
		expectFile(office, "cut.xlsx", Arrays.copyOf(xlsx((w, s) -> row(s, 0, HEADER.split(","))), 600), 422, 0,
				"文件已损坏");
		expectFile(office, "parts.xlsx", zip("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8)),
				422, 0, "文件已损坏或不是有效的 Excel 工作簿");
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("tracking_no,applicant_type");
			document.write(docx);
		}
		expectFile(office, "docx.xlsx", docx.toByteArray(), 422, 0, "文件已损坏或不是有效的 Excel 工作簿");
		// 40 MB of blanks inflate from a few kilobytes
		byte[] blanks = new byte[40 * 1024 * 1024];
		Arrays.fill(blanks, (byte) ' ');
		byte[] bomb = zip("xl/worksheets/sheet1.xml", blanks);
		assertThat(bomb.length).isLessThan(100_000);
		expectFile(office, "bomb.xlsx", bomb, 422, 0, "解压后超过 25 MB");
		assertThat(this.cases.countByAgencyId(office.agency)).isZero();
	}

	@Test
	void hostileCellsAreRefusedOrStoredAsPlainTextAndShownEscaped() throws Exception {
		Office office = office();
		byte[] hostile = csv(HEADER, ",自然人,=cmd|' /C calc'!A0,2026-02-02,公式,,", // 2
				",自然人,甲,2026-02-02,@SUM(1+1),,", // 3
				",自然人,+1+2,2026-02-02,加号,,", // 4
				",自然人,-2+3,2026-02-02,减号,,", // 5
				",自然人,甲,2026-02-02," + "长".repeat(100_000) + ",,", // 6
				",自然人,甲\u202Egpj.exe,2026-02-02,控制字符,,"); // 7
		ResultActions refused = upload(office.token, office.creditCode, "hostile.csv", hostile)
			.andExpect(status().isUnprocessableContent());
		expectReason(refused, 2, "申请人以“=”开头，可能是公式");
		expectReason(refused, 3, "申请内容以“@”开头");
		expectReason(refused, 4, "申请人以“+”开头");
		expectReason(refused, 5, "申请人以“-”开头");
		expectReason(refused, 6, "申请内容不能超过 2000 个字符");
		expectReason(refused, 7, "申请人含有不可见的控制字符");
		refused.andExpect(content().string(not(containsString("长长长长长长长长长长长长长长长长长长长长长长"))));

		byte[] formula = xlsx((workbook, sheet) -> {
			row(sheet, 0, HEADER.split(","));
			Row row = row(sheet, 1, null, "自然人", null, "2026-02-02", "好的", null, null);
			row.createCell(2).setCellFormula("HYPERLINK(\"http://evil.example\",\"点我\")");
		});
		expectReason(upload(office.token, office.creditCode, "formula.xlsx", formula)
			.andExpect(status().isUnprocessableContent()), 2, "申请人是公式或错误值");
		assertThat(this.cases.countByAgencyId(office.agency)).isZero();

		String kept = number();
		upload(office.token, office.creditCode, "script.csv",
				csv(HEADER, kept + ",自然人,<script>alert(1)</script>,2026-02-02,\"<img src=x onerror=alert(2)>\",,"))
			.andExpect(status().isOk());
		CaseDetails stored = details(office, kept);
		assertThat(stored.summary().applicantName()).isEqualTo("<script>alert(1)</script>");
		this.mvc.perform(get("/admin/requests/" + stored.summary().id()).session(office.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(not(containsString("<img src=x"))));
	}

	@Test
	void theSameFileIsNotImportedTwice() throws Exception {
		Office office = office();
		byte[] file = csv(HEADER, ",自然人,甲,2026-02-02,好的,,");
		upload(office.token, office.creditCode, "a.csv", file).andExpect(status().isOk());
		expectFile(office, "a.csv", file, 422, 0, "这个文件已于 " + LocalDate.now(this.clock) + " 导入过");
		assertThat(this.cases.countByAgencyId(office.agency)).isEqualTo(1);
	}

	@Test
	void onlyStaffOfTheAgencyOrOfADisclosureOfficeAboveItMayImport() throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("导入县" + System.nanoTime()));
		AgencyData townData = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, "导入镇" + System.nanoTime());
		long town = this.agencies.create(townData);
		Office other = office();
		byte[] file = csv(HEADER, ",自然人,甲,2026-02-02,好的,,");
		String path = "/api/v1/admin/agencies/" + townData.creditCode() + "/requests/import";

		this.mvc.perform(multipart(path).file(part("a.csv", file)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
		this.mvc.perform(multipart(path).file(part("a.csv", file)).header("Authorization", "Bearer not-a-token"))
			.andExpect(status().isUnauthorized());
		for (Role refused : List.of(Role.REVIEWER, Role.CONFIDENTIALITY_REVIEWER)) {
			upload(token(refused, town), townData.creditCode(), "a.csv", file).andExpect(status().isForbidden());
		}
		upload(other.token, townData.creditCode(), "a.csv", file).andExpect(status().isForbidden());
		upload(token(Role.SYSTEM_ADMIN, null), townData.creditCode(), "a.csv", file).andExpect(status().isForbidden());
		// a disclosure office may import below it, never above
		String countyCode = this.agencies.details(county).summary().creditCode();
		upload(token(Role.DISCLOSURE_OFFICE, town), countyCode, "a.csv", file).andExpect(status().isForbidden());
		assertThat(this.cases.countByAgencyId(county)).isZero();
		assertThat(this.cases.countByAgencyId(town)).isZero();

		upload(token(Role.DISCLOSURE_OFFICE, county), townData.creditCode(), "a.csv", file).andExpect(status().isOk());
		upload(token(Role.LEADER, town), townData.creditCode(), "b.csv", csv(HEADER, ",自然人,乙,2026-02-03,好的,,"))
			.andExpect(status().isOk());
		upload(token(Role.CLERK, town), townData.creditCode(), "c.csv", csv(HEADER, ",自然人,丙,2026-02-04,好的,,"))
			.andExpect(status().isOk());
		assertThat(this.cases.countByAgencyId(town)).isEqualTo(3);
		upload(token(Role.DISCLOSURE_OFFICE, town), AgencyFixtures.randomCreditCode(), "a.csv", file)
			.andExpect(status().isNotFound());
	}

	@Test
	void theImportIsDocumentedInOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/admin/agencies/{creditCode}/requests/import'].post.responses['422']")
				.exists())
			.andExpect(jsonPath(
					"$.paths['/api/v1/admin/agencies/{creditCode}/requests/import'].post.requestBody.content['multipart/form-data']")
				.exists());
	}

	@Test
	void theBackOfficePageImportsAndListsTheReasonsOfARefusedFile() throws Exception {
		Office office = office();
		Office other = office();
		this.mvc.perform(get("/admin/requests/import").session(office.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + office.creditCode + "\"")))
			.andExpect(content().string(not(containsString(other.creditCode))))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
		this.mvc.perform(get("/admin/requests").session(office.session))
			.andExpect(content().string(containsString("/admin/requests/import")));

		byte[] good = csv(HEADER, ",自然人,甲,2026-02-02,页面导入,,");
		this.mvc
			.perform(multipart("/admin/requests/import").file(part("a.csv", good))
				.param("agency", office.creditCode)
				.session(office.session))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/admin/requests/import").file(part("a.csv", good))
				.param("agency", office.creditCode)
				.session(office.session)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/requests/import"))
			.andExpect(flash().attribute("imported", 1));
		assertThat(this.cases.countByAgencyId(office.agency)).isEqualTo(1);

		this.mvc
			.perform(multipart("/admin/requests/import")
				.file(part("b.csv", csv(HEADER, ",自然人,<b>乙</b>,2026-02-30,页面导入,,")))
				.param("agency", office.creditCode)
				.session(office.session)
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("收到日期“2026-02-30”不是有效日期")))
			.andExpect(content().string(containsString("id=\"rejected\"")));
		this.mvc
			.perform(multipart("/admin/requests/import").file(part("a.csv", good))
				.param("agency", office.creditCode)
				.session(other.session)
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.cases.countByAgencyId(office.agency)).isEqualTo(1);
	}

	private ResultActions upload(String token, String creditCode, String name, byte[] content) throws Exception {
		return this.mvc
			.perform(multipart("/api/v1/admin/agencies/" + creditCode + "/requests/import").file(part(name, content))
				.header("Authorization", "Bearer " + token));
	}

	private void expectFile(Office office, String name, byte[] content, int status, int row, String reason)
			throws Exception {
		upload(office.token, office.creditCode, name, content).andExpect(status().is(status))
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.rejected[0].row").value(row))
			.andExpect(jsonPath("$.rejected[0].reason", containsString(reason)));
	}

	private static void expectReason(ResultActions result, int row, String reason) throws Exception {
		result.andExpect(jsonPath("$.rejected[?(@.row == " + row + ")].reason", hasItem(containsString(reason))));
	}

	private static MockMultipartFile part(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	static byte[] csv(String... lines) {
		return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
	}

	interface SheetWriter {

		void write(Workbook workbook, Sheet sheet) throws IOException;

	}

	static byte[] xlsx(SheetWriter writer) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			writer.write(workbook, workbook.createSheet("台账"));
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** A row of text cells; {@code null} leaves a cell out. */
	static Row row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				row.createCell(i).setCellValue(values[i]);
			}
		}
		return row;
	}

	private static byte[] zip(String entry, byte[] content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content);
		}
		return out.toByteArray();
	}

	private static String number() {
		return "TZ-" + System.nanoTime() % 100_000_000_000L + "-" + NUMBERS.incrementAndGet();
	}

	private List<AuditEntryView> entries(String action, String objectType) {
		return this.audit.find(new AuditQuery(null, action, objectType, null, null, null), 0, 200).getContent();
	}

	private CaseDetails details(Office office, String trackingNo) {
		long id = this.cases.findByTrackingNo(trackingNo).orElseThrow().id();
		return as(office, () -> this.requests.details(id));
	}

	private <T> T as(Office office, Supplier<T> query) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
					new StaffPrincipal(1, "reader", "reader", List.of(new Grant(Role.CLERK, office.agency)), false),
					null, List.of()));
		try {
			return query.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private String token(Role role, Long agency) throws Exception {
		return Staff.token(this.mvc, Staff.create(this.accounts, role, agency));
	}

	private Office office() throws Exception {
		AgencyData data = AgencyFixtures.county("台账县" + System.nanoTime());
		long agency = this.agencies.create(data);
		String username = Staff.create(this.accounts, Role.CLERK, agency);
		return new Office(agency, data.creditCode(), username, Staff.token(this.mvc, username),
				Staff.signIn(this.mvc, username));
	}

	private record Office(long agency, String creditCode, String username, String token, MockHttpSession session) {

	}

}
