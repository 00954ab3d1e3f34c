package org.gongkai.request.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.GongkaiTest;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.request.ApplicationForm;
import org.gongkai.request.CaseFixtures;
import org.gongkai.request.Channel;
import org.gongkai.request.Receipt;
import org.gongkai.request.RequestManagement;
import org.gongkai.request.casework.DisclosureRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The information a partial disclosure delivers, through the staff page and the tracking
 * page with real sign-in: files and text scanned and masked, a PDF redacted with its log,
 * released only with the reply, downloaded with the tracking number and query code; and
 * hostile input refused with nothing stored.
 */
@GongkaiTest
class DeliveryTests {

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
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	AuditLog audit;

	@Test
	void aPartialDisclosureDeliversARedactedPdfAndMaskedTextThatTheApplicantDownloadsOnceReleased() throws Exception {
		CaseFixtures.Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		Receipt receipt = walkIn(office.agency());
		long id = caseId(receipt);

		upload(office.clerk(), id, "会议纪要.pdf", SamplePdf.sample()).andExpect(status().is3xxRedirection());
		long original = files(id).get(0);
		String page = page(office.clerk(), id);
		assertThat(page).contains("会议纪要.pdf", "身份证号码 1 处");

		this.mvc
			.perform(post("/admin/requests/" + id + "/delivery/text").session(office.clerk())
				.with(csrf())
				.param("text", "经查，该项目联系人电话 13912345678，预算如下。"))
			.andExpect(status().is3xxRedirection());
		assertThat(page(office.clerk(), id)).contains("139****5678").doesNotContain("13912345678");

		this.mvc
			.perform(
					post("/admin/requests/" + id + "/delivery/files/" + original + "/redaction").session(office.clerk())
						.with(csrf())
						.param("findings", "true")
						.param("phrases", "Zhang San")
						.param("areas", "2, 21, 31, 106, 9")
						.param("reason", "涉及个人隐私和第三方商业秘密（条例第十五条）"))
			.andExpect(status().is3xxRedirection());
		List<Long> current = files(id);
		assertThat(current).hasSize(1).doesNotContain(original);
		String redactedPage = page(office.clerk(), id);
		assertThat(redactedPage).contains("会议纪要（遮盖后）.pdf", "遮盖记录", "按文字", "按区域", "涉及个人隐私", office.clerkName())
			.doesNotContain(SamplePdf.ID)
			.doesNotContain("Zhang San");
		assertThat(this.jdbc.sql("select count(*) from req_redaction where case_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(3);

		// nothing reaches the applicant before the answer is released
		track(receipt, receipt.queryCode()).andExpect(content().string(not(containsString("答复提供的信息"))));
		download(receipt, receipt.queryCode(), current.get(0)).andExpect(status().isNotFound());

		decideAndRelease(office, id);
		track(receipt, receipt.queryCode()).andExpect(status().isOk())
			.andExpect(content().string(containsString("答复提供的信息")))
			.andExpect(content().string(containsString("会议纪要（遮盖后）.pdf")))
			.andExpect(content().string(containsString("139****5678")));
		MvcResult file = download(receipt, receipt.queryCode(), current.get(0)).andExpect(status().isOk()).andReturn();
		assertThat(file.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(file.getResponse().getHeader("Content-Disposition")).contains("attachment");
		try (PDDocument pdf = Loader.loadPDF(file.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).doesNotContain(SamplePdf.ID)
				.doesNotContain("Confidential")
				.doesNotContain("Zhang San")
				.contains("This page is not touched")
				// the redacted pages keep the rest of their text
				.contains("Applicant record", "Public part stays.", "Budget line 42");
		}
		// the original, a wrong code and another case's file look alike: not found
		download(receipt, receipt.queryCode(), original).andExpect(status().isNotFound());
		download(receipt, "WRONGCOD", current.get(0)).andExpect(status().isNotFound());
		// released: the delivery is fixed now
		upload(office.clerk(), id, "late.pdf", SamplePdf.sample()).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("答复书已发放")));
		assertThat(files(id)).isEqualTo(current);
	}

	@Test
	void aPageThatCannotBeRewrittenBecomesAnImageAndTheLogSaysWhy() throws Exception {
		CaseFixtures.Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long id = caseId(walkIn(office.agency()));
		byte[] rotated;
		try (PDDocument document = Loader.loadPDF(SamplePdf.sample())) {
			document.getPage(0).setRotation(90);
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			document.save(out);
			rotated = out.toByteArray();
		}
		upload(office.clerk(), id, "横排.pdf", rotated).andExpect(status().is3xxRedirection());
		long file = files(id).get(0);

		redact(office.clerk(), id, file, "Zhang San\nBudget line", "", "涉及个人隐私").andExpect(status().is3xxRedirection());

		assertThat(page(office.clerk(), id)).contains("按文字", "整页转为图片", "页面经过旋转，整页转为图片");
		assertThat(this.jdbc.sql("select page_no from req_redaction where case_id = ? and kind = 'PAGE'")
			.param(id)
			.query(Integer.class)
			.list()).containsExactly(1);
	}

	@Test
	void hostileInputIsRefusedWithAChineseReasonAndChangesNothing() throws Exception {
		CaseFixtures.Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long id = caseId(walkIn(office.agency()));
		// a web page named .pdf, an empty file, a script in the name
		upload(office.clerk(), id, "x.pdf", "<html><script>alert(1)</script></html>".getBytes())
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("文件类型")));
		upload(office.clerk(), id, "empty.pdf", new byte[0]).andExpect(status().isBadRequest());
		upload(office.clerk(), id, "<script>alert(1)</script>.pdf", SamplePdf.sample())
			.andExpect(status().is3xxRedirection());
		String page = page(office.clerk(), id);
		assertThat(page).doesNotContain("<script>alert(1)</script>").contains(">script.pdf<");
		long file = files(id).get(0);
		// no CSRF token, another agency's clerk, the agency's leader
		this.mvc
			.perform(multipart("/admin/requests/" + id + "/delivery/files")
				.file(new MockMultipartFile("file", "a.pdf", "application/pdf", SamplePdf.sample()))
				.session(office.clerk()))
			.andExpect(status().isForbidden());
		CaseFixtures.Office other = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		upload(other.clerk(), id, "b.pdf", SamplePdf.sample()).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/requests/" + id + "/delivery").session(other.clerk()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/requests/" + id + "/delivery/files/" + file).session(other.clerk()))
			.andExpect(status().isForbidden());
		upload(office.leader(), id, "c.pdf", SamplePdf.sample()).andExpect(status().isForbidden());
		// over-long text, control characters stripped
		this.mvc
			.perform(post("/admin/requests/" + id + "/delivery/text").session(office.clerk())
				.with(csrf())
				.param("text", "长".repeat(20_001)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不能超过 20000 个字")));
		// redactions: no reason, a malformed area, a page the file lacks, nothing found,
		// a file of another case
		redact(office.clerk(), id, file, "", "", "理由").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("没有找到要遮盖的内容")));
		redact(office.clerk(), id, file, "Zhang", "", "").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写遮盖理由")));
		redact(office.clerk(), id, file, "", "1,2,x", "理由").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("第 1 行页面区域格式不正确")));
		redact(office.clerk(), id, file, "", "1,1,1,10,10\n9,1,1,10,10", "理由").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("第 2 行页面区域格式不正确")));
		long elsewhere = caseId(walkIn(office.agency()));
		redact(office.clerk(), elsewhere, file, "Zhang", "", "理由").andExpect(status().isNotFound());
		assertThat(files(id)).containsExactly(file);
		assertThat(this.jdbc.sql("select count(*) from req_redaction where case_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from req_delivered_text where case_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theClerkRemovesAFileAfterAConfirmationPageUntilTheReplyIsReleasedAndNeverAfter() throws Exception {
		CaseFixtures.Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		Receipt receipt = walkIn(office.agency());
		long id = caseId(receipt);
		upload(office.clerk(), id, "错传的文件.pdf", SamplePdf.sample()).andExpect(status().is3xxRedirection());
		upload(office.clerk(), id, "会议纪要.pdf", SamplePdf.sample()).andExpect(status().is3xxRedirection());
		long wrong = files(id).get(0);
		long kept = files(id).get(1);
		String removal = "/admin/requests/" + id + "/delivery/files/" + wrong + "/removal";
		assertThat(page(office.clerk(), id)).contains(removal);

		// its own page: what goes, the warning, a form with a CSRF token and no script
		String confirm = this.mvc.perform(get(removal).session(office.clerk()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirm).contains("错传的文件.pdf", "答复书发放后不能再删除", "确认删除", "name=\"_csrf\"").doesNotContain("<script");
		// no token, another agency's clerk, the leader, a file of another case: nothing
		// happens
		this.mvc.perform(post(removal).session(office.clerk())).andExpect(status().isForbidden());
		CaseFixtures.Office other = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		this.mvc.perform(post(removal).session(other.clerk()).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post(removal).session(office.leader()).with(csrf())).andExpect(status().isForbidden());
		long elsewhere = caseId(walkIn(office.agency()));
		this.mvc
			.perform(post("/admin/requests/" + elsewhere + "/delivery/files/" + wrong + "/removal")
				.session(office.clerk())
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(files(id)).containsExactly(wrong, kept);

		this.mvc.perform(post(removal).session(office.clerk()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("doneKey", "delivery.file.removed"));
		assertThat(files(id)).containsExactly(kept);
		assertThat(page(office.clerk(), id)).doesNotContain("错传的文件.pdf");
		this.mvc.perform(post(removal).session(office.clerk()).with(csrf())).andExpect(status().isNotFound());
		assertThat(CaseFixtures.as("reader", Role.CLERK, office.agency(), () -> this.requests.details(id)).events())
			.anySatisfy((e) -> {
				assertThat(e.kind()).isEqualTo("delivery-file-removed");
				assertThat(e.detail()).isEqualTo("错传的文件.pdf");
				assertThat(e.actor()).isEqualTo(office.clerkName());
			});
		assertThat(this.audit.find(new AuditQuery(office.clerkName(), "request.delivery-file-removed",
				"DisclosureRequest", String.valueOf(id), null, null), 0, 5))
			.singleElement()
			.satisfies((a) -> assertThat(a.before()).contains("file=" + wrong, "错传的文件.pdf"));
		this.mvc.perform(get("/admin/requests/" + id).session(office.clerk()))
			.andExpect(content().string(containsString("删除答复提供的文件：错传的文件.pdf")));

		// released: the applicant may have it, so it stays, and the clerk is told why
		decideAndRelease(office, id);
		String keptRemoval = "/admin/requests/" + id + "/delivery/files/" + kept + "/removal";
		this.mvc.perform(get("/admin/requests/" + id + "/delivery").session(office.clerk()))
			.andExpect(content().string(not(containsString(keptRemoval))));
		this.mvc.perform(post(keptRemoval).session(office.clerk()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("答复书已发放，申请人可能已经下载或通过电子邮件收到该文件，不能再删除")));
		assertThat(files(id)).containsExactly(kept);
		download(receipt, receipt.queryCode(), kept).andExpect(status().isOk());
		download(receipt, receipt.queryCode(), wrong).andExpect(status().isNotFound());
	}

	@Test
	void downloadsFollowTheWayTheApplicantChoseToGetTheInformation() throws Exception {
		CaseFixtures.Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		// by post, on paper: the tracking page says so and offers no download
		Receipt byPost = walkIn(office.agency(), "PAPER", "POST");
		long postId = caseId(byPost);
		upload(office.clerk(), postId, "预算表.pdf", SamplePdf.sample()).andExpect(status().is3xxRedirection());
		long postFile = files(postId).get(0);
		decideAndRelease(office, postId);
		track(byPost, byPost.queryCode()).andExpect(status().isOk())
			.andExpect(content().string(containsString("您选择以邮寄方式获取信息")))
			.andExpect(content().string(containsString("预算表.pdf")))
			.andExpect(content().string(not(containsString("/requests/track/delivered/"))));
		download(byPost, byPost.queryCode(), postFile).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("本机关将邮寄提供，不能在网上下载")));
		// a wrong code still looks like any wrong code
		download(byPost, "WRONGCOD", postFile).andExpect(status().isNotFound());

		// to pick up: said so, refused
		Receipt pickUp = walkIn(office.agency(), "DISK", "PICK_UP");
		long pickUpId = caseId(pickUp);
		upload(office.clerk(), pickUpId, "图纸.pdf", SamplePdf.sample()).andExpect(status().is3xxRedirection());
		decideAndRelease(office, pickUpId);
		track(pickUp, pickUp.queryCode()).andExpect(content().string(containsString("您选择自行领取信息")));
		download(pickUp, pickUp.queryCode(), files(pickUpId).get(0)).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("请到本机关领取")));

		// picked up, but also asked for by e-mail: the download is the copy should the
		// e-mail not arrive
		Receipt alsoEmail = walkIn(office.agency(), "EMAIL", "PICK_UP");
		long emailId = caseId(alsoEmail);
		upload(office.clerk(), emailId, "名单.pdf", SamplePdf.sample()).andExpect(status().is3xxRedirection());
		decideAndRelease(office, emailId);
		track(alsoEmail, alsoEmail.queryCode())
			.andExpect(content().string(containsString("/requests/track/delivered/")))
			.andExpect(content().string(not(containsString("您选择自行领取信息"))));
		download(alsoEmail, alsoEmail.queryCode(), files(emailId).get(0)).andExpect(status().isOk());
	}

	private void decideAndRelease(CaseFixtures.Office office, long id) throws Exception {
		this.mvc
			.perform(post("/admin/requests/" + id + "/decision").session(office.clerk())
				.with(csrf())
				.param("outcome", "3.2")
				.param("note", "部分公开"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/admin/requests/" + id + "/approval").session(office.leader()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long reply = this.jdbc.sql("select id from req_letter where case_id = ? and kind = 'REPLY'")
			.param(id)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/admin/requests/" + id + "/letters/" + reply + "/release").session(office.clerk())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	Receipt walkIn(long agency) {
		return walkIn(agency, "EMAIL", "ONLINE");
	}

	Receipt walkIn(long agency, String format, String delivery) {
		ApplicationForm form = new ApplicationForm("NATURAL_PERSON", "李四", "居民身份证", CaseFixtures.idNumber(),
				"13800138000", "lisi@example.com", "人民路5号", "某项目会议纪要", List.of(format), delivery);
		LocalDate today = LocalDate.now(this.clock);
		return CaseFixtures.as("intake-clerk", Role.CLERK, agency,
				() -> this.requests.registerWalkIn(agency, form, Channel.WALK_IN, today));
	}

	long caseId(Receipt receipt) {
		return this.cases.findByTrackingNo(receipt.trackingNo()).orElseThrow().id();
	}

	List<Long> files(long caseId) {
		return this.jdbc
			.sql("select id from req_delivered_file where case_id = ? and replaced_by is null and removed_at is null"
					+ " order by id")
			.param(caseId)
			.query(Long.class)
			.list();
	}

	String page(MockHttpSession session, long id) throws Exception {
		return this.mvc.perform(get("/admin/requests/" + id + "/delivery").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	org.springframework.test.web.servlet.ResultActions upload(MockHttpSession session, long id, String name,
			byte[] bytes) throws Exception {
		return this.mvc.perform(multipart("/admin/requests/" + id + "/delivery/files")
			.file(new MockMultipartFile("file", name, "application/pdf", bytes))
			.session(session)
			.with(csrf()));
	}

	org.springframework.test.web.servlet.ResultActions redact(MockHttpSession session, long id, long file,
			String phrases, String areas, String reason) throws Exception {
		return this.mvc
			.perform(post("/admin/requests/" + id + "/delivery/files/" + file + "/redaction").session(session)
				.with(csrf())
				.param("phrases", phrases)
				.param("areas", areas)
				.param("reason", reason));
	}

	org.springframework.test.web.servlet.ResultActions track(Receipt receipt, String code) throws Exception {
		return this.mvc.perform(post("/requests/track").with(csrf())
			.with(from(newAddress()))
			.param("trackingNo", receipt.trackingNo())
			.param("code", code));
	}

	org.springframework.test.web.servlet.ResultActions download(Receipt receipt, String code, long file)
			throws Exception {
		return this.mvc.perform(post("/requests/track/delivered/" + file).with(csrf())
			.with(from(newAddress()))
			.param("trackingNo", receipt.trackingNo())
			.param("code", code));
	}

	private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

	/**
	 * A client address of its own per look-up, so the tracking rate limits stay out of
	 * the way.
	 */
	private static String newAddress() {
		return "10.78." + (ADDRESSES.incrementAndGet() / 250) + "." + (ADDRESSES.get() % 250 + 1);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
