package org.gongkai.publication;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.GongkaiTest;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.publication.PublishingDesk.Desk;
import org.gongkai.publication.item.Publications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changing a published item makes a new version: a revision draft with a change note that
 * passes both reviews (and the privacy gate) again while the public keeps the current
 * text; publishing it keeps the index number, raises the version and keeps the history.
 */
@GongkaiTest
@RecordApplicationEvents
class PublicationVersionTests {

	static final String ID_NUMBER = "11010519491231002X";

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicationQueries publications;

	@Autowired
	Publications repository;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ApplicationContext context;

	PublishingDesk desk;

	@BeforeEach
	void desk() {
		this.desk = new PublishingDesk(this.mvc, this.context);
	}

	@Test
	void aRevisionReplacesThePublicTextOnlyWhenPublishedAndKeepsTheIndexNumberAndHistory() throws Exception {
		Desk agency = this.desk.agency("版本县");
		long id = this.desk.draft(PublishingDesk.draftForm(agency, "关于调整公交线路的通知", "第一版正文：十路公交改线。", today(), "NOTICE"));
		this.desk.publish(agency, id);
		String indexNumber = this.publications.publicItem(id).indexNumber();
		assertThat(this.events.stream(PublicationPublished.class).filter((e) -> e.publicationId() == id)).hasSize(1);

		long revision = this.desk
			.draft(revise(agency, id, "关于调整公交线路的通知（修订）", "第二版正文：十路公交改线，联系人身份证 " + ID_NUMBER + "。", "更正线路走向")
				.session(agency.clerk()));
		assertThat(revision).isNotEqualTo(id);
		assertThat(this.repository.findById(revision).orElseThrow().status()).isEqualTo(PublicationStatus.DRAFT);
		String page = publicPage(agency, id);
		assertThat(page).contains("第一版正文").doesNotContain("第二版正文");

		this.desk.toConfidentialityReview(agency, revision);
		assertThat(page(agency.publicUrl(id))).contains("第一版正文").doesNotContain("第二版正文");
		// the privacy gate holds the revision like any draft
		this.desk.perform(agency.confidentiality(),
				post("/admin/publications/" + revision + "/confidentiality-review").param("approve", "true"), 302);
		assertThat(this.repository.findById(revision).orElseThrow().status())
			.isEqualTo(PublicationStatus.IN_CONFIDENTIALITY_REVIEW);
		assertThat(publicPage(agency, id)).contains("第一版正文");
		this.desk.perform(agency.confidentiality(), post("/admin/publications/" + revision + "/mask-all"), 302);
		this.desk.perform(agency.confidentiality(),
				post("/admin/publications/" + revision + "/confidentiality-review").param("approve", "true"), 302);

		PublicationItem item = this.publications.publicItem(id);
		assertThat(item.indexNumber()).isEqualTo(indexNumber);
		assertThat(item.title()).isEqualTo("关于调整公交线路的通知（修订）");
		assertThat(item.body()).contains("第二版正文", "11*************02X").doesNotContain(ID_NUMBER);
		assertThat(this.repository.findById(revision).orElseThrow().status()).isEqualTo(PublicationStatus.MERGED);
		PublicationLifecycle lifecycle = this.publications.publicLifecycle(id);
		assertThat(lifecycle.edition()).isEqualTo(2);
		assertThat(lifecycle.history()).extracting(PublicationVersion::edition).containsExactly(2, 1);
		assertThat(lifecycle.history().get(0).changeNote()).isEqualTo("更正线路走向");
		assertThat(lifecycle.history().get(1).changeNote()).isNull();
		assertThat(this.events.stream(PublicationPublished.class).filter((e) -> e.publicationId() == id)).hasSize(2);
		assertThat(this.events.stream(PublicationPublished.class).filter((e) -> e.publicationId() == revision))
			.isEmpty();
		assertThat(this.audit.find(
				new AuditQuery(null, "publication.version-published", "Publication", String.valueOf(id), null, null), 0,
				5))
			.hasSize(1);

		page = publicPage(agency, id);
		assertThat(page).contains("第二版正文", "变更记录", "第 1 版", "第 2 版", "当前版本", "更正线路走向", "首次发布", indexNumber,
				"/publications/" + id + "/versions/1");
		assertThat(page).doesNotContain("/versions/2\"");
		MockHttpServletResponse old = this.mvc.perform(get(agency.publicUrl(id) + "/versions/1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(old.getHeader("X-Robots-Tag")).isEqualTo("noindex");
		assertThat(old.getContentAsString())
			.contains("<meta name=\"robots\" content=\"noindex\">", "第一版正文", "已被替代的历史版本（第 1 版）", indexNumber)
			.doesNotContain("第二版正文");
		this.mvc.perform(get(agency.publicUrl(id) + "/versions/2")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(agency.publicUrl(id) + "/versions/3")).andExpect(status().isNotFound());
		this.mvc.perform(get("/agencies/" + agency.creditCode() + "/publications/" + revision))
			.andExpect(status().isNotFound());
		assertThat(this.publications.publicList(agency.id(), null, 0, 10).getContent())
			.extracting(PublicationSummary::id)
			.containsExactly(id);

		// withdrawal keeps its behaviour; the history goes with the item
		this.desk.perform(agency.leader(), post("/admin/publications/" + id + "/withdraw").param("reason", "已过时"), 302);
		this.mvc.perform(get(agency.publicUrl(id) + "/versions/1")).andExpect(status().isNotFound());
		assertThat(this.events.stream(PublicationWithdrawn.class).filter((e) -> e.publicationId() == id)).hasSize(1);
	}

	@Test
	void onlyTheItemsOwnClerkMayReviseAndOnlyOneRevisionAtATime() throws Exception {
		Desk agency = this.desk.agency("修订权限县");
		Desk other = this.desk.agency("修订他县");
		long draft = this.desk.draft(PublishingDesk.draftForm(agency, "未发布", "正文", today(), "NOTICE"));
		long id = this.desk.draft(PublishingDesk.draftForm(agency, "已发布", "正文", today(), "NOTICE"));
		this.desk.publish(agency, id);
		long before = this.repository.count();
		for (var wrong : java.util.List.of(other.clerk(), agency.reviewer(), agency.confidentiality(),
				agency.leader())) {
			this.mvc.perform(get("/admin/publications/" + id + "/revise").session(wrong))
				.andExpect(status().isForbidden());
			this.desk.perform(wrong, revise(agency, id, "越权", "越权正文", "越权修改"), 403);
		}
		// a draft is edited, not revised
		String refused = this.desk.perform(agency.clerk(), revise(agency, draft, "草稿", "正文", "说明"), 400);
		assertThat(refused).contains("当前状态下不能执行此操作");
		assertThat(this.mvc.perform(get("/admin/publications/" + id + "/revise").session(agency.clerk()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("变更说明", "已发布");
		refused = this.desk.perform(agency.clerk(), revise(agency, id, "新标题", "新正文", "  "), 400);
		assertThat(refused).contains("请填写变更说明");
		refused = this.desk.perform(agency.clerk(), revise(agency, id, "新标题", "新正文", "长".repeat(1001)), 400);
		assertThat(refused).contains("请填写变更说明，最多 1000 个字");
		refused = this.desk.perform(agency.clerk(), revise(agency, id, "新标题", "新正文", "<script>alert(1)</script>"), 302);
		refused = this.desk.perform(agency.clerk(), revise(agency, id, "第二份", "正文", "再改"), 400);
		assertThat(refused).contains("已有修改稿");
		assertThat(this.repository.count()).isEqualTo(before + 1);
		assertThat(this.publications.publicItem(id).title()).isEqualTo("已发布");
		PublicationLifecycle lifecycle = PublishingDesk.asLeader(agency.id(), () -> this.publications.lifecycle(id));
		assertThat(lifecycle.openRevision()).isNotNull();
		long revision = lifecycle.openRevision();
		String admin = this.mvc.perform(get("/admin/publications/" + revision).session(agency.clerk()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(admin).contains("修改稿", "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
		// the revision's change note is required on edit too
		refused = this.desk.perform(agency.clerk(),
				post("/admin/publications/" + revision + "/edit").param("title", "改")
					.param("body", "改")
					.param("madeOn", today())
					.param("genre", "NOTICE")
					.param("validity", "VALID")
					.param("columnId", "" + agency.column())
					.param("changeNote", ""),
				400);
		assertThat(refused).contains("请填写变更说明");
		assertThat(PublishingDesk.asLeader(agency.id(), () -> this.publications.find(revision)).title())
			.isEqualTo("新标题");
	}

	private MockHttpServletRequestBuilder revise(Desk agency, long id, String title, String body, String note) {
		return post("/admin/publications/" + id + "/revise").with(csrf())
			.param("title", title)
			.param("body", body)
			.param("madeOn", today())
			.param("genre", "NOTICE")
			.param("validity", "VALID")
			.param("columnId", "" + agency.column())
			.param("changeNote", note);
	}

	private String publicPage(Desk agency, long id) throws Exception {
		return page(agency.publicUrl(id));
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String today() {
		return LocalDate.now(this.clock).toString();
	}

}
