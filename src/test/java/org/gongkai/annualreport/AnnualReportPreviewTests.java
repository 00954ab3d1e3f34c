package org.gongkai.annualreport;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.GongkaiTest;
import org.gongkai.account.Role;
import org.gongkai.annualreport.ReportDesk.Office;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Publication shows the report first and asks for confirmation; the draft's prompts block
 * it, named with their section; the draft names each column once.
 */
@GongkaiTest
class AnnualReportPreviewTests {

	@Autowired
	private Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ReportReading reports;

	ReportDesk desk;

	@BeforeEach
	void desk() {
		this.desk = new ReportDesk(this.mvc, this.context);
	}

	@Test
	void theDraftsPromptsBlockPublicationNamingTheirSectionUntilTheOfficeReplacesThem() throws Exception {
		Office office = this.desk.county("提示县");
		entries(office);
		narrative(office, "本年总体情况。\n（请据实修改补充：政府信息管理、平台建设、监督保障等情况。）", "本年存在的问题：（请据实填写存在的主要问题）。", "本年未收取信息处理费。");
		String base = admin(office);
		// the preview names each prompt with its section
		String preview = this.mvc.perform(get(base + "/publish").session(office.leader()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(preview).contains("发布前预览", "“一、总体情况”中仍有草稿的提示文字“（请据实修改补充：政府信息管理、平台建设、监督保障等情况。）”",
				"“五、存在的主要问题及改进情况”中仍有草稿的提示文字“（请据实填写存在的主要问题）”", "/preview/pdf", "/preview/docx", "/preview/xlsx",
				"name=\"confirmed\"", "name=\"_csrf\"");
		// confirmed, it is still refused, naming where
		String refused = publish(office, "true", 422);
		assertThat(refused).contains("正文中还有草稿的提示文字", "“一、总体情况”中的“（请据实修改补充：");
		assertThat(this.reports.publishedReports(office.creditCode())).isEmpty();

		narrative(office, "本年总体情况，平台运行平稳。", "本年存在的问题是更新不够及时，下一步按月检查。", "本年未收取信息处理费。");
		// without the tick it is refused and nothing is published
		assertThat(publish(office, null, 422)).contains("请先勾选");
		assertThat(publish(office, "yes", 422)).contains("请先勾选");
		assertThat(this.reports.publishedReports(office.creditCode())).isEmpty();
		// without CSRF refused
		this.mvc.perform(post(base + "/publish").session(office.leader()).param("confirmed", "true"))
			.andExpect(status().isForbidden());
		// the preview files carry a Chinese name with an ASCII fallback
		for (String format : new String[] { "pdf", "docx", "xlsx" }) {
			MvcResult file = this.mvc.perform(get(base + "/preview/" + format).session(office.leader()))
				.andExpect(status().isOk())
				.andReturn();
			assertThat(file.getResponse().getHeader("Content-Disposition"))
				.startsWith("attachment; filename=\"annual-report-2025-preview." + format + "\"; filename*=UTF-8''")
				.contains("%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A"); // 年度报告
			assertThat(file.getResponse().getContentAsByteArray()).isNotEmpty();
		}
		this.mvc.perform(get(base + "/preview/exe").session(office.leader())).andExpect(status().isNotFound());
		// a clerk sees the preview but no confirmation form, and may not publish
		String clerkView = this.mvc.perform(get(base + "/publish").session(office.clerk()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(clerkView).doesNotContain("name=\"confirmed\"");
		this.mvc.perform(post(base + "/publish").session(office.clerk()).with(csrf()).param("confirmed", "true"))
			.andExpect(status().isForbidden());
		// staff of another agency see nothing of it
		Office other = this.desk.county("他县");
		this.mvc.perform(get(base + "/publish").session(other.leader())).andExpect(status().isForbidden());
		this.mvc.perform(get(base + "/preview/pdf").session(other.leader())).andExpect(status().isForbidden());

		publish(office, "true", 302);
		assertThat(this.reports.publicReport(office.creditCode(), 2025).published()).isTrue();
	}

	@Test
	void theDraftNamesAColumnOnceWithTheItemsOfAllColumnsOfThatName() throws Exception {
		Office office = this.desk.county("栏目县");
		// items count in the year they are published, which is the test's day
		LocalDate today = LocalDate.now(this.clock);
		String day = today.toString();
		this.desk.publishIn(office, "art20-07", "OTHER_DOCUMENT", day, day, null);
		this.desk.publishIn(office, "art20-07", "OTHER_DOCUMENT", day, day, null);
		this.desk.publishIn(office, "gr-budget", "OTHER_DOCUMENT", day, day, null);
		String overview = ReportDesk.as(office.clerkName(), Role.CLERK, office.id(),
				() -> this.reports.report(office.creditCode(), today.getYear()).narrative().overview());
		assertThat(overview).contains("财政预决算3条");
		assertThat(overview.indexOf("财政预决算")).isEqualTo(overview.lastIndexOf("财政预决算"));
	}

	private String publish(Office office, String confirmed, int expected) throws Exception {
		var request = post(admin(office) + "/publish").session(office.leader()).with(csrf());
		if (confirmed != null) {
			request.param("confirmed", confirmed);
		}
		return this.mvc.perform(request)
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void narrative(Office office, String overview, String problems, String other) throws Exception {
		this.mvc
			.perform(post(admin(office) + "/narrative").session(office.clerk())
				.with(csrf())
				.param("overview", overview)
				.param("problems", problems)
				.param("otherMatters", other))
			.andExpect(status().is3xxRedirection());
	}

	private void entries(Office office) throws Exception {
		this.mvc
			.perform(post(admin(office) + "/entries").session(office.clerk())
				.with(csrf())
				.param("licensing", "1")
				.param("penalties", "0")
				.param("enforcement", "0")
				.param("feesWan", "0"))
			.andExpect(status().is3xxRedirection());
	}

	private static String admin(Office office) {
		return "/admin/annual-reports/" + office.creditCode() + "/2025";
	}

}
