package org.gongkai.mailbox;

import java.util.ArrayList;
import java.util.List;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back office's letter list pages, searches by number and subject, keeps the search
 * across its list tabs, and never shows another agency's letters.
 */
@GongkaiTest
class LetterListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LetterIntake intake;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theListPagesAndSearchesWithinTheUsersAgency() throws Exception {
		AgencyData data = AgencyFixtures.county("信件县" + System.nanoTime());
		long agency = this.agencies.create(data);
		long other = this.agencies.create(AgencyFixtures.county("信件邻县" + System.nanoTime()));
		List<String> numbers = new ArrayList<>();
		for (int i = 1; i <= 25; i++) {
			numbers.add(this.intake
				.write(data.creditCode(), MailboxFixtures.letter().withSubject("第" + i + "封来信：路灯维修").form())
				.trackingNo());
		}
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
		assertThat(page(clerk, "/admin/mailbox?list=all&size=10")).contains("共 25 条", "第 1 页，共 3 页");
		String last = page(clerk, "/admin/mailbox?list=all&size=10&page=2");
		assertThat(last).contains("第 3 页，共 3 页");
		assertThat(last.split("封来信：路灯维修", -1)).hasSize(6);
		String found = page(clerk, "/admin/mailbox?list=all&q=第17封");
		assertThat(found).contains("共 1 条", "第17封来信");
		assertThat(found).contains("q=%E7%AC%AC17%E5%B0%81");
		assertThat(page(clerk, "/admin/mailbox?list=all&q=" + numbers.get(3))).contains("共 1 条");
		MockHttpSession stranger = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, other));
		assertThat(page(stranger, "/admin/mailbox?list=all&agency=" + agency + "&q=路灯维修")).contains("共 0 条")
			.doesNotContain("第1封来信");
	}

	@Test
	void aLetterStepSaysWhatHappened() throws Exception {
		AgencyData data = AgencyFixtures.county("信件消息县" + System.nanoTime());
		long agency = this.agencies.create(data);
		String number = this.intake.write(data.creditCode(), MailboxFixtures.letter().form()).trackingNo();
		long id = this.jdbc.queryForObject("select id from mbx_letter where tracking_no = ?", Long.class, number);
		String clerkName = Staff.create(this.accounts, Role.CLERK, agency);
		MockHttpSession clerk = Staff.signIn(this.mvc, clerkName);
		String location = this.mvc
			.perform(post("/admin/mailbox/letters/" + id + "/assign").session(clerk)
				.param("assignee", clerkName)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).endsWith("?done=assigned");
		assertThat(page(clerk, location)).contains("已分派承办人。").doesNotContain("已保存。");
		assertThat(page(clerk, "/admin/mailbox/letters/" + id + "?done=%3Cscript%3E")).doesNotContain("<script>")
			.doesNotContain("id=\"done\"");
	}

	private String page(MockHttpSession session, String url) throws Exception {
		return this.mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
