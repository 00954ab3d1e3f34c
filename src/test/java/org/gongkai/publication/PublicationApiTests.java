package org.gongkai.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.audit.AuditEntryView;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.platform.TestDocuments;
import org.gongkai.publication.ApiDesk.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The publishing API (issue 14) through the real security filters with real tokens: a
 * draft goes through attachment, submission, content and confidentiality review to the
 * public API and is withdrawn again, with the pages' audit entries; returns carry their
 * comment; the privacy scanner and the leader's sign-off hold an item back as on the
 * pages.
 */
@GongkaiTest
class PublicationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditLog audit;

	@Autowired
	PublicationSignOff signOff;

	@Autowired
	PublicationQueries publications;

	@Autowired
	Clock clock;

	ApiDesk desk;

	@BeforeEach
	void desk() {
		this.desk = new ApiDesk(this.mvc, this.context);
	}

	@Test
	void aDraftGoesThroughReviewToThePublicApiAndIsWithdrawnAgain() throws Exception {
		Tokens agency = this.desk.agency("接口发布县");
		this.desk.get(agency.clerk(), "/api/v1/admin/agencies/" + agency.creditCode() + "/columns")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + agency.column() + ")].kind").value("NEWS"))
			.andExpect(jsonPath("$[0].parentId").value(nullValue()))
			.andExpect(jsonPath("$[0].name").isNotEmpty());
		String json = "{\"columnId\":" + agency.column() + ",\"title\":\"关于春耕补贴发放的通知\",\"summary\":\"补贴标准与时间\","
				+ "\"body\":\"各村：\\n\\n补贴于下月发放。\",\"madeOn\":\"" + yesterday() + "\",\"genre\":\"NOTICE\","
				+ "\"documentNumber\":\"青政发〔2026〕3号\",\"theme\":\"AGRICULTURE\"}";
		String created = this.desk.postDraft(agency.clerk(), agency.creditCode(), json)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/admin/publications/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
		byte[] pdf = TestDocuments.pdf("Spring planting subsidy schedule");
		this.desk.upload(agency.clerk(), id, "补贴标准.pdf", "application/pdf", pdf)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("补贴标准.pdf"))
			.andExpect(jsonPath("$.size").value(pdf.length));
		// not public while in the workflow
		this.desk.publicItem(id).andExpect(status().isNotFound());

		this.desk.step(agency.clerk(), id, "submit", null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.status").value("IN_CONTENT_REVIEW"))
			.andExpect(jsonPath("$.indexNumber").value(nullValue()));
		this.desk.step(agency.reviewer(), id, "content-review", "{\"approve\":true,\"comment\":\"\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_CONFIDENTIALITY_REVIEW"));
		String indexNumber = this.desk
			.step(agency.confidentiality(), id, "confidentiality-review", "{\"approve\":true,\"comment\":\"无涉密内容\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.indexNumber").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"indexNumber\":\"([^\"]+)\".*", "$1");

		String url = "/agencies/" + agency.creditCode() + "/publications/" + id;
		String attachmentUrl = this.desk.publicItem(id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.indexNumber").value(indexNumber))
			.andExpect(jsonPath("$.title").value("关于春耕补贴发放的通知"))
			.andExpect(jsonPath("$.summary").value("补贴标准与时间"))
			.andExpect(jsonPath("$.documentNumber").value("青政发〔2026〕3号"))
			.andExpect(jsonPath("$.madeOn").value(yesterday().toString()))
			.andExpect(jsonPath("$.publishedOn").value(LocalDate.now(this.clock).toString()))
			.andExpect(jsonPath("$.genre").value("NOTICE"))
			.andExpect(jsonPath("$.theme").value("AGRICULTURE"))
			.andExpect(jsonPath("$.validity").value("VALID"))
			.andExpect(jsonPath("$.creditCode").value(agency.creditCode()))
			.andExpect(jsonPath("$.bodyText").value(org.hamcrest.Matchers.containsString("补贴于下月发放。")))
			.andExpect(jsonPath("$.url").value(url))
			.andExpect(jsonPath("$.attachments[0].name").value("补贴标准.pdf"))
			.andExpect(jsonPath("$.attachments[0].size").value(pdf.length))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"attachments\":\\[\\{[^}]*\"url\":\"([^\"]+)\".*", "$1");
		assertThat(attachmentUrl).startsWith(url + "/attachments/");
		assertThat(this.mvc.perform(get(attachmentUrl))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(pdf);
		this.mvc.perform(get(url)).andExpect(status().isOk());

		this.desk.step(agency.leader(), id, "withdraw", "{\"reason\":\"补贴政策调整\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.indexNumber").value(indexNumber));
		this.desk.publicItem(id)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("error.not-found"));
		this.mvc.perform(get(attachmentUrl)).andExpect(status().isNotFound());

		// the same audit entries as the pages, each by the account whose token it was
		for (String action : List.of("publication.drafted", "publication.attachment-added", "publication.submitted",
				"publication.content-approved", "publication.published", "publication.withdrawn")) {
			List<AuditEntryView> entries = this.audit
				.find(new AuditQuery(null, action, "Publication", String.valueOf(id), null, null), 0, 5)
				.getContent();
			assertThat(entries).as(action).hasSize(1);
			assertThat(entries.get(0).agencyId()).isEqualTo(agency.id());
		}
	}

	@Test
	void aReturnNeedsItsCommentAndBringsTheItemBackToDraftWithIt() throws Exception {
		Tokens agency = this.desk.agency("接口退回县");
		long id = this.desk.draft(agency, ApiDesk.draftJson(agency, "退回测试", "正文", yesterday().toString()));
		this.desk.step(agency.clerk(), id, "submit", null).andExpect(status().isOk());
		this.desk.step(agency.reviewer(), id, "content-review", "{\"approve\":false,\"comment\":\"  \"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("publication.comment.invalid"))
			.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("退回时须填写意见")));
		this.desk.step(agency.reviewer(), id, "content-review", "{\"comment\":\"标题不准确\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("publication.api.approve-missing"))
			.andExpect(jsonPath("$.field").value("approve"));
		this.desk.step(agency.reviewer(), id, "content-review", "{\"approve\":false,\"comment\":\"标题不准确，请修改\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"));
		assertThat(this.audit
			.find(new AuditQuery(null, "publication.content-returned", "Publication", String.valueOf(id), null, null),
					0, 5)
			.getContent()).hasSize(1);
		assertThat(PublishingDesk.asLeader(agency.id(), () -> this.publications.find(id).returnComment()))
			.isEqualTo("标题不准确，请修改");
		// submitted again, the confidentiality reviewer returns it too
		this.desk.step(agency.clerk(), id, "submit", null).andExpect(status().isOk());
		this.desk.step(agency.reviewer(), id, "content-review", "{\"approve\":true}").andExpect(status().isOk());
		this.desk.step(agency.confidentiality(), id, "confidentiality-review", "{\"approve\":false,\"comment\":\"\"}")
			.andExpect(status().isBadRequest());
		this.desk
			.step(agency.confidentiality(), id, "confidentiality-review",
					"{\"approve\":false,\"comment\":\"含内部资料，请删去第二段\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"));
		this.desk.publicItem(id).andExpect(status().isNotFound());
		// a step out of turn changes nothing
		this.desk.step(agency.reviewer(), id, "content-review", "{\"approve\":true}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("publication.status.invalid"));
	}

	@Test
	void personalDataFoundInTheTextBlocksTheConfidentialityApprovalAsOnThePages() throws Exception {
		Tokens agency = this.desk.agency("接口隐私县");
		long id = this.desk.draft(agency,
				ApiDesk.draftJson(agency, "低保名单", "张三，身份证号 11010519491231002X。", yesterday().toString()));
		this.desk.step(agency.clerk(), id, "submit", null).andExpect(status().isOk());
		this.desk.step(agency.reviewer(), id, "content-review", "{\"approve\":true}").andExpect(status().isOk());
		this.desk.step(agency.confidentiality(), id, "confidentiality-review", "{\"approve\":true}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("publication.privacy.unresolved"))
			.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("未遮盖")));
		this.desk.publicItem(id).andExpect(status().isNotFound());
		assertThat(this.audit
			.find(new AuditQuery(null, "publication.published", "Publication", String.valueOf(id), null, null), 0, 5)
			.getContent()).isEmpty();
	}

	@Test
	void whereTheAgencyRequiresItTheLeadersSignOffPublishes() throws Exception {
		Tokens agency = this.desk.agency("接口签发县");
		PublishingDesk.asLeader(agency.id(), () -> this.signOff.setRequired(agency.id(), true));
		long id = this.desk.draft(agency, ApiDesk.draftJson(agency, "签发测试", "正文", yesterday().toString()));
		this.desk.step(agency.clerk(), id, "submit", null).andExpect(status().isOk());
		this.desk.step(agency.reviewer(), id, "content-review", "{\"approve\":true}").andExpect(status().isOk());
		this.desk.step(agency.confidentiality(), id, "confidentiality-review", "{\"approve\":true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_LEADER_APPROVAL"))
			.andExpect(jsonPath("$.indexNumber").value(nullValue()));
		this.desk.publicItem(id).andExpect(status().isNotFound());
		this.desk.step(agency.confidentiality(), id, "sign-off", "{\"approve\":true}")
			.andExpect(status().isForbidden());
		this.desk.step(agency.leader(), id, "sign-off", "{\"approve\":true,\"comment\":\"同意发布\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.indexNumber").isNotEmpty());
		this.desk.publicItem(id).andExpect(status().isOk());
		assertThat(this.audit
			.find(new AuditQuery(null, "publication.signed-off", "Publication", String.valueOf(id), null, null), 0, 5)
			.getContent()).hasSize(1);
	}

	@Test
	void theEndpointsAreDocumentedInOpenApi() throws Exception {
		String paths = "$.paths['/api/v1/admin";
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath(paths + "/agencies/{creditCode}/columns'].get.responses['403']").exists())
			.andExpect(jsonPath(paths + "/agencies/{creditCode}/publications'].post.requestBody").exists())
			.andExpect(jsonPath(paths + "/publications/{id}/attachments'].post.responses['415']").exists())
			.andExpect(jsonPath(paths + "/publications/{id}/submit'].post.responses['200']").exists())
			.andExpect(jsonPath(paths + "/publications/{id}/content-review'].post").exists())
			.andExpect(jsonPath(paths + "/publications/{id}/confidentiality-review'].post").exists())
			.andExpect(jsonPath(paths + "/publications/{id}/sign-off'].post").exists())
			.andExpect(jsonPath(paths + "/publications/{id}/withdraw'].post.responses['403']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/publications/{id}'].get.responses['404']").exists());
	}

	private LocalDate yesterday() {
		return LocalDate.now(this.clock).minusDays(1);
	}

}
