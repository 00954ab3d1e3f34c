package org.gongkai.publication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.TestDocuments;
import org.gongkai.publication.item.Publications;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Attachments of publications and rich-text bodies through the real pages: clerks of the
 * item's agency attach real PDF, DOCX and XLSX files to drafts; mislabelled, oversized
 * and hostile files are refused with a Chinese 4xx and nothing stored; personal data in
 * an attachment blocks publication until justified or the file is removed; the public
 * downloads files only while the item is published.
 */
@GongkaiTest
class PublicationAttachmentTests {

	static final String ID_NUMBER = "11010519491231002X";

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicationQueries publications;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@Autowired
	Publications repository;

	@Autowired
	GongkaiProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anIdNumberInAnAttachmentBlocksPublicationUntilTheReviewerJustifiesIt() throws Exception {
		Agency agency = agency("附件保留县");
		long id = draft(agency, "低保名单公示", "附件为名单。");
		byte[] docx = TestDocuments.docx("低保对象名单", "张三 " + ID_NUMBER);
		upload(agency.clerk, id, "低保名单（2026）.docx", docx).andExpect(status().is3xxRedirection());
		String staffPage = page(agency.clerk, id);
		assertThat(staffPage).contains("低保名单（2026）.docx", "DOCX", "附件《低保名单（2026）.docx》", "身份证号码", "无法在文件中直接遮盖");
		toConfidentialityReview(agency, id);
		PrivacyFinding finding = find(id).findings().get(0);
		assertThat(finding.field()).isEqualTo(TextField.ATTACHMENT);
		assertThat(finding.attachmentId()).isEqualTo(find(id).attachments().get(0).id());
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"));
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.IN_CONFIDENTIALITY_REVIEW);
		// a file cannot be masked in place
		perform(agency.confidentiality, post("/admin/publications/" + id + "/mask").param("field", "ATTACHMENT")
			.param("start", "" + finding.start()));
		perform(agency.confidentiality, post("/admin/publications/" + id + "/mask-all"));
		assertThat(find(id).blocked()).isTrue();
		assertThat(page(agency.confidentiality, id)).doesNotContain("name=\"field\" value=\"ATTACHMENT\"><input");
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/justify").param("field", "ATTACHMENT")
					.param("attachment", "" + finding.attachmentId())
					.param("type", "ID_CARD")
					.param("start", "" + finding.start())
					.param("justification", "公示名单依《社会救助暂行办法》第六十一条须公开"));
		assertThat(find(id).blocked()).isFalse();
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"));
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.PUBLISHED);
		String publicPage = this.mvc.perform(get(publicUrl(agency, id)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long attachmentId = finding.attachmentId();
		assertThat(publicPage).contains("低保名单（2026）.docx", "DOCX",
				publicUrl(agency, id) + "/attachments/" + attachmentId);
		MvcResult download = this.mvc.perform(get(publicUrl(agency, id) + "/attachments/" + attachmentId))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(download.getResponse().getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(download.getResponse().getHeader("Content-Disposition")).isEqualTo(
				"attachment; filename=\"_____2026_.docx\"; filename*=UTF-8''%E4%BD%8E%E4%BF%9D%E5%90%8D%E5%8D%95%EF%BC%882026%EF%BC%89.docx");
		assertThat(download.getResponse().getHeaders("X-Content-Type-Options")).contains("nosniff");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(docx);
		for (String action : List.of("publication.attachment-added", "publication.finding-justified")) {
			assertThat(
					this.audit.find(new AuditQuery(null, action, "Publication", String.valueOf(id), null, null), 0, 5))
				.as(action)
				.hasSize(1);
		}
	}

	@Test
	void removingTheAttachmentClearsItsFindingsAndItsPublicAddressIsGone() throws Exception {
		Agency agency = agency("附件删除县");
		long id = draft(agency, "补贴发放名单", "见附件。");
		upload(agency.clerk, id, "名单.pdf", TestDocuments.pdf("Zhang San " + ID_NUMBER))
			.andExpect(status().is3xxRedirection());
		upload(agency.clerk, id, "说明.xlsx", TestDocuments.xlsx("说明", "无个人信息")).andExpect(status().is3xxRedirection());
		List<AttachmentSummary> attachments = find(id).attachments();
		assertThat(attachments).extracting(AttachmentSummary::mediaType)
			.containsExactly("application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		toConfidentialityReview(agency, id);
		assertThat(find(id).findings()).singleElement()
			.satisfies((f) -> assertThat(f.attachmentId()).isEqualTo(attachments.get(0).id()));
		// only in a draft: the reviewer returns it, the clerk removes the file
		perform(agency.clerk,
				post("/admin/publications/" + id + "/attachments/" + attachments.get(0).id() + "/remove"));
		assertThat(find(id).attachments()).hasSize(2);
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "false")
					.param("comment", "附件含身份证号，请删除"));
		perform(agency.clerk,
				post("/admin/publications/" + id + "/attachments/" + attachments.get(0).id() + "/remove"));
		assertThat(find(id).attachments()).extracting(AttachmentSummary::fileName).containsExactly("说明.xlsx");
		assertThat(find(id).findings()).isEmpty();
		toConfidentialityReview(agency, id);
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"));
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.PUBLISHED);
		this.mvc.perform(get(publicUrl(agency, id) + "/attachments/" + attachments.get(0).id()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(publicUrl(agency, id) + "/attachments/" + attachments.get(1).id()))
			.andExpect(status().isOk());
		assertThat(this.audit.find(
				new AuditQuery(null, "publication.attachment-removed", "Publication", String.valueOf(id), null, null),
				0, 5))
			.singleElement()
			.satisfies((e) -> assertThat(e.toString()).contains("名单.pdf"));
	}

	@Test
	void anotherAgencysClerkAndOtherRolesCannotAddOrRemoveAttachments() throws Exception {
		Agency agency = agency("附件权限县");
		Agency other = agency("附件他县");
		long id = draft(agency, "权限测试", "正文");
		upload(agency.clerk, id, "a.pdf", TestDocuments.pdf("a")).andExpect(status().is3xxRedirection());
		long attachmentId = find(id).attachments().get(0).id();
		for (MockHttpSession wrong : List.of(other.clerk, agency.reviewer, agency.confidentiality, agency.leader)) {
			upload(wrong, id, "b.pdf", TestDocuments.pdf("b")).andExpect(status().isForbidden());
			perform(wrong, post("/admin/publications/" + id + "/attachments/" + attachmentId + "/remove"), 403);
		}
		this.mvc.perform(get("/admin/publications/" + id + "/attachments/" + attachmentId).session(other.clerk))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/publications/" + id + "/attachments/" + attachmentId).session(agency.reviewer))
			.andExpect(status().isOk());
		// without the CSRF token nothing happens either
		this.mvc
			.perform(multipart("/admin/publications/" + id + "/attachments")
				.file(new MockMultipartFile("file", "c.pdf", "application/pdf", TestDocuments.pdf("c")))
				.session(agency.clerk))
			.andExpect(status().isForbidden());
		assertThat(find(id).attachments()).hasSize(1);
		// an attachment id of another item is not this item's
		long otherId = draft(other, "他县信息", "正文");
		perform(other.clerk, post("/admin/publications/" + otherId + "/attachments/" + attachmentId + "/remove"), 404);
		assertThat(find(id).attachments()).hasSize(1);
	}

	@Test
	void theAttachmentOfAnUnpublishedItemIsNotServedToThePublic() throws Exception {
		Agency agency = agency("附件未发布县");
		Agency other = agency("附件别县");
		long id = draft(agency, "未发布", "正文");
		upload(agency.clerk, id, "a.png", TestDocuments.image("png")).andExpect(status().is3xxRedirection());
		long attachmentId = find(id).attachments().get(0).id();
		this.mvc.perform(get(publicUrl(agency, id) + "/attachments/" + attachmentId)).andExpect(status().isNotFound());
		toConfidentialityReview(agency, id);
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"));
		this.mvc.perform(get(publicUrl(agency, id) + "/attachments/" + attachmentId))
			.andExpect(status().isOk())
			.andExpect((r) -> assertThat(r.getResponse().getContentType()).isEqualTo("image/png"));
		this.mvc.perform(get("/agencies/" + other.creditCode + "/publications/" + id + "/attachments/" + attachmentId))
			.andExpect(status().isNotFound());
		perform(agency.leader, post("/admin/publications/" + id + "/withdraw").param("reason", "内容已过时"));
		this.mvc.perform(get(publicUrl(agency, id) + "/attachments/" + attachmentId)).andExpect(status().isNotFound());
	}

	@Test
	void mislabelledFilesAreRefusedWithAChineseMessageAndNothingIsStored() throws Exception {
		Agency agency = agency("附件类型县");
		long id = draft(agency, "类型测试", "正文");
		long before = storedFiles();
		for (Object[] hostile : List.of(new Object[] { "report.pdf", "application/pdf", TestDocuments.html() },
				new Object[] { "notice.docx", "application/msword", TestDocuments.exe() },
				new Object[] { "logo.svg", "image/svg+xml", TestDocuments.svg() },
				new Object[] { "logo.png", "image/png", TestDocuments.svg() })) {
			String body = this.mvc
				.perform(multipart("/admin/publications/" + id + "/attachments")
					.file(new MockMultipartFile("file", (String) hostile[0], (String) hostile[1], (byte[]) hostile[2]))
					.session(agency.clerk)
					.with(csrf()))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).as((String) hostile[0]).contains("文件类型不符合要求").doesNotContain("<script>alert");
		}
		upload(agency.clerk, id, "empty.pdf", new byte[0]).andExpect(status().isBadRequest());
		assertThat(find(id).attachments()).isEmpty();
		assertThat(storedFiles()).isEqualTo(before);
	}

	@Test
	void anOversizedUploadGetsAChinese413AndLeavesNoRowAndNoFile() throws Exception {
		Agency agency = agency("附件超限县");
		long id = draft(agency, "超限测试", "正文");
		long before = storedFiles();
		byte[] big = new byte[20 * 1024 * 1024 + 1];
		byte[] png = TestDocuments.image("png");
		System.arraycopy(png, 0, big, 0, png.length);
		String body = upload(agency.clerk, id, "big.png", big).andExpect(status().isPayloadTooLarge())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("文件过大", "20 MB");
		assertThat(find(id).attachments()).isEmpty();
		assertThat(storedFiles()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from pub_attachment where item_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void aPathInTheFileNameIsDroppedAndTheDownloadNameIsSafe() throws Exception {
		Agency agency = agency("附件路径县");
		long id = draft(agency, "路径测试", "正文");
		upload(agency.clerk, id, "../../../../etc/cron.d/\"evil\r\n.pdf", TestDocuments.pdf("x"))
			.andExpect(status().is3xxRedirection());
		AttachmentSummary attachment = find(id).attachments().get(0);
		assertThat(attachment.fileName()).isEqualTo("evil.pdf");
		assertThat(Files.exists(this.properties.dataDir().resolve("etc"))).isFalse();
		assertThat(Files.exists(this.properties.dataDir()
			.resolve("uploads")
			.resolve(attachment.sha256().substring(0, 2))
			.resolve(attachment.sha256().substring(2, 4))
			.resolve(attachment.sha256()))).isTrue();
		this.mvc.perform(get("/admin/publications/" + id + "/attachments/" + attachment.id()).session(agency.clerk))
			.andExpect(status().isOk())
			.andExpect((r) -> assertThat(r.getResponse().getHeader("Content-Disposition"))
				.isEqualTo("attachment; filename=\"evil.pdf\"; filename*=UTF-8''evil.pdf"));
	}

	@Test
	void aHostileBodyIsSanitisedOnSaveAndNeverRenderedAsScript() throws Exception {
		Agency agency = agency("正文净化县");
		long id = draft(agency, "净化测试",
				"<h2>通知</h2><p onmouseover=\"steal()\">请按时报送。</p><script>alert('xss')</script>"
						+ "<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">点此</a>"
						+ "<a href=\"https://www.gov.cn/\">中国政府网</a><iframe src=\"https://evil.example\"></iframe>");
		String stored = find(id).body();
		assertThat(stored).doesNotContainIgnoringCase("script")
			.doesNotContain("onmouseover", "onerror", "javascript:", "iframe", "<img");
		toConfidentialityReview(agency, id);
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"));
		String page = this.mvc.perform(get(publicUrl(agency, id)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("<h2>通知</h2>", "<p>请按时报送。</p>",
					"<a href=\"https://www.gov.cn/\" rel=\"nofollow noopener\">中国政府网</a>")
			.doesNotContain("alert(", "onmouseover", "onerror", "javascript:", "<iframe");
		// a body of nothing but script is empty once sanitised
		String refused = this.mvc
			.perform(post("/admin/publications/" + id + "/edit").session(agency.clerk)
				.with(csrf())
				.param("title", "x")
				.param("body", "<script>alert(1)</script>")
				.param("madeOn", today().toString())
				.param("genre", "NOTICE")
				.param("validity", "VALID")
				.param("columnId", "" + agency.column))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).doesNotContain("<script>alert");
	}

	@Test
	void anIdNumberSplitByATagIsMaskedInTheStoredBody() throws Exception {
		Agency agency = agency("正文遮盖县");
		long id = draft(agency, "遮盖测试", "<p>申请人身份证 1101051949<strong>1231002X</strong>。</p>");
		toConfidentialityReview(agency, id);
		PrivacyFinding finding = find(id).findings().get(0);
		assertThat(finding.field()).isEqualTo(TextField.BODY);
		perform(agency.clerk, post("/admin/publications/" + id + "/mask").param("field", "BODY")
			.param("start", "" + finding.start()));
		assertThat(find(id).body()).isEqualTo("<p>申请人身份证 11*************02X<strong></strong>。</p>");
		assertThat(find(id).findings()).isEmpty();
	}

	@Test
	void aBodyStoredAsPlainTextBeforeRichTextShowsAsBefore() throws Exception {
		Agency agency = agency("旧正文县");
		long id = draft(agency, "旧正文", "占位");
		this.jdbc.update("update pub_item set body = ?, body_format = 'TEXT' where id = ?",
				"第一段 <b>不是标签</b>\n\n第二段 " + ID_NUMBER, id);
		PublicationItem item = find(id);
		assertThat(item.bodyHtml()).isEqualTo("<p>第一段 &lt;b&gt;不是标签&lt;/b&gt;</p><p>第二段 " + ID_NUMBER + "</p>");
		assertThat(item.findings()).singleElement()
			.satisfies((f) -> assertThat(item.body().substring(f.start(), f.end())).isEqualTo(ID_NUMBER));
		assertThat(page(agency.clerk, id)).contains("<p>第一段 &lt;b&gt;不是标签&lt;/b&gt;</p>");
	}

	private long storedFiles() throws IOException {
		Path root = this.properties.dataDir().resolve("uploads");
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	private org.springframework.test.web.servlet.ResultActions upload(MockHttpSession session, long id, String name,
			byte[] content) throws Exception {
		return this.mvc.perform(multipart("/admin/publications/" + id + "/attachments")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.session(session)
			.with(csrf()));
	}

	private String page(MockHttpSession session, long id) throws Exception {
		return this.mvc.perform(get("/admin/publications/" + id).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String publicUrl(Agency agency, long id) {
		return "/agencies/" + agency.creditCode + "/publications/" + id;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private PublicationStatus statusOf(long id) {
		return this.repository.findById(id).orElseThrow().status();
	}

	private PublicationItem find(long id) {
		long agencyId = this.repository.findById(id).orElseThrow().agencyId();
		return PublishingDesk.asLeader(agencyId, () -> this.publications.find(id));
	}

	private void toConfidentialityReview(Agency agency, long id) throws Exception {
		perform(agency.clerk, post("/admin/publications/" + id + "/submit"));
		perform(agency.reviewer, post("/admin/publications/" + id + "/content-review").param("approve", "true"));
	}

	private long draft(Agency agency, String title, String body) throws Exception {
		String location = this.mvc
			.perform(post("/admin/publications/new").session(agency.clerk)
				.with(csrf())
				.param("agencyId", "" + agency.id)
				.param("title", title)
				.param("body", body)
				.param("madeOn", today().toString())
				.param("genre", "NOTICE")
				.param("validity", "VALID")
				.param("columnId", "" + agency.column))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private void perform(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
		perform(session, request, 302);
	}

	private void perform(MockHttpSession session, MockHttpServletRequestBuilder request, int expected)
			throws Exception {
		this.mvc.perform(request.session(session).with(csrf())).andExpect(status().is(expected));
	}

	private Agency agency(String name) throws Exception {
		AgencyData data = AgencyFixtures.county(name + System.nanoTime());
		long id = this.agencies.create(data);
		long column = this.catalog.publicTree(id)
			.stream()
			.filter((c) -> "news".equals(c.code()))
			.findFirst()
			.orElseThrow()
			.id();
		return new Agency(id, data.creditCode(), column,
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.REVIEWER, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CONFIDENTIALITY_REVIEWER, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.LEADER, id)));
	}

	record Agency(long id, String creditCode, long column, MockHttpSession clerk, MockHttpSession reviewer,
			MockHttpSession confidentiality, MockHttpSession leader) {

	}

}
