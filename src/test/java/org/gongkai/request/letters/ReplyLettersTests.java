package org.gongkai.request.letters;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.TestClock;
import org.gongkai.TestToday;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.rendering.CjkFonts;
import org.gongkai.rendering.PdfDocuments;
import org.gongkai.request.ApplicationForm;
import org.gongkai.request.CaseDetails;
import org.gongkai.request.CaseEvent;
import org.gongkai.request.Channel;
import org.gongkai.request.CaseFixtures;
import org.gongkai.request.Receipt;
import org.gongkai.request.RequestManagement;
import org.gongkai.request.casework.CaseHandling;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.rules.ClockFacts;
import org.gongkai.request.rules.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Letters (答复告知书 and the notices of arts. 30, 32, 33 and 42), produced as real DOCX and
 * PDF files through the download endpoints and read back with POI and PDFBox.
 */
@TestToday(TestClock.PINNED_CALENDAR_DAY)
@GongkaiTest
class ReplyLettersTests {

	static final LocalDate RECEIVED = LocalDate.of(2026, 9, 25);

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestManagement requests;

	@Autowired
	CaseHandling handling;

	@Autowired
	ReplyLetters letters;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	IssuedLetters issued;

	@Autowired
	LetterTemplateVersions templateVersions;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void everyOutcomeGivesAReplyLetterWithItsLegalBasisTheRemediesAndTheApplicantInDocxAndPdf() throws Exception {
		Office office = office();
		for (Outcome outcome : Outcome.values()) {
			long id = office.caseReceivedOn(RECEIVED, "王小明", "2026年本县道路建设计划");
			office.decide(id, outcome, "答复说明" + outcome.row());
			String basis = message("letters.basis." + outcome.name());
			assertThat(flat(basis)).as(outcome + " cites its article").contains("第" + numeral(outcome.article()) + "条");
			for (String ext : List.of("docx", "pdf")) {
				String text = text(ext, download(office.clerk, id, "reply." + ext));
				assertThat(text).as(outcome + " " + ext)
					.contains("政府信息公开申请答复告知书", flat(basis), "王小明", office.trackingNo(id), "2026年9月25日", "2026年本县道路建设计划",
							"答复说明" + outcome.row(), "60日内", "申请行政复议", "6个月内", "提起行政诉讼",
							// reconsideration goes to the county government above the
							// department
							flat(office.countyName), "依申复〔" + LocalDate.now(this.clock).getYear() + "〕", "印章");
			}
		}
		List<IssuedLetter> first = this.issued.findByCaseIdOrderById(office.firstCase);
		assertThat(first).extracting(IssuedLetter::kind).containsExactly(LetterKind.REPLY);
		assertThat(first.get(0).documentNo()).endsWith("〔" + LocalDate.now(this.clock).getYear() + "〕1号");
	}

	@Test
	void theReplyIsIssuedOnlyOnceTheLeaderHasApproved() throws Exception {
		Office office = office();
		long id = office.caseReceivedOn(RECEIVED, "赵六", "某项目环评报告");
		office.as(Role.CLERK, () -> this.requests.decide(id, Outcome.WITHHELD_THIRD_PARTY, "涉及商业秘密"));
		assertThat(this.issued.findByCaseIdOrderById(id)).isEmpty();
		office.as(Role.LEADER, () -> this.requests.approveDecision(id));
		assertThat(this.issued.findByCaseIdOrderById(id)).extracting(IssuedLetter::kind)
			.containsExactly(LetterKind.REPLY);
		assertThat(this.audit.find(new AuditQuery(null, "request.letter-issued", "IssuedLetter",
				String.valueOf(this.issued.findByCaseIdOrderById(id).get(0).id()), null, null), 0, 5))
			.hasSize(1);
	}

