package org.gongkai.mailbox;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.mailbox.letter.LetterIntake;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.mailbox.MailboxFixtures.letter;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public letter form and the staff reply form show every problem at once, in the
 * summary and at each field, and keep what was typed; nothing is stored.
 */
@GongkaiTest
class MailboxFormErrorsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	LetterIntake intake;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theLetterFormShowsEveryProblemAndKeepsTheText() throws Exception {
		AgencyData town = AgencyFixtures.county("来信镇" + System.nanoTime());
		long agency = this.agencies.create(town);
		String page = this.mvc
			.perform(letter().withType("PETITION")
				.withSubject("")
				.withBody("这段来信内容要保留")
				.withName("")
				.withContact("abc", "not-an-email")
				.post(town.creditCode()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("请修改以下 5 处问题", "请选择来信类型", "请填写标题（不超过 100 字）", "请填写姓名（不超过 60 字）", "联系电话格式不正确",
				"电子邮箱格式不正确");
		assertThat(page).contains("href=\"#type\"", "href=\"#subject\"", "href=\"#name\"", "href=\"#phone\"",
				"href=\"#email\"", "aria-describedby=\"subject-error\"", "aria-required=\"true\"");
		assertThat(page).contains("这段来信内容要保留", "value=\"abc\"", "value=\"not-an-email\"");
		assertThat(this.jdbc.queryForObject("select count(*) from mbx_letter where agency_id = ?", Long.class, agency))
			.isZero();
	}

	@Test
	void theReplyFormShowsEveryProblemAndKeepsTheText() throws Exception {
		AgencyData town = AgencyFixtures.county("答复镇" + System.nanoTime());
		long agency = this.agencies.create(town);
		String trackingNo = this.intake.write(town.creditCode(), letter().withConsent(false).form()).trackingNo();
		long id = this.jdbc.queryForObject("select id from mbx_letter where tracking_no = ?", Long.class, trackingNo);
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
		String typed = "答复保留" + "长".repeat(5000);
		String page = this.mvc
			.perform(post("/admin/mailbox/letters/" + id + "/reply").session(clerk)
				.with(csrf())
				.param("text", typed)
				.param("visibility", "PUBLIC"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("请修改以下 2 处问题", "请填写答复内容（不超过 5000 字）", "来信人未同意公开，只能不公开答复")
			.contains("href=\"#text\"", "href=\"#visibility\"", "aria-describedby=\"text-error\"")
			.contains(typed);
		assertThat(this.jdbc.queryForObject("select reply_text from mbx_letter where id = ?", String.class, id))
			.isNull();
	}

}
