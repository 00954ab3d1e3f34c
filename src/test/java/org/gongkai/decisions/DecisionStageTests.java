package org.gongkai.decisions;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.gongkai.GongkaiTest;
import org.gongkai.account.AccountManagement;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.decisions.DecisionTown.stageForm;
import static org.gongkai.decisions.DecisionTown.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stages of a decision through the back office, in the legal order (Order 713): the
 * legality review before the collective discussion, the decision after it, implementation
 * after the decision, the comment period of 30 days, public participation through the
 * agency's draft consultation with its period and 采纳情况 on the portal, a stage disclosed
 * only by its date, an attachment checked by content, the public JSON; refused steps
 * store nothing.
 */
@GongkaiTest
class DecisionStageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	String refused(DecisionTown town, long item, String stage, LocalDate on, String... overrides) throws Exception {
		return this.mvc
			.perform(stageForm(multipart("/admin/decisions/items/" + item + "/stages"), stage, on, overrides)
				.session(town.clerk()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	int stages(long item) {
		return this.jdbc.queryForObject("select count(*) from dec_stage where item_id = ?", Integer.class, item);
	}

	String portal(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theStagesFollowTheLegalOrderAndTheDecisionWaitsForTheCollectiveDiscussion() throws Exception {
		DecisionTown town = DecisionTown.create(this.mvc, this.agencies, this.accounts, "程序镇");
		long catalogue = town.catalogue();
		long item = town.item(catalogue, "集镇污水处理厂提标改造");
		town.publishCatalogue(catalogue);
		LocalDate today = today();

		assertThat(refused(town, item, "DECISION", today.minusDays(1))).contains("须先经集体讨论决定，才能记录决策公布");
		assertThat(refused(town, item, "COLLECTIVE_DISCUSSION", today.minusDays(5))).contains("合法性审查须在集体讨论决定之前完成",
				"集体讨论决定前，公众参与须已记录或标注不适用", "集体讨论决定前，专家论证须已记录或标注不适用", "集体讨论决定前，风险评估须已记录或标注不适用");
		assertThat(refused(town, item, "LEGALITY_REVIEW", today.plusDays(1))).contains("日期不能晚于今天");
		assertThat(refused(town, item, "LEGALITY_REVIEW", null, "heldOn", "2026-13-45")).contains("日期格式应为");
		assertThat(refused(town, item, "LEGALITY_REVIEW", null, "skipped", "true", "skipReason", "无需"))
			.contains("不能标注为不适用");
		assertThat(refused(town, item, "EXPERT_ARGUMENT", null, "skipped", "true")).contains("标注不适用须说明理由");
		assertThat(refused(town, item, "PUBLIC_PARTICIPATION", today.minusDays(40), "endsOn",
				today.minusDays(20).toString()))
			.contains("征求意见期限为20日，少于30日，须说明理由");
		assertThat(stages(item)).isZero();

		town.publishedStage(item, "PUBLIC_PARTICIPATION", today.minusDays(40), "endsOn", today.minusDays(20).toString(),
				"shortReason", "汛期前须完成改造，情况紧急");
		town.publishedStage(item, "EXPERT_ARGUMENT", null, "skipped", "true", "skipReason", "采用成熟工艺，不涉及专业技术争议");
		town.publishedStage(item, "RISK_ASSESSMENT", today.minusDays(18));
		town.publishedStage(item, "LEGALITY_REVIEW", today.minusDays(15), "summary", "内部审查意见", "disclose", "false");
		assertThat(refused(town, item, "COLLECTIVE_DISCUSSION", today.minusDays(16)))
			.contains("集体讨论决定的日期不能早于合法性审查（" + today.minusDays(15) + "）");
		town.publishedStage(item, "COLLECTIVE_DISCUSSION", today.minusDays(10));
		assertThat(refused(town, item, "COLLECTIVE_DISCUSSION", today.minusDays(9))).contains("该环节已记录");
		assertThat(refused(town, item, "IMPLEMENTATION", today.minusDays(2))).contains("须先记录决策公布，才能记录执行情况");
		long decision = town.stage(item, "DECISION", today.minusDays(8));
		// until the reviewer publishes it, the decision is not on the portal
		String before = portal("/agencies/" + town.code() + "/decisions/" + item);
		assertThat(before).doesNotContain("DECISION情况说明").contains("推进中");
		town.step("/admin/decisions/stages/" + decision + "/submit", town.clerk());
		town.step("/admin/decisions/stages/" + decision + "/publish", town.reviewer());
		town.publishedStage(item, "IMPLEMENTATION", today.minusDays(3));
		town.publishedStage(item, "IMPLEMENTATION", today);

		String page = portal("/agencies/" + town.code() + "/decisions/" + item);
		assertThat(page)
			.contains("执行中", "汛期前须完成改造，情况紧急", "（20日）", "采用成熟工艺，不涉及专业技术争议", "本环节已完成，具体内容依法不予公开",
					today.minusDays(15).toString(), "DECISION情况说明")
			.doesNotContain("内部审查意见");
		assertThat(page.indexOf("合法性审查")).isLessThan(page.indexOf("集体讨论决定"));
		assertThat(page.split("IMPLEMENTATION情况说明", -1)).hasSize(3);
		assertThat(this.audit
			.find(new AuditQuery(null, null, "DecisionStageRecord", String.valueOf(decision), null, null), 0, 10)
			.getContent()
			.stream()
			.map((e) -> e.action())
			.toList()).containsExactlyInAnyOrder("decisions.stage.recorded", "decisions.stage.submitted",
					"decisions.stage.published");

		// the public JSON says the same
		JsonNode body = this.json.readTree(this.mvc.perform(get("/api/v1/agencies/" + town.code() + "/decisions"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		JsonNode first = body.get("items").get(0);
		assertThat(first.get("progress").asText()).isEqualTo("IMPLEMENTING");
		assertThat(first.get("stages")).hasSize(8);
		assertThat(first.get("stages").get(0).get("commentDays").asLong()).isEqualTo(20);
		assertThat(first.get("stages").get(1).get("skipped").asBoolean()).isTrue();
		assertThat(first.get("stages").get(3).get("summary").isNull()).isTrue();
		assertThat(first.get("stages").get(3).get("heldOn").asText()).isEqualTo(today.minusDays(15).toString());
		this.mvc.perform(get("/api/v1/agencies/" + town.code() + "/decisions").param("year", "二〇二六"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/agencies/" + town.code() + "/decisions").param("year", "2001"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/agencies/nosuchagency/decisions")).andExpect(status().isNotFound());
	}

	@Test
	void publicParticipationThroughTheAgencysConsultationShowsItsPeriodAndTheUseOfComments() throws Exception {
		DecisionTown town = DecisionTown.create(this.mvc, this.agencies, this.accounts, "征求镇");
		DecisionTown other = DecisionTown.create(this.mvc, this.agencies, this.accounts, "别镇");
		LocalDate today = today();
		long consultation = consultation(town, "集镇停车管理办法（征求意见稿）", today.minusDays(50), today.minusDays(15));
		long foreign = consultation(other, "别镇的征求意见稿", today.minusDays(50), today.minusDays(15));
		long catalogue = town.catalogue();
		long item = town.item(catalogue, "集镇停车管理");
		town.publishCatalogue(catalogue);

		assertThat(refused(town, item, "PUBLIC_PARTICIPATION", null, "consultationId", String.valueOf(foreign)))
			.contains("请选择本单位的草案征求意见");
		assertThat(refused(town, item, "PUBLIC_PARTICIPATION", null, "consultationId", "1 or 1=1"))
			.contains("请选择本单位的草案征求意见");
		String form = this.mvc
			.perform(get("/admin/decisions/items/" + item + "/stages/new").param("stage", "PUBLIC_PARTICIPATION")
				.session(town.clerk()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("集镇停车管理办法（征求意见稿）").doesNotContain("别镇的征求意见稿");
		town.publishedStage(item, "PUBLIC_PARTICIPATION", null, "consultationId", String.valueOf(consultation));
		String page = portal("/agencies/" + town.code() + "/decisions/" + item);
		assertThat(page).contains("征求意见：集镇停车管理办法（征求意见稿）", "/agencies/" + town.code() + "/consultations/" + consultation,
				today.minusDays(50) + " 至 " + today.minusDays(15) + "（35日）", "意见采纳情况尚未公布");

		this.mvc
			.perform(post("/admin/mailbox/consultations/" + consultation + "/summary").param("summary", "共收到意见9条，采纳5条。")
				.session(town.clerk())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(portal("/agencies/" + town.code() + "/decisions/" + item))
			.contains("意见采纳情况（" + today + "公布）：共收到意见9条，采纳5条。");
	}

	long consultation(DecisionTown town, String title, LocalDate opens, LocalDate closes) throws Exception {
		String location = this.mvc
			.perform(post("/admin/mailbox/consultations").param("agencyId", String.valueOf(town.id()))
				.param("title", title)
				.param("draft", "第一条 为规范管理，制定本办法。")
				.param("opensOn", opens.toString())
				.param("closesOn", closes.toString())
				.session(town.clerk())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.replaceAll(".*/consultations/(\\d+).*", "$1"));
	}

	@Test
	void anAttachmentIsCheckedByItsContentAndOnlyADisclosedOneIsPublic() throws Exception {
		DecisionTown town = DecisionTown.create(this.mvc, this.agencies, this.accounts, "附件镇");
		long catalogue = town.catalogue();
		long item = town.item(catalogue, "镇区道路改造");
		town.publishCatalogue(catalogue);
		LocalDate today = today();

		this.mvc
			.perform(stageForm(
					multipart("/admin/decisions/items/" + item + "/stages").file(new MockMultipartFile("file", "意见.pdf",
							"application/pdf", "<html><script>x</script>".getBytes())),
					"LEGALITY_REVIEW", today.minusDays(3))
				.session(town.clerk()))
			.andExpect(status().isBadRequest());
		assertThat(stages(item)).isZero();

		byte[] pdf = pdf();
		long disclosed = this.stage(town, item, "EXPERT_ARGUMENT", today.minusDays(5), pdf, "true");
		long hidden = this.stage(town, item, "LEGALITY_REVIEW", today.minusDays(3), pdf, "false");
		for (long id : new long[] { disclosed, hidden }) {
			town.step("/admin/decisions/stages/" + id + "/submit", town.clerk());
			town.step("/admin/decisions/stages/" + id + "/publish", town.reviewer());
		}
		byte[] got = this.mvc
			.perform(get("/agencies/" + town.code() + "/decisions/stages/" + disclosed + "/attachment"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(got)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
		}
		this.mvc.perform(get("/agencies/" + town.code() + "/decisions/stages/" + hidden + "/attachment"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/decisions/stages/" + hidden + "/attachment").session(town.reviewer()))
			.andExpect(status().isOk());
		String page = portal("/agencies/" + town.code() + "/decisions/" + item);
		assertThat(page).contains("附件：论证意见.pdf").doesNotContain("/stages/" + hidden + "/attachment");
	}

	long stage(DecisionTown town, long item, String stage, LocalDate on, byte[] pdf, String disclose) throws Exception {
		String location = this.mvc
			.perform(stageForm(
					multipart("/admin/decisions/items/" + item + "/stages")
						.file(new MockMultipartFile("file", "论证意见.pdf", "application/octet-stream", pdf)),
					stage, on, "disclose", disclose)
				.session(town.clerk()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('-') + 1));
	}

	static byte[] pdf() throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

}