	@Test
	void theNoticesCarryTheirArticleAndTheApplicantExceptTheConsultationLetter() throws Exception {
		Office office = office();
		LocalDate today = LocalDate.now(this.clock);
		long id = office.caseReceivedOn(today, "钱七", "本镇低保名单");
		office.as(Role.CLERK,
				() -> this.handling.requestCorrection(id, today.plusDays(15), CaseFixtures.correctionItems()));
		office.as(Role.CLERK, () -> this.handling.receiveCorrection(id, today));
		office.as(Role.CLERK,
				() -> this.handling.startConsultation(id, ClockFacts.PauseKind.THIRD_PARTY_CONSULTATION, today));
		office.as(Role.LEADER, () -> this.handling.extend(id, "需要调取历年档案"));
		assertThat(this.issued.findByCaseIdOrderById(id)).extracting(IssuedLetter::kind)
			.containsExactly(LetterKind.CORRECTION, LetterKind.CONSULTATION, LetterKind.EXTENSION);
		String deadline = date(today.plusDays(15));
		for (String ext : List.of("docx", "pdf")) {
			assertThat(text(ext, download(office.clerk, id, "correction." + ext))).contains("补正告知书", "第三十条", "钱七",
					deadline, "本镇低保名单", "依申补〔",
					// each listed item with its suggestion, numbered the Chinese way
					"一、所需信息的名称或文号（建议写明：例如：2025年城南片区改造批复）");
			assertThat(text(ext, download(office.clerk, id, "extension." + ext))).contains("延期答复告知书", "第三十三条", "钱七",
					"需要调取历年档案", "20个工作日", "依申延〔");
			String consultation = text(ext, download(office.clerk, id, "consultation." + ext));
			assertThat(consultation).contains("征求意见函", "第三十二条", "15个工作日", "本镇低保名单", "依申征〔")
				// the third party is not told who applied
				.doesNotContain("钱七");
			// no fee step yet: an unnumbered draft
			assertThat(text(ext, download(office.clerk, id, "fee." + ext))).contains("收费通知书", "第四十二条", "钱七", "60日内",
					"6个月内", "草稿");
		}
		// the fee notice, once the fee step gives an amount
		for (String bad : List.of("0", "-5", "0.001", "1000000.01")) {
			office.as(Role.CLERK,
					() -> org.assertj.core.api.Assertions
						.assertThatThrownBy(() -> this.letters.issueFeeNotice(id, new java.math.BigDecimal(bad)))
						.isInstanceOf(org.gongkai.platform.RuleViolationException.class)
						.hasFieldOrPropertyWithValue("messageKey", "letters.fee.invalid"));
		}
		Office other = office();
		other.as(Role.CLERK,
				() -> org.assertj.core.api.Assertions
					.assertThatThrownBy(() -> this.letters.issueFeeNotice(id, java.math.BigDecimal.TEN))
					.isInstanceOf(org.gongkai.platform.ForbiddenException.class));
		office.as(Role.CLERK, () -> this.letters.issueFeeNotice(id, new java.math.BigDecimal("200")));
		assertThat(this.issued.findByCaseIdOrderById(id)).extracting(IssuedLetter::kind).endsWith(LetterKind.FEE);
		for (String ext : List.of("docx", "pdf")) {
			assertThat(text(ext, download(office.clerk, id, "fee." + ext)))
				.contains("金额为200.00元", "依申费〔", "钱七", "20个工作日内缴纳")
				.doesNotContain("草稿");
		}
		// a reply before any answer is refused with the reason
		this.mvc.perform(get("/admin/requests/" + id + "/letters/reply.pdf").session(office.clerk))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("尚未登记答复")));
		this.mvc.perform(get("/admin/requests/" + id + "/letters/nonsense.pdf").session(office.clerk))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/requests/" + id + "/letters/reply.exe").session(office.clerk))
			.andExpect(status().isNotFound());
	}

	@Test
	void hostileApplicantTextIsShownAsTextAndNeverMarkupOrPlaceholders() throws Exception {
		Office office = office();
		String name = "<script>alert(1)</script>&]]>\u0001\u0007甲";
		String description = "<b>粗体</b> {{applicant}} {{basis}} ]]> &amp; \u0000\u001b<![CDATA[x]]>";
		long id = office.caseReceivedOn(RECEIVED, name, description);
		office.decide(id, Outcome.DISCLOSED, "<img src=x onerror=alert(1)> & 说明");
		for (String ext : List.of("docx", "pdf")) {
			String text = text(ext, download(office.clerk, id, "reply." + ext));
			assertThat(text).contains(flat("<script>alert(1)</script>&]]>甲"), flat("<b>粗体</b>"),
					"{{applicant}}{{basis}}]]>&amp;<![CDATA[x]]>", flat("<img src=x onerror=alert(1)> & 说明"));
		}
		// the case page escapes the same text
		this.mvc.perform(get("/admin/requests/" + id).session(office.clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("/letters/reply.pdf")));
	}

	@Test
	void aTenThousandCharacterTextBreaksNeitherTheDocxNorThePdf() throws Exception {
		LetterRenderer renderer = new LetterRenderer(new PdfDocuments(new CjkFonts()), this.messages);
		String huge = "申".repeat(4000) + "x".repeat(3000) + "<&>]]>".repeat(500);
		LetterContent letter = new LetterContent("标题", "青府依申复〔2026〕3号", huge + "：", List.of(huge, "特此告知。"), "某县人民政府",
				"2026年11月22日", "（印章）");
		assertThat(LetterRenderer.xhtml(letter)).doesNotContain("<&>").contains("&lt;&amp;&gt;]]&gt;");
		assertThat(flat(docxText(renderer.docx(letter)))).contains("申".repeat(4000), "特此告知。");
		String pdf = pdfText(renderer.pdf(letter));
		assertThat(pdf).contains("申".repeat(100), "xxxxxxxxxx", "<&>]]>", "特此告知。", "某县人民政府");
	}

	@Test
	void withoutACjkFontThePdfIsRefusedWithAClearMessage() {
		CjkFonts none = new CjkFonts(java.nio.file.Path.of("/nonexistent-fonts"));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> none.subsets("字"))
			.isInstanceOf(CjkFonts.FontMissingException.class)
			.hasMessageContaining("fonts-noto-cjk");
		assertThat(message("letters.font.missing")).contains("中文字体");
	}

	@Test
	void staffOfAnotherAgencyAndThePublicCannotDownload() throws Exception {
		Office office = office();
		Office other = office();
		long id = office.caseReceivedOn(RECEIVED, "孙八", "某事项");
		office.decide(id, Outcome.DISCLOSED, null);
		for (String ext : List.of("docx", "pdf")) {
			this.mvc.perform(get("/admin/requests/" + id + "/letters/reply." + ext).session(other.clerk))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/requests/" + id + "/letters/reply." + ext))
				.andExpect(status().is3xxRedirection());
		}
		long letter = this.issued.findByCaseIdOrderById(id).get(0).id();
		this.mvc
			.perform(
					post("/admin/requests/" + id + "/letters/" + letter + "/release").session(other.clerk).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/requests/" + id + "/letters/" + letter + "/delivery").session(other.clerk)
				.with(csrf())
				.param("method", "POST")
				.param("on", LocalDate.now(this.clock).toString()))
			.andExpect(status().isForbidden());
		assertThat(this.issued.findById(letter).orElseThrow().view().released()).isFalse();
		assertThat(this.issued.findById(letter).orElseThrow().view().delivery()).isNull();
	}

	@Test
	void deliveryIsRecordedInTheCaseLogAndAuditedAndBadInputIsRefused() throws Exception {
		Office office = office();
		long id = office.caseReceivedOn(RECEIVED, "周九", "某事项");
		office.decide(id, Outcome.DISCLOSED, null);
		long letter = this.issued.findByCaseIdOrderById(id).get(0).id();
		String today = LocalDate.now(this.clock).toString();
		deliver(office.clerk, id, letter, "CARRIER_PIGEON", today).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择送达方式")));
		deliver(office.clerk, id, letter, "POST", "2026-01-01").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("送达日期无效")));
		deliver(office.clerk, id, letter, "POST", LocalDate.now(this.clock).plusDays(1).toString())
			.andExpect(status().isBadRequest());
		assertThat(this.issued.findById(letter).orElseThrow().view().delivery()).isNull();
		deliver(office.clerk, id, letter, "POST", today).andExpect(status().is3xxRedirection());
		LetterView view = this.issued.findById(letter).orElseThrow().view();
		assertThat(view.delivery()).isEqualTo(LetterDelivery.POST);
		assertThat(view.deliveredOn()).isEqualTo(LocalDate.now(this.clock));
		assertThat(office.details(id).events()).extracting(CaseEvent::kind).contains("letter-delivered");
		assertThat(this.audit.find(
				new AuditQuery(null, "request.letter-delivered", "IssuedLetter", String.valueOf(letter), null, null), 0,
				5))
			.hasSize(1);
		this.mvc.perform(get("/admin/requests/" + id).session(office.clerk))
			.andExpect(content().string(containsString("登记文书送达")))
			.andExpect(content().string(containsString("邮寄")));
		// only the agency's clerks get the delivery and release forms
		this.mvc.perform(get("/admin/requests/" + id).session(office.clerk))
			.andExpect(content().string(containsString("/letters/" + letter + "/release")));
		this.mvc.perform(get("/admin/requests/" + id).session(office.leader))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/letters/reply.pdf")))
			.andExpect(content().string(not(containsString("/letters/" + letter + "/release"))));
	}

	@Test
	void releasedLettersAreDownloadableWithTheQueryCodeOnlyAndNothingElseAboutTheCase() throws Exception {
		Office office = office();
		// received today: the correction notice must go within 7 working days (art. 30)
		Receipt receipt = office.receipt(LocalDate.now(this.clock), "吴十", "某镇财政预算");
		long id = this.cases.findByTrackingNo(receipt.trackingNo()).orElseThrow().id();
		office.as(Role.CLERK, () -> this.handling.requestCorrection(id, LocalDate.now(this.clock).plusDays(10),
				CaseFixtures.correctionItems()));
		office.decideLater(id);
		List<IssuedLetter> all = this.issued.findByCaseIdOrderById(id);
		long correction = all.get(0).id();
		long reply = all.get(1).id();
		String address = address();
		this.mvc
			.perform(get("/api/v1/requests/" + receipt.trackingNo()).param("code", receipt.queryCode())
				.with(from(address)))
			.andExpect(status().isOk())
			// the correction notice asks the applicant to act: released at once (issue
			// 12)
			.andExpect(jsonPath("$.documents.length()").value(1));
		this.mvc
			.perform(
					post("/admin/requests/" + id + "/letters/" + reply + "/release").session(office.clerk).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String href = "/api/v1/requests/" + receipt.trackingNo() + "/letters/" + reply + ".pdf";
		this.mvc
			.perform(get("/api/v1/requests/" + receipt.trackingNo()).param("code", receipt.queryCode())
				.with(from(address)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.documents.length()").value(2))
			.andExpect(jsonPath("$.documents[1].href").value(href))
			.andExpect(jsonPath("$.documents[1].documentNo").value(all.get(1).documentNo()))
			.andExpect(content().string(not(containsString("吴十"))))
			.andExpect(content().string(not(containsString("某镇财政预算"))));
		MvcResult ok = this.mvc.perform(get(href).param("code", receipt.queryCode()).with(from(address())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn();
		assertThat(pdfText(ok.getResponse().getContentAsByteArray())).contains("吴十", "答复告知书");
		this.mvc.perform(get(href).param("code", "WRONGCODE").with(from(address())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("request.track.not-found"));
		this.mvc.perform(get(href).with(from(address()))).andExpect(status().isNotFound());
		// the correction notice went out at once
		this.mvc
			.perform(get("/api/v1/requests/" + receipt.trackingNo() + "/letters/" + correction + ".pdf")
				.param("code", receipt.queryCode())
				.with(from(address())))
			.andExpect(status().isOk());
		// another case's number with this case's letter
		Receipt otherCase = office.receipt(RECEIVED, "郑一", "其他");
		this.mvc
			.perform(get("/api/v1/requests/" + otherCase.trackingNo() + "/letters/" + reply + ".pdf")
				.param("code", otherCase.queryCode())
				.with(from(address())))
			.andExpect(status().isNotFound());
		// wrong codes are rate-limited like tracking (6 a minute in tests)
		String guesser = address();
		for (int i = 0; i < 6; i++) {
			this.mvc.perform(get(href).param("code", "GUESS" + i).with(from(guesser))).andExpect(status().isNotFound());
		}
		this.mvc.perform(get(href).param("code", receipt.queryCode()).with(from(guesser)))
			.andExpect(status().isTooManyRequests());
		// the tracking page lists it and downloads it by form post
		String page = address();
		this.mvc
			.perform(post("/requests/track").with(csrf())
				.with(from(page))
				.param("trackingNo", receipt.trackingNo())
				.param("code", receipt.queryCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/requests/track/letters/" + reply)))
			.andExpect(content().string(containsString("/requests/track/letters/" + correction)));
		MvcResult fromPage = this.mvc
			.perform(post("/requests/track/letters/" + reply).with(csrf())
				.with(from(page))
				.param("trackingNo", receipt.trackingNo())
				.param("code", receipt.queryCode()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(pdfText(fromPage.getResponse().getContentAsByteArray())).contains("吴十");
		this.mvc
			.perform(post("/requests/track/letters/" + reply).with(csrf())
				.with(from(address()))
				.param("trackingNo", receipt.trackingNo())
				.param("code", "WRONGCODE"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("申请编号或查询码不正确")));
		assertThat(office.details(id).events()).extracting(CaseEvent::kind).contains("letter-released");
	}

	@Test
	void aLeaderEditsTheAgencysTemplateAndUnknownPlaceholdersAreRefusedWithNothingStored() throws Exception {
		Office office = office();
		String key = "REPLY.DISCLOSED";
		String url = "/admin/requests/templates/" + office.agency + "/" + key;
		this.mvc.perform(get("/admin/requests/templates/" + office.agency).session(office.leader))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(key)));
		this.mvc.perform(get(url).session(office.leader))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("{{applicant}}")));
		this.mvc.perform(post(url).session(office.leader).with(csrf()).param("text", "{{applicant}}：{{password}}{{x}}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("未知的占位符：password、x")));
		this.mvc.perform(post(url).session(office.leader).with(csrf()).param("text", "你好 {{applicant"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("占位符括号不完整")));
		this.mvc.perform(post(url).session(office.leader).with(csrf()).param("text", "   "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("模板内容不能为空")));
		this.mvc.perform(post(url).session(office.leader).with(csrf()).param("text", "甲".repeat(20001)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post(url).session(office.leader).with(csrf()).param("text", "控制\u0007字符"))
			.andExpect(status().isBadRequest());
		assertThat(this.templateVersions.countByAgencyIdAndKey(office.agency, key)).isZero();
		// clerks and other agencies' leaders may not edit
		Office other = office();
		this.mvc.perform(post(url).session(office.clerk).with(csrf()).param("text", "{{applicant}}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(url).session(other.leader).with(csrf()).param("text", "{{applicant}}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(url).session(other.leader)).andExpect(status().isForbidden());
		assertThat(this.templateVersions.countByAgencyIdAndKey(office.agency, key)).isZero();
		// a valid text with markup is stored as text and becomes version 1, audited
		String text = "本机关收到{{applicant}}的申请（{{trackingNo}}）。<script>x()</script>\n依据{{basis}}。\n{{remedies}}";
		this.mvc.perform(post(url).session(office.leader).with(csrf()).param("text", text))
			.andExpect(status().is3xxRedirection());
		assertThat(this.templateVersions.countByAgencyIdAndKey(office.agency, key)).isEqualTo(1);
		assertThat(this.audit
			.find(new AuditQuery(null, "request.letter-template-saved", "LetterTemplate", null, null, null), 0, 1000)
			.getContent()).anySatisfy((e) -> assertThat(e.toString()).contains(key));
		this.mvc.perform(get(url).session(office.leader))
			.andExpect(content().string(containsString("&lt;script&gt;x()&lt;/script&gt;")));
		long id = office.caseReceivedOn(RECEIVED, "冯二", "某事项");
		office.decide(id, Outcome.DISCLOSED, null);
		String pdf = text("pdf", download(office.clerk, id, "reply.pdf"));
		assertThat(pdf).contains("本机关收到冯二的申请", "<script>x()</script>", "第三十六条", "行政复议");
		// the disclosure office of the agency may edit too; a second save is version 2
		String office2 = Staff.create(this.accounts, Role.DISCLOSURE_OFFICE, office.agency);
		this.mvc.perform(post(url).session(Staff.signIn(this.mvc, office2)).with(csrf()).param("text", "{{applicant}}"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.templateVersions.countByAgencyIdAndKey(office.agency, key)).isEqualTo(2);
		// the letter already issued keeps its text
		assertThat(text("pdf", download(office.clerk, id, "reply.pdf"))).contains("本机关收到冯二的申请");
	}

	@Test
	void everyShippedTemplateUsesOnlyItsKindsPlaceholders() {
		LetterTemplates templates = new LetterTemplates(null, null, this.clock);
		for (String key : LetterTemplates.keys()) {
			String text = templates.defaultText(key);
			assertThat(LetterTemplates.validate(LetterTemplates.kindOf(key), text)).isEqualTo(text);
		}
	}

	private org.springframework.test.web.servlet.ResultActions deliver(MockHttpSession session, long id, long letter,
			String method, String on) throws Exception {
		return this.mvc.perform(post("/admin/requests/" + id + "/letters/" + letter + "/delivery").session(session)
			.with(csrf())
			.param("method", method)
			.param("on", on));
	}

	private byte[] download(MockHttpSession session, long id, String file) throws Exception {
		return this.mvc.perform(get("/admin/requests/" + id + "/letters/" + file).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/**
	 * The text of a DOCX or PDF with all white space removed (PDF lines wrap anywhere).
	 */
	private static String text(String ext, byte[] bytes) throws Exception {
		return flat(ext.equals("pdf") ? pdfText(bytes) : docxText(bytes));
	}

	private static String docxText(byte[] bytes) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
	}

	private static String pdfText(byte[] bytes) throws Exception {
		try (PDDocument doc = Loader.loadPDF(bytes)) {
			return flat(new PDFTextStripper().getText(doc));
		}
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", "");
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.CHINA);
	}

	private static String date(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	/** Chinese numerals of an article number up to 99 (十四, 三十六). */
	static String numeral(String article) {
		String digits = "零一二三四五六七八九";
		int n = Integer.parseInt(article);
		int tens = n / 10;
		int units = n % 10;
		String out = (tens == 0) ? "" : ((tens == 1) ? "十" : digits.charAt(tens) + "十");
		return out + ((units == 0) ? "" : String.valueOf(digits.charAt(units)));
	}

	@Test
	void articleNumeralsAreWrittenTheChineseWay() {
		assertThat(numeral("14")).isEqualTo("十四");
		assertThat(numeral("30")).isEqualTo("三十");
		assertThat(numeral("36")).isEqualTo("三十六");
		assertThat(numeral("42")).isEqualTo("四十二");
	}

	private static String address() {
		return "10.77." + (ADDRESSES.incrementAndGet() / 250) + "." + (ADDRESSES.get() % 250 + 1);
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static void signInAs(StaffPrincipal principal) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
	}

	private Office office() throws Exception {
		String countyName = "信函县" + System.nanoTime();
		long county = this.agencies.create(AgencyFixtures.county(countyName));
		long agency = this.agencies
			.create(AgencyFixtures.under(county, AgencyLevel.DEPARTMENT, "信函县教育局" + System.nanoTime()));
		return new Office(agency, countyName, Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.LEADER, agency)));
	}

	private final class Office {

		final long agency;

		final String countyName;

		final MockHttpSession clerk;

		final MockHttpSession leader;

		long firstCase;

		Office(long agency, String countyName, MockHttpSession clerk, MockHttpSession leader) {
			this.agency = agency;
			this.countyName = countyName;
			this.clerk = clerk;
			this.leader = leader;
		}

		void as(Role role, Runnable action) {
			signInAs(new StaffPrincipal(1, role.name().toLowerCase(Locale.ROOT), "staff",
					List.of(new Grant(role, this.agency)), false));
			try {
				action.run();
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}

		Receipt receipt(LocalDate day, String name, String description) {
			Receipt[] receipt = new Receipt[1];
			as(Role.CLERK,
					() -> receipt[0] = ReplyLettersTests.this.requests.registerWalkIn(this.agency,
							new ApplicationForm("NATURAL_PERSON", name, "居民身份证", "110101199003077777", "13800138000",
									"applicant@example.com", "人民路3号", description, List.of("EMAIL"), "ONLINE"),
							Channel.WALK_IN, day));
			return receipt[0];
		}

		long caseReceivedOn(LocalDate day, String name, String description) {
			long id = ReplyLettersTests.this.cases.findByTrackingNo(receipt(day, name, description).trackingNo())
				.orElseThrow()
				.id();
			if (this.firstCase == 0) {
				this.firstCase = id;
			}
			return id;
		}

		String trackingNo(long id) {
			return ReplyLettersTests.this.cases.findById(id).orElseThrow().trackingNo();
		}

		void decide(long id, Outcome outcome, String note) {
			as(Role.CLERK, () -> ReplyLettersTests.this.requests.decide(id, outcome, note));
			if (outcome.needsLeaderApproval()) {
				as(Role.LEADER, () -> ReplyLettersTests.this.requests.approveDecision(id));
			}
		}

		/** Receives the correction, then answers with full disclosure. */
		void decideLater(long id) {
			as(Role.CLERK, () -> ReplyLettersTests.this.handling.receiveCorrection(id,
					LocalDate.now(ReplyLettersTests.this.clock)));
			decide(id, Outcome.DISCLOSED, null);
		}

		CaseDetails details(long id) {
			CaseDetails[] details = new CaseDetails[1];
			as(Role.CLERK, () -> details[0] = ReplyLettersTests.this.requests.details(id));
			return details[0];
		}

	}

}
