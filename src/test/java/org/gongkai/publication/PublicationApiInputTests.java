package org.gongkai.publication;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.GongkaiTest;
import org.gongkai.platform.TestDocuments;
import org.gongkai.publication.ApiDesk.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hostile and mistaken input to the publishing API: every refusal is a JSON 4xx in the
 * platform's shape, names the field at fault where there is one, and stores nothing;
 * tokens of another agency, of the wrong role, or none at all change nothing.
 */
@GongkaiTest
class PublicationApiInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	ApiDesk desk;

	@BeforeEach
	void desk() {
		this.desk = new ApiDesk(this.mvc, this.context);
	}

	@Test
	void aBadDraftIsRefusedNamingItsFieldAndNothingIsStored() throws Exception {
		Tokens agency = this.desk.agency("接口输入县");
		Tokens other = this.desk.agency("接口邻县");
		String today = LocalDate.now(this.clock).toString();
		String code = agency.creditCode();
		String column = "\"columnId\":" + agency.column();
		String rest = ",\"body\":\"正文\",\"madeOn\":\"" + today + "\",\"genre\":\"NEWS\"";
		refused(agency, "{" + column + ",\"title\":\"\"" + rest + "}", "publication.title.invalid", "title");
		refused(agency, "{" + column + rest + "}", "publication.title.invalid", "title");
		refused(agency, "{" + column + ",\"title\":\"" + "长".repeat(201) + "\"" + rest + "}",
				"publication.title.invalid", "title");
		refused(agency, "{" + column + ",\"title\":\"标题\",\"summary\":\"" + "摘".repeat(1001) + "\"" + rest + "}",
				"publication.summary.invalid", "summary");
		refused(agency, "{" + column + ",\"title\":\"标题\",\"documentNumber\":\"" + "号".repeat(101) + "\"" + rest + "}",
				"publication.document-number.invalid", "documentNumber");
		refused(agency,
				"{" + column + ",\"title\":\"标题\",\"body\":\" \",\"madeOn\":\"" + today + "\",\"genre\":\"NEWS\"}",
				"publication.body.invalid", "body");
		refused(agency, "{" + column + ",\"title\":\"标题\",\"body\":\"" + "文".repeat(400_001) + "\",\"madeOn\":\""
				+ today + "\",\"genre\":\"NEWS\"}", "publication.body.invalid", "body");
		String title = ",\"title\":\"标题\",\"body\":\"正文\"";
		refused(agency, "{" + column + title + ",\"madeOn\":\"15.06.2026\",\"genre\":\"NEWS\"}",
				"publication.api.date-format", "madeOn");
		refused(agency, "{" + column + title + ",\"madeOn\":\"2026-02-30\",\"genre\":\"NEWS\"}",
				"publication.api.date-format", "madeOn");
		refused(agency, "{" + column + title + ",\"madeOn\":\"" + LocalDate.now(this.clock).plusDays(1)
				+ "\",\"genre\":\"NEWS\"}", "publication.made-on.invalid", "madeOn");
		refused(agency, "{" + column + title + ",\"genre\":\"NEWS\"}", "publication.made-on.invalid", "madeOn");
		refused(agency, "{" + column + title + ",\"madeOn\":\"" + today + "\",\"genre\":\"MEMO\"}",
				"publication.api.genre-unknown", "genre");
		refused(agency, "{" + column + title + ",\"madeOn\":\"" + today + "\"}", "publication.genre.missing", "genre");
		refused(agency, "{" + column + title + ",\"madeOn\":\"" + today + "\",\"genre\":\"NEWS\",\"theme\":\"x\"}",
				"publication.api.theme-unknown", "theme");
		refused(agency, "{" + column + title + ",\"madeOn\":\"" + today + "\",\"genre\":\"NEWS\",\"validity\":\"x\"}",
				"publication.api.validity-unknown", "validity");
		refused(agency, "{\"columnId\":\"abc\"" + title + ",\"madeOn\":\"" + today + "\",\"genre\":\"NEWS\"}",
				"publication.column.invalid", "columnId");
		refused(agency, "{\"columnId\":999999999" + title + ",\"madeOn\":\"" + today + "\",\"genre\":\"NEWS\"}",
				"publication.column.invalid", "columnId");
		refused(agency, "{" + title.substring(1) + ",\"madeOn\":\"" + today + "\",\"genre\":\"NEWS\"}",
				"publication.column.invalid", "columnId");
		refused(agency, "{\"columnId\":" + other.column() + title + ",\"madeOn\":\"" + today + "\",\"genre\":\"NEWS\"}",
				"publication.column.invalid", "columnId");
		// not JSON, or not a JSON object
		for (String body : new String[] { "{", "null", "[]", "\"x\"", "{\"title\":{\"a\":1}}", "" }) {
			this.desk.postDraft(agency.clerk(), code, body)
				.andExpect(status().is4xxClientError())
				.andExpect(jsonPath("$.status").isNumber())
				.andExpect(jsonPath("$.error").isNotEmpty())
				.andExpect(jsonPath("$.code").isNotEmpty());
		}
		this.mvc
			.perform(post("/api/v1/admin/agencies/" + code + "/publications")
				.header("Authorization", "Bearer " + agency.clerk())
				.contentType(MediaType.TEXT_PLAIN)
				.content("title=x"))
			.andExpect(status().isUnsupportedMediaType());
		this.desk.postDraft(agency.clerk(), code, null).andExpect(status().isUnsupportedMediaType());
		this.desk.postDraft(agency.clerk(), "NO-SUCH-AGENCY", ApiDesk.draftJson(agency, "标题", "正文", today))
			.andExpect(status().isNotFound());
		assertThat(items(agency)).isZero();
		// the same draft, well formed, is stored
		this.desk.postDraft(agency.clerk(), code, ApiDesk.draftJson(agency, "标题", "正文", today))
			.andExpect(status().isCreated());
		assertThat(items(agency)).isOne();
	}

	@Test
	void anotherAgencysStaffTheWrongRoleAndNoTokenChangeNothing() throws Exception {
		Tokens agency = this.desk.agency("接口权限县");
		Tokens other = this.desk.agency("接口他县");
		String today = LocalDate.now(this.clock).toString();
		String draft = ApiDesk.draftJson(agency, "权限测试", "正文", today);
		String columns = "/api/v1/admin/agencies/" + agency.creditCode() + "/columns";
		this.desk.get(other.clerk(), columns).andExpect(status().isForbidden());
		this.desk.get(null, columns).andExpect(status().isUnauthorized());
		this.desk.get("not-a-token", columns)
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("account.token.invalid"));
		this.desk.get(agency.clerk(), "/api/v1/admin/agencies/NO-SUCH/columns").andExpect(status().isNotFound());
		for (String wrong : new String[] { other.clerk(), agency.reviewer(), agency.confidentiality(),
				agency.leader() }) {
			this.desk.postDraft(wrong, agency.creditCode(), draft)
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("error.forbidden"));
		}
		this.desk.postDraft(null, agency.creditCode(), draft).andExpect(status().isUnauthorized());
		assertThat(items(agency)).isZero();

		long id = this.desk.draft(agency, draft);
		byte[] pdf = TestDocuments.pdf("x");
		for (String wrong : new String[] { other.clerk(), agency.reviewer(), agency.leader() }) {
			this.desk.upload(wrong, id, "a.pdf", "application/pdf", pdf).andExpect(status().isForbidden());
			this.desk.upload(wrong, id, "a.pdf", "application/pdf", new byte[0]).andExpect(status().isForbidden());
			this.desk.step(wrong, id, "submit", null).andExpect(status().isForbidden());
		}
		this.desk.upload(null, id, "a.pdf", "application/pdf", pdf).andExpect(status().isUnauthorized());
		this.desk.step(null, id, "submit", null).andExpect(status().isUnauthorized());
		this.desk.step(agency.clerk(), id, "submit", null).andExpect(status().isOk());
		for (String wrong : new String[] { other.reviewer(), agency.clerk(), agency.confidentiality() }) {
			this.desk.step(wrong, id, "content-review", "{\"approve\":true}").andExpect(status().isForbidden());
		}
		this.desk.step(agency.reviewer(), id, "content-review", "{\"approve\":true}").andExpect(status().isOk());
		for (String wrong : new String[] { other.confidentiality(), agency.reviewer(), agency.leader() }) {
			this.desk.step(wrong, id, "confidentiality-review", "{\"approve\":true}").andExpect(status().isForbidden());
		}
		this.desk.step(agency.confidentiality(), id, "confidentiality-review", "{\"approve\":true}")
			.andExpect(status().isOk());
		for (String wrong : new String[] { other.leader(), agency.clerk(), agency.confidentiality() }) {
			this.desk.step(wrong, id, "withdraw", "{\"reason\":\"撤回\"}").andExpect(status().isForbidden());
		}
		this.desk.step(null, id, "withdraw", "{\"reason\":\"撤回\"}").andExpect(status().isUnauthorized());
		this.desk.step(agency.leader(), id, "withdraw", "{\"reason\":\"\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("publication.reason.invalid"));
		this.desk.step(agency.leader(), id, "withdraw", "{\"reason\":\"" + "因".repeat(1001) + "\"}")
			.andExpect(status().isBadRequest());
		this.desk.step(agency.leader(), id, "withdraw", "{").andExpect(status().isBadRequest());
		this.desk.publicItem(id).andExpect(status().isOk());
	}

	@Test
	void idsThatDoNotExistAreNotFound() throws Exception {
		Tokens agency = this.desk.agency("接口编号县");
		long missing = Long.MAX_VALUE - 7;
		for (String step : new String[] { "submit", "content-review", "confidentiality-review", "sign-off",
				"withdraw" }) {
			this.desk.step(agency.leader(), missing, step, "{\"approve\":true,\"reason\":\"x\"}")
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("error.not-found"));
		}
		this.desk.upload(agency.clerk(), missing, "a.pdf", "application/pdf", TestDocuments.pdf("x"))
			.andExpect(status().isNotFound());
		this.desk.publicItem(missing).andExpect(status().isNotFound());
		this.desk.get(null, "/api/v1/publications/abc")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.parameter-invalid"));
		this.desk.post(agency.clerk(), "/api/v1/admin/publications/abc/submit", null)
			.andExpect(status().isBadRequest());
	}

	@Test
	void aFileOfTheWrongTypeTooLargeEmptyOrMissingIsRefusedAndNothingIsStored() throws Exception {
		Tokens agency = this.desk.agency("接口附件县");
		long id = this.desk.draft(agency,
				ApiDesk.draftJson(agency, "附件测试", "正文", LocalDate.now(this.clock).toString()));
		this.desk.upload(agency.clerk(), id, "page.pdf", "application/pdf", TestDocuments.html())
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("upload.type-refused"));
		this.desk.upload(agency.clerk(), id, "tool.pdf", "application/pdf", TestDocuments.exe())
			.andExpect(status().isUnsupportedMediaType());
		this.desk.upload(agency.clerk(), id, "empty.pdf", "application/pdf", new byte[0])
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("upload.empty"))
			.andExpect(jsonPath("$.field").value("file"));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/api/v1/admin/publications/" + id + "/attachments")
				.header("Authorization", "Bearer " + agency.clerk()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("upload.empty"));
		byte[] big = new byte[20 * 1024 * 1024 + 1];
		byte[] png = TestDocuments.image("png");
		System.arraycopy(png, 0, big, 0, png.length);
		this.desk.upload(agency.clerk(), id, "big.png", "image/png", big)
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("upload.too-large"))
			.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("20 MB")));
		assertThat(this.jdbc.queryForObject("select count(*) from pub_attachment where item_id = ?", Long.class, id))
			.isZero();
		// only a draft takes files
		this.desk.step(agency.clerk(), id, "submit", null).andExpect(status().isOk());
		this.desk.upload(agency.clerk(), id, "a.pdf", "application/pdf", TestDocuments.pdf("x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("publication.status.invalid"));
		assertThat(this.jdbc.queryForObject("select count(*) from pub_attachment where item_id = ?", Long.class, id))
			.isZero();
	}

	private void refused(Tokens agency, String json, String code, String field) throws Exception {
		this.desk.postDraft(agency.clerk(), agency.creditCode(), json)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.field").value(field))
			.andExpect(jsonPath("$.error").isNotEmpty());
	}

	private long items(Tokens agency) {
		return this.jdbc.queryForObject("select count(*) from pub_item where agency_id = ?", Long.class, agency.id());
	}

}
