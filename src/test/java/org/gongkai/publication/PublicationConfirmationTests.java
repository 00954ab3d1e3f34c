package org.gongkai.publication;

import org.gongkai.GongkaiTest;
import org.gongkai.platform.TestDocuments;
import org.gongkai.publication.PublishingDesk.Desk;
import org.gongkai.publication.item.Publications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every step on a publication says what happened (已提交审核, 已发布, 已退回, 已撤回), and the
 * irreversible ones, withdrawing and removing an attachment, ask on a page of their own
 * first: GET changes nothing, the POST needs the CSRF token and the right role, and a
 * refused POST re-renders the page with the reason.
 */
@GongkaiTest
class PublicationConfirmationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PublicationQueries publications;

	@Autowired
	Publications repository;

	PublishingDesk desk;

	@BeforeEach
	void desk() {
		this.desk = new PublishingDesk(this.mvc, this.context);
	}

	@Test
	void eachStepSaysWhatHappened() throws Exception {
		Desk agency = this.desk.agency("消息县");
		long id = draft(agency, "消息测试通知");
		assertThat(step(agency.clerk(), post("/admin/publications/" + id + "/submit"), id)).contains("已提交审核。");
		assertThat(step(agency.reviewer(),
				post("/admin/publications/" + id + "/content-review").param("approve", "false").param("comment", "请补充"),
				id))
			.contains("已退回起草人修改。");
		step(agency.clerk(), post("/admin/publications/" + id + "/submit"), id);
		assertThat(step(agency.reviewer(),
				post("/admin/publications/" + id + "/content-review").param("approve", "true"), id))
			.contains("内容审核已通过，已送保密审查。");
		assertThat(step(agency.confidentiality(),
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"), id))
			.contains("保密审查已通过，已发布。")
			.doesNotContain("已保存。");
	}

	@Test
	void withdrawingAsksOnItsOwnPageFirst() throws Exception {
		Desk agency = this.desk.agency("撤回县");
		long id = draft(agency, "将撤回的通知");
		this.desk.publish(agency, id);
		String item = page(agency.leader(), "/admin/publications/" + id);
		assertThat(item).contains("/admin/publications/" + id + "/withdraw\"").doesNotContain("name=\"reason\"");
		String confirm = page(agency.leader(), "/admin/publications/" + id + "/withdraw");
		assertThat(confirm).contains("确认撤回公开内容", "将撤回的通知", "撤回不能撤销", "name=\"_csrf\"", "确认撤回");
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.PUBLISHED);

		// the clerk, another agency's leader and a POST without the token change nothing
		this.mvc.perform(get("/admin/publications/" + id + "/withdraw").session(agency.clerk()))
			.andExpect(status().isForbidden());
		Desk other = this.desk.agency("撤回邻县");
		this.mvc.perform(get("/admin/publications/" + id + "/withdraw").session(other.leader()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/publications/" + id + "/withdraw").session(other.leader())
				.param("reason", "越权")
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/publications/" + id + "/withdraw").session(agency.leader()).param("reason", "无令牌"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/publications/999999999/withdraw").session(agency.leader()))
			.andExpect(status().isNotFound());
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.PUBLISHED);

		// a missing or over-long reason re-renders the confirmation with the reason why
		String refused = this.mvc
			.perform(post("/admin/publications/" + id + "/withdraw").session(agency.leader())
				.param("reason", "<script>x</script>".repeat(100))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("确认撤回公开内容", "role=\"alert\"").doesNotContain("<script>x");
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.PUBLISHED);

		assertThat(
				step(agency.leader(), post("/admin/publications/" + id + "/withdraw").param("reason", "已被新文件替代"), id))
			.contains("已撤回。");
		assertThat(statusOf(id)).isEqualTo(PublicationStatus.WITHDRAWN);
		assertThat(page(agency.leader(), "/admin/publications/" + id + "/withdraw")).contains("无法撤回")
			.doesNotContain("withdraw-form");
	}

	@Test
	void removingAnAttachmentAsksOnItsOwnPageFirst() throws Exception {
		Desk agency = this.desk.agency("附件县");
		long id = draft(agency, "带附件的通知");
		this.mvc
			.perform(multipart("/admin/publications/" + id + "/attachments")
				.file(new MockMultipartFile("file", "实施方案.pdf", "application/pdf",
						TestDocuments.pdf("Implementation plan")))
				.session(agency.clerk())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect((r) -> assertThat(r.getFlashMap().get("done")).isEqualTo("attachment-added"));
		long attachment = find(id).attachments().get(0).id();
		String url = "/admin/publications/" + id + "/attachments/" + attachment + "/remove";
		assertThat(page(agency.clerk(), "/admin/publications/" + id)).contains(url + "\"");
		assertThat(page(agency.clerk(), url)).contains("确认删除附件", "实施方案.pdf", "确认删除附件");
		this.mvc.perform(get(url).session(agency.reviewer())).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/publications/" + id + "/attachments/999999999/remove").session(agency.clerk()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(url).session(agency.clerk())).andExpect(status().isForbidden());
		assertThat(find(id).attachments()).hasSize(1);
		assertThat(step(agency.clerk(), post(url), id)).contains("附件已删除。");
		assertThat(find(id).attachments()).isEmpty();
	}

	private String step(MockHttpSession session,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, long id)
			throws Exception {
		MvcResult result = this.mvc.perform(request.session(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/publications/" + id);
		return this.mvc.perform(get("/admin/publications/" + id).session(session).flashAttrs(result.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Drafts through the form and follows the redirect, as a browser does. */
	private long draft(Desk agency, String title) throws Exception {
		long id = this.desk.draft(PublishingDesk.draftForm(agency, title, "正文。", "2026-06-01", "NOTICE"));
		page(agency.clerk(), "/admin/publications/" + id);
		return id;
	}

	private String page(MockHttpSession session, String url) throws Exception {
		return this.mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private PublicationStatus statusOf(long id) {
		return this.repository.findById(id).orElseThrow().status();
	}

	private PublicationItem find(long id) {
		long agencyId = this.repository.findById(id).orElseThrow().agencyId();
		return PublishingDesk.asLeader(agencyId, () -> this.publications.find(id));
	}

}
