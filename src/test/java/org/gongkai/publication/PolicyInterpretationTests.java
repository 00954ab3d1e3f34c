package org.gongkai.publication;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.GongkaiTest;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.publication.PublishingDesk.Desk;
import org.gongkai.publication.item.Publication;
import org.gongkai.publication.item.Publications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 三同步 (docs/legal-rules.md, Proactive disclosure): an interpretation links to the policy
 * document it interprets; a policy document published without a published interpretation
 * warns the confidentiality reviewer and is flagged until one is published.
 */
@GongkaiTest
class PolicyInterpretationTests {

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
	ApplicationContext context;

	PublishingDesk desk;

	@BeforeEach
	void desk() {
		this.desk = new PublishingDesk(this.mvc, this.context);
	}

	@Test
	void aPolicyPublishedWithoutInterpretationIsFlaggedUntilItsInterpretationIsPublished() throws Exception {
		Desk agency = this.desk.agency("解读县");
		long policy = this.desk
			.draft(PublishingDesk.draftForm(agency, "关于规范农村宅基地审批的若干规定", "第一条 为规范宅基地审批……", today(), "NORMATIVE_DOCUMENT")
				.param("issuedOn", today()));
		long interpretation = this.desk
			.draft(PublishingDesk.draftForm(agency, "《关于规范农村宅基地审批的若干规定》政策解读", "一、起草背景……", today(), "INTERPRETATION")
				.param("interprets", String.valueOf(policy)));
		this.desk.toConfidentialityReview(agency, policy);
		String review = this.mvc.perform(get("/admin/publications/" + policy).session(agency.confidentiality()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(review).contains("尚无已发布的政策解读", "三同步", "保密审查通过并发布");
		this.desk.perform(agency.confidentiality(),
				post("/admin/publications/" + policy + "/confidentiality-review").param("approve", "true"), 302);
		assertThat(this.publications.publicItem(policy).status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(this.repository.findById(policy).orElseThrow().interpretationMissing()).isTrue();
		assertThat(missingList(agency)).contains("关于规范农村宅基地审批的若干规定");
		assertThat(this.audit.find(new AuditQuery(null, "publication.interpretation-missing", "Publication",
				String.valueOf(policy), null, null), 0, 5))
			.hasSize(1);
		// the public sees no link to an interpretation not yet published
		assertThat(page(agency.publicUrl(policy))).doesNotContain("政策解读</a>", "/publications/" + interpretation);

		this.desk.publish(agency, interpretation);
		assertThat(this.repository.findById(policy).orElseThrow().interpretationMissing()).isFalse();
		assertThat(missingList(agency)).doesNotContain("关于规范农村宅基地审批的若干规定");
		assertThat(this.audit.find(new AuditQuery(null, "publication.interpretation-flag-cleared", "Publication",
				String.valueOf(policy), null, null), 0, 5))
			.hasSize(1);
		assertThat(page(agency.publicUrl(policy))).contains("政策解读", "/publications/" + interpretation + "\"",
				"《关于规范农村宅基地审批的若干规定》政策解读");
		assertThat(page(agency.publicUrl(interpretation))).contains("所解读的政策文件", "/publications/" + policy + "\"",
				"关于规范农村宅基地审批的若干规定");
		PublicationLifecycle lifecycle = this.publications.publicLifecycle(policy);
		assertThat(lifecycle.issuedOn()).isEqualTo(LocalDate.now(this.clock));
		assertThat(lifecycle.interpretations()).extracting(PublicationLink::id).containsExactly(interpretation);
	}

	@Test
	void aPolicyWhoseInterpretationIsPublishedFirstIsNotFlaggedNorWarned() throws Exception {
		Desk agency = this.desk.agency("同步县");
		long policy = this.desk.draft(PublishingDesk.draftForm(agency, "规章甲", "正文", today(), "REGULATION"));
		long interpretation = this.desk.draft(PublishingDesk.draftForm(agency, "规章甲解读", "正文", today(), "INTERPRETATION")
			.param("interprets", String.valueOf(policy)));
		this.desk.publish(agency, interpretation);
		this.desk.toConfidentialityReview(agency, policy);
		assertThat(this.mvc.perform(get("/admin/publications/" + policy).session(agency.confidentiality()))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("尚无已发布的政策解读");
		this.desk.perform(agency.confidentiality(),
				post("/admin/publications/" + policy + "/confidentiality-review").param("approve", "true"), 302);
		assertThat(this.repository.findById(policy).orElseThrow().interpretationMissing()).isFalse();
		// a notice needs no interpretation
		long notice = this.desk.draft(PublishingDesk.draftForm(agency, "通知乙", "正文", today(), "NOTICE"));
		this.desk.publish(agency, notice);
		assertThat(this.repository.findById(notice).orElseThrow().interpretationMissing()).isFalse();
	}

	@Test
	void anInterpretationMayOnlyNameAPolicyDocumentOfItsOwnAgency() throws Exception {
		Desk agency = this.desk.agency("关联县");
		Desk other = this.desk.agency("关联他县");
		long otherPolicy = this.desk
			.draft(PublishingDesk.draftForm(other, "他县规范性文件", "正文", today(), "NORMATIVE_DOCUMENT"));
		this.desk.publish(other, otherPolicy);
		String otherIndex = this.publications.publicItem(otherPolicy).indexNumber();
		long notice = this.desk.draft(PublishingDesk.draftForm(agency, "本县通知", "正文", today(), "NOTICE"));
		long policy = this.desk.draft(PublishingDesk.draftForm(agency, "本县规范性文件", "正文", today(), "NORMATIVE_DOCUMENT"));
		long before = this.repository.count();
		for (String bad : new String[] { "99999999999", String.valueOf(otherPolicy), otherIndex, String.valueOf(notice),
				"<script>alert(1)</script>", "x".repeat(5000) }) {
			String page = this.desk.perform(agency.clerk(),
					PublishingDesk.draftForm(agency, "解读", "正文", today(), "INTERPRETATION").param("interprets", bad),
					400);
			assertThat(page).as(bad).contains("未找到本机关可解读的政策文件").doesNotContain("<script>alert");
		}
		String page = this.desk.perform(agency.clerk(),
				PublishingDesk.draftForm(agency, "通知", "正文", today(), "NOTICE").param("interprets", "" + policy), 400);
		assertThat(page).contains("只有文种为“政策解读”的信息才能关联");
		assertThat(this.repository.count()).isEqualTo(before);
		// an interpretation without its policy is kept as a draft but cannot be submitted
		long loose = this.desk.draft(PublishingDesk.draftForm(agency, "未关联的解读", "正文", today(), "INTERPRETATION"));
		this.desk.perform(agency.clerk(), post("/admin/publications/" + loose + "/submit"), 302);
		assertThat(this.repository.findById(loose).orElseThrow().status()).isEqualTo(PublicationStatus.DRAFT);
		this.desk.perform(agency.clerk(),
				post("/admin/publications/" + loose + "/edit").param("title", "已关联的解读")
					.param("body", "正文")
					.param("madeOn", today())
					.param("genre", "INTERPRETATION")
					.param("validity", "VALID")
					.param("columnId", "" + agency.column())
					.param("interprets", "" + policy),
				302);
		this.desk.perform(agency.clerk(), post("/admin/publications/" + loose + "/submit"), 302);
		assertThat(this.repository.findById(loose).orElseThrow().status())
			.isEqualTo(PublicationStatus.IN_CONTENT_REVIEW);
		assertThat(this.repository.findById(loose).orElseThrow().interpretsId()).isEqualTo(policy);
		// another agency's staff see neither list entries nor items
		assertThat(missingList(other)).doesNotContain("本县规范性文件");
	}

	@Test
	void regulationsAndNormativeDocumentsCarryIssueAndRepealDates() throws Exception {
		Desk agency = this.desk.agency("废止县");
		String madeOn = LocalDate.now(this.clock).minusDays(30).toString();
		long before = this.repository.count();
		String page = this.desk.perform(agency.clerk(),
				PublishingDesk.draftForm(agency, "已废止规章", "正文", madeOn, "REGULATION", "REPEALED"), 400);
		assertThat(page).contains("须填写废止日期");
		page = this.desk.perform(agency.clerk(), PublishingDesk.draftForm(agency, "规章", "正文", madeOn, "REGULATION")
			.param("issuedOn", LocalDate.now(this.clock).minusDays(31).toString()), 400);
		assertThat(page).contains("公布日期不得早于成文日期");
		page = this.desk.perform(agency.clerk(),
				PublishingDesk.draftForm(agency, "规章", "正文", madeOn, "REGULATION").param("issuedOn", "2026-02-30"),
				400);
		assertThat(page).contains("格式不正确");
		assertThat(this.repository.count()).isEqualTo(before);
		long id = this.desk.draft(PublishingDesk.draftForm(agency, "已废止规章", "正文", madeOn, "REGULATION", "REPEALED")
			.param("issuedOn", madeOn)
			.param("repealedOn", today()));
		Publication stored = this.repository.findById(id).orElseThrow();
		assertThat(stored.issuedOn()).isEqualTo(LocalDate.parse(madeOn));
		assertThat(stored.repealedOn()).isEqualTo(LocalDate.now(this.clock));
	}

	@Test
	void theChecklistSearchesByTitleAndPages() throws Exception {
		Desk agency = this.desk.agency("清单县");
		for (String title : new String[] { "宅基地管理办法", "河道保洁规定", "集市管理办法" }) {
			long id = this.desk.draft(PublishingDesk.draftForm(agency, title, "第一条 ……", today(), "NORMATIVE_DOCUMENT"));
			this.desk.publish(agency, id);
		}
		String all = missingList(agency);
		assertThat(all).contains("宅基地管理办法", "河道保洁规定", "集市管理办法", "共 3 条");
		String searched = this.mvc
			.perform(get("/admin/publications/interpretations").param("q", "管理办法").session(agency.leader()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(searched).contains("宅基地管理办法", "集市管理办法", "共 2 条").doesNotContain("河道保洁规定");
		String second = this.mvc
			.perform(get("/admin/publications/interpretations").param("size", "2")
				.param("page", "1")
				.session(agency.leader()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second).contains("第 2 页，共 2 页");
		for (String hostile : new String[] { "page=-1", "size=100000", "agency=x", "q=%3Cscript%3E" }) {
			assertThat(this.mvc.perform(get("/admin/publications/interpretations?" + hostile).session(agency.leader()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString()).doesNotContain("<script>");
		}
	}

	private String missingList(Desk agency) throws Exception {
		return this.mvc.perform(get("/admin/publications/interpretations").session(agency.leader()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String today() {
		return LocalDate.now(this.clock).toString();
	}

}
