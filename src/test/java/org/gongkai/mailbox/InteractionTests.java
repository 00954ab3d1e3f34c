package org.gongkai.mailbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.mailbox.consultation.ConsultationFilter;
import org.gongkai.mailbox.consultation.ConsultationView;
import org.gongkai.mailbox.consultation.PolicyConsultations;
import org.gongkai.mailbox.survey.SurveyView;
import org.gongkai.mailbox.survey.Surveys;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.submission.FormKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.mailbox.MailboxFixtures.ID_NUMBER;
import static org.gongkai.mailbox.MailboxFixtures.MASKED_ID;
import static org.gongkai.mailbox.MailboxFixtures.from;
import static org.gongkai.mailbox.MailboxFixtures.newAddress;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Consultations on drafts (意见征集): comments while the period runs, shown only once
 * published and masked; the use of comments published after the period, and flagged while
 * missing. Surveys (网上调查): votes while open, results as a chart and a table.
 */
@GongkaiTest
class InteractionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PolicyConsultations consultations;

	@Autowired
	Surveys surveys;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	DemoInteractionRecords demoRecords;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void commentsAreModeratedAndMaskedAndAClosedConsultationWithoutSummaryIsFlagged() throws Exception {
		AgencyData data = AgencyFixtures.county("征集县" + System.nanoTime());
		long agency = this.agencies.create(data);
		LocalDate today = LocalDate.now(this.clock);
		MailboxFixtures.signIn("clerk", Role.CLERK, agency);
		long open = this.consultations.create(agency, "关于修订农村宅基地管理办法的征求意见稿", "第一条 为规范宅基地管理……", today,
				today.plusDays(30));
		long past = this.consultations.create(agency, "关于调整公交线路的征求意见稿", "拟调整 3 路公交线路。", today.minusDays(40),
				today.minusDays(10));
		assertThatThrownBy(() -> this.consultations.publishSummary(open, "采纳 3 条"))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "mailbox.summary.too-early");
		SecurityContextHolder.clearContext();

		String base = "/agencies/" + data.creditCode() + "/consultations/";
		assertThat(
				FormKeys.followReceipt(this.mvc,
						this.mvc.perform(post(base + open + "/comments").param("name", "周八")
							.param("body", "建议明确面积标准。我的身份证 " + ID_NUMBER)
							.with(csrf())
							.with(FormKeys.fresh())
							.with(from(newAddress()))).andReturn()))
			.contains("意见已提交");
		this.mvc
			.perform(post(base + open + "/comments").param("name", "周八")
				.param("body", "<script>alert(1)</script>")
				.with(csrf())
				.with(FormKeys.fresh())
				.with(from(newAddress())))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post(base + past + "/comments").param("name", "周八")
				.param("body", "晚到的意见")
				.with(csrf())
				.with(FormKeys.fresh())
				.with(from(newAddress())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不在征集期内")));
		assertThat(this.jdbc.queryForObject("select count(*) from mbx_comment where consultation_id in (?, ?)",
				Long.class, open, past))
			.isEqualTo(1);
		this.mvc.perform(get(base + open))
			.andExpect(content().string(not(containsString("建议明确面积标准"))))
			.andExpect(content().string(containsString("第一条 为规范宅基地管理")));

		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
		long comment = this.jdbc.queryForObject("select id from mbx_comment where consultation_id = ?", Long.class,
				open);
		this.mvc
			.perform(post("/admin/mailbox/consultations/" + open + "/comments/" + comment).param("publish", "true")
				.session(clerk)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String page = this.mvc.perform(get(base + open)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("建议明确面积标准", MASKED_ID).doesNotContain(ID_NUMBER).doesNotContain("周八");

		this.mvc.perform(get("/admin/mailbox/consultations").session(clerk))
			.andExpect(content().string(containsString("data-summary-missing=\"true\"")));
		this.mvc.perform(get(base + past)).andExpect(content().string(containsString("id=\"summary-missing\"")));
		this.mvc
			.perform(post("/admin/mailbox/consultations/" + past + "/summary").param("summary", "共收到意见 12 条，采纳 5 条。")
				.session(clerk)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(base + past))
			.andExpect(content().string(containsString("共收到意见 12 条，采纳 5 条。")))
			.andExpect(content().string(not(containsString("id=\"summary-missing\""))));
		MailboxFixtures.signIn("clerk", Role.CLERK, agency);
		assertThat(
				this.consultations.adminPage(new ConsultationFilter(null, null, null, null, null), 0, 100).getContent())
			.filteredOn(ConsultationView::summaryMissing)
			.isEmpty();
		this.mvc.perform(get("/agencies/" + data.creditCode() + "/mailbox"))
			.andExpect(content().string(containsString("关于修订农村宅基地管理办法的征求意见稿")));
	}

	@Test
	void votesAreCountedWhileTheSurveyRunsAndResultsShowAsChartAndTable() throws Exception {
		AgencyData data = AgencyFixtures.county("调查县" + System.nanoTime());
		long agency = this.agencies.create(data);
		long other = this.agencies.create(AgencyFixtures.county("调查邻县" + System.nanoTime()));
		LocalDate today = LocalDate.now(this.clock);
		MailboxFixtures.signIn("clerk", Role.CLERK, other);
		assertThatThrownBy(() -> this.surveys.create(agency, "t", "q", List.of("a", "b"), today, today))
			.isInstanceOf(ForbiddenException.class);
		MailboxFixtures.signIn("clerk", Role.CLERK, agency);
		assertThatThrownBy(() -> this.surveys.create(agency, "t", "q", List.of("only"), today, today))
			.isInstanceOf(RuleViolationException.class);
		long survey = this.surveys.create(agency, "便民服务满意度调查", "您对乡镇便民服务中心的服务是否满意？", List.of("满意", "基本满意", "不满意"),
				today.minusDays(1), today.plusDays(7));
		long closed = this.surveys.create(agency, "往期调查", "问题", List.of("是", "否"), today.minusDays(9),
				today.minusDays(2));
		SecurityContextHolder.clearContext();
		List<Long> options = this.jdbc
			.queryForList("select id from mbx_survey_option where survey_id = ? order by position", Long.class, survey);
		String base = "/agencies/" + data.creditCode() + "/surveys/";
		for (int vote : new int[] { 0, 0, 1 }) {
			this.mvc
				.perform(post(base + survey + "/vote").param("option", String.valueOf(options.get(vote)))
					.with(csrf())
					.with(FormKeys.fresh())
					.with(from(newAddress())))
				.andExpect(status().isSeeOther());
		}
		Long closedOption = this.jdbc.queryForObject("select min(id) from mbx_survey_option where survey_id = ?",
				Long.class, closed);
		this.mvc
			.perform(post(base + survey + "/vote").param("option", String.valueOf(closedOption))
				.with(csrf())
				.with(FormKeys.fresh())
				.with(from(newAddress())))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post(base + closed + "/vote").param("option", String.valueOf(closedOption))
				.with(csrf())
				.with(FormKeys.fresh())
				.with(from(newAddress())))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post(base + survey + "/vote").param("option", "1 or 1=1")
				.with(csrf())
				.with(FormKeys.fresh())
				.with(from(newAddress())))
			.andExpect(status().isBadRequest());
		String address = newAddress();
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(post(base + survey + "/vote").param("option", "x")
				.with(csrf())
				.with(FormKeys.fresh())
				.with(from(address)));
		}
		this.mvc
			.perform(post(base + survey + "/vote").param("option", String.valueOf(options.get(2)))
				.with(csrf())
				.with(FormKeys.fresh())
				.with(from(address)))
			.andExpect(status().isTooManyRequests());
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
		this.mvc
			.perform(post("/admin/mailbox/surveys").param("agencyId", String.valueOf(agency))
				.param("title", "垃圾分类意见调查")
				.param("question", "您是否支持垃圾分类定时投放？")
				.param("answers", "支持\n不支持\n\n无所谓")
				.param("opensOn", today.toString())
				.param("closesOn", today.plusDays(3).toString())
				.session(clerk)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/mailbox/surveys").session(clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("垃圾分类意见调查")));
		// the staff list searches by title and pages
		for (String more : new String[] { "路灯维修满意度调查", "集市搬迁意见调查" }) {
			this.mvc
				.perform(post("/admin/mailbox/surveys").param("agencyId", String.valueOf(agency))
					.param("title", more)
					.param("question", "您的意见？")
					.param("answers", "同意\n不同意")
					.param("opensOn", today.toString())
					.param("closesOn", today.plusDays(3).toString())
					.session(clerk)
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		String found = this.mvc.perform(get("/admin/mailbox/surveys").param("q", "路灯").session(clerk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(found).contains("路灯维修满意度调查", "共 1 条").doesNotContain("集市搬迁意见调查");
		assertThat(this.mvc.perform(get("/admin/mailbox/surveys").param("size", "2").param("page", "1").session(clerk))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("共 5 条", "第 2 页，共 3 页");
		for (String hostile : new String[] { "page=-1", "size=100000", "agency=abc", "q=%3Cscript%3E" }) {
			assertThat(this.mvc.perform(get("/admin/mailbox/surveys?" + hostile).session(clerk))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString()).doesNotContain("<script>");
		}
		assertThat(this.surveys.publicList(agency)).filteredOn((v) -> v.title().equals("垃圾分类意见调查"))
			.singleElement()
			.satisfies((v) -> assertThat(v.results()).extracting(SurveyView.Result::label)
				.containsExactly("支持", "不支持", "无所谓"));
		SurveyView view = this.surveys.publicView(agency, survey);
		assertThat(view.results()).extracting(SurveyView.Result::votes).containsExactly(2L, 1L, 0L);
		assertThat(view.results()).extracting(SurveyView.Result::percent).containsExactly(67, 33, 0);
		assertThat(view.total()).isEqualTo(3);
		this.mvc.perform(get(base + survey))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("<td>67%</td>")))
			.andExpect(content().string(containsString("共 3 票")));
	}

	@Test
	void theDemoRecordsAreRefusedOutsideDemoMode() {
		LocalDate today = LocalDate.now(this.clock);
		assertThatThrownBy(() -> this.demoRecords.survey(1, "调查", "问题", today, today, this.clock.instant(),
				List.of("是", "否"), List.of(1L, 2L)))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(
				() -> this.demoRecords.consultation(1, "征求意见稿", "正文", today, today, this.clock.instant(), null, null))
			.isInstanceOf(IllegalStateException.class);
	}

}
