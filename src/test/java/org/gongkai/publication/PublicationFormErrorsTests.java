package org.gongkai.publication;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.catalog.CatalogManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The publication draft form shows every problem at once, in the summary and at each
 * field, and keeps what was typed.
 */
@GongkaiTest
class PublicationFormErrorsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	Clock clock;

	@Test
	void fiveInvalidFieldsAreAllShownAndTheTypedValuesKept() throws Exception {
		long agency = this.agencies.create(AgencyFixtures.county("表单县" + System.nanoTime()));
		long other = this.agencies.create(AgencyFixtures.county("表单邻县" + System.nanoTime()));
		long theirColumn = this.catalog.publicTree(other).get(0).id();
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
		String page = this.mvc
			.perform(post("/admin/publications/new").param("agencyId", String.valueOf(agency))
				.session(clerk)
				.with(csrf())
				.param("columnId", String.valueOf(theirColumn))
				.param("title", "  ")
				.param("documentNumber", "文号" + "长".repeat(100))
				.param("madeOn", LocalDate.now(this.clock).plusDays(1).toString())
				.param("genre", "NOTICE")
				.param("validity", "VALID")
				.param("summary", "这段摘要要保留")
				.param("body", ""))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String summary = page.substring(page.indexOf("id=\"error-summary\""),
				page.indexOf("</div>", page.indexOf("id=\"error-summary\"")));
		assertThat(summary).contains("请修改以下 5 处问题", "标题应为 1 至 200 个字", "正文不能为空", "文号最多 100 个字", "请填写成文日期，不得晚于今天",
				"请选择本机关公开目录中的栏目");
		assertThat(summary).contains("href=\"#title\"", "href=\"#body\"", "href=\"#documentNumber\"",
				"href=\"#madeOn\"", "href=\"#columnId\"");
		assertThat(page).contains("id=\"title-error\"", "aria-describedby=\"title-error\"", "aria-invalid=\"true\"")
			.contains("这段摘要要保留", "文号" + "长".repeat(100))
			.contains("aria-required=\"true\"");
	}

	@Test
	void aDateThatIsNoneIsShownWithTheOtherProblemsAndKeptAsTyped() throws Exception {
		long agency = this.agencies.create(AgencyFixtures.county("日期县" + System.nanoTime()));
		long column = this.catalog.publicTree(agency).get(0).id();
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
		String page = this.mvc
			.perform(post("/admin/publications/new").param("agencyId", String.valueOf(agency))
				.session(clerk)
				.with(csrf())
				.param("columnId", String.valueOf(column))
				.param("title", "")
				.param("madeOn", "2026-02-30x")
				.param("genre", "NOTICE")
				.param("validity", "VALID")
				.param("body", "正文保留"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("请修改以下 2 处问题", "标题应为 1 至 200 个字", "格式不正确", "value=\"2026-02-30x\"", "正文保留")
			.doesNotContain("请填写成文日期");
	}

	@Test
	void thePolicyDatesOfANormativeDocumentAreShownWithTheOtherProblems() throws Exception {
		long agency = this.agencies.create(AgencyFixtures.county("规范县" + System.nanoTime()));
		long column = this.catalog.publicTree(agency).get(0).id();
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
		LocalDate made = LocalDate.now(this.clock).minusDays(30);
		String page = this.mvc
			.perform(post("/admin/publications/new").param("agencyId", String.valueOf(agency))
				.session(clerk)
				.with(csrf())
				.param("columnId", String.valueOf(column))
				.param("title", "")
				.param("madeOn", made.toString())
				.param("genre", "NORMATIVE_DOCUMENT")
				.param("validity", "REPEALED")
				.param("issuedOn", made.minusDays(1).toString())
				.param("interprets", "某文件")
				.param("body", "正文保留"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String summary = page.substring(page.indexOf("id=\"error-summary\""),
				page.indexOf("</div>", page.indexOf("id=\"error-summary\"")));
		assertThat(summary).contains("请修改以下 4 处问题", "标题应为 1 至 200 个字", "公布日期不得早于成文日期", "已废止的规章、行政规范性文件须填写废止日期");
		assertThat(page).contains("value=\"" + made.minusDays(1) + "\"", "正文保留");
	}

}
