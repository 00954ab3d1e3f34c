package org.gongkai.mailbox;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.mailbox.letter.LetterIntake;
import org.gongkai.mailbox.letter.Rating;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.mailbox.MailboxFixtures.letter;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A public reply is previewed before it goes out: the writer's name and X同志/先生/女士 are
 * warned about and shown masked, and only a ticked confirmation sends it; private replies
 * go at once. The statistics show rates with their counts and 暂无评价 when nobody rated.
 */
@GongkaiTest
class ReplyPreviewTests {

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
	void aPublicReplyNamingTheWriterIsWarnedAboutShownMaskedAndSentOnlyWhenConfirmed() throws Exception {
		AgencyData town = AgencyFixtures.county("预览镇" + System.nanoTime());
		long agency = this.agencies.create(town);
		LetterReceipt receipt = this.intake.write(town.creditCode(), letter().withName("张建国").form());
		long id = id(receipt);
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
		String text = "张建国同志：您好！经李秀英女士核实，村道硬化工程将于下月开工。";

		String preview = this.mvc.perform(reply(id, clerk, text, "PUBLIC", null, null))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(preview).contains("公开回复前预览", "回复中有来信人的姓名", "姓名：“张建国”", "姓名：“李秀英”", "name=\"confirmed\"",
				"name=\"_csrf\"");
		assertThat(publicPart(preview)).doesNotContain("张建国", "李秀英").contains("同志：您好！");
		assertThat(replyText(id)).isNull();

		// sending without the tick, or with another value, is refused and stores nothing
		this.mvc.perform(reply(id, clerk, text, "PUBLIC", "send", null)).andExpect(status().is(422));
		this.mvc.perform(reply(id, clerk, text, "PUBLIC", "send", "yes")).andExpect(status().is(422));
		assertThat(replyText(id)).isNull();
		// without CSRF, or by another agency's clerk: refused
		this.mvc
			.perform(post("/admin/mailbox/letters/" + id + "/reply").session(clerk)
				.param("text", text)
				.param("visibility", "PUBLIC")
				.param("action", "send")
				.param("confirmed", "true"))
			.andExpect(status().isForbidden());
		long other = this.agencies.create(AgencyFixtures.county("他镇" + System.nanoTime()));
		MockHttpSession stranger = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, other));
		this.mvc.perform(reply(id, stranger, text, "PUBLIC", null, null)).andExpect(status().isForbidden());
		this.mvc.perform(reply(id, stranger, text, "PUBLIC", "send", "true")).andExpect(status().isForbidden());
		// hostile or empty text gets the reply form's message, no preview
		this.mvc.perform(reply(id, clerk, "", "PUBLIC", null, null)).andExpect(status().isBadRequest());
		this.mvc.perform(reply(id, clerk, "x".repeat(5001), "PUBLIC", null, null)).andExpect(status().isBadRequest());
		assertThat(replyText(id)).isNull();

		this.mvc.perform(reply(id, clerk, "您好！村道硬化工程将于下月开工。", "PUBLIC", "send", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(replyText(id)).isEqualTo("您好！村道硬化工程将于下月开工。");
	}

	@Test
	void aPrivateReplyGoesAtOnceAndTheStatisticsShowRatesWithCountsAndNoRatingAsSuch() throws Exception {
		AgencyData town = AgencyFixtures.county("统计镇" + System.nanoTime());
		long agency = this.agencies.create(town);
		// nothing received yet: no rate at all, never 0 %
		assertThat(this.mvc.perform(get("/agencies/" + town.creditCode() + "/mailbox"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"figures-rate\">暂无来信<");
		LetterReceipt first = this.intake.write(town.creditCode(), letter().form());
		LetterReceipt second = this.intake.write(town.creditCode(), letter().form());
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
		this.mvc.perform(reply(id(first), clerk, "已安排。", "PRIVATE", null, null)).andExpect(status().is3xxRedirection());
		assertThat(replyText(id(first))).isEqualTo("已安排。");

		String page = this.mvc.perform(get("/agencies/" + town.creditCode() + "/mailbox"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("100.0%（按期办结1件，共办结1件）", "暂无评价", "id=\"figures-rate\">50.0%<").doesNotContain(">0%<");
		String statistics = this.mvc.perform(get("/admin/mailbox/statistics").session(clerk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(statistics).contains("100.0%（按期办结1件，共办结1件）", "暂无评价", "<td class=\"rate\">50.0%</td>")
			.containsPattern("<text [^>]*>50\\.0%</text>");

		this.intake.rate(first.trackingNo(), first.queryCode(), Rating.BASICALLY_SATISFIED);
		this.mvc.perform(reply(id(second), clerk, "已处理。", "PRIVATE", null, null))
			.andExpect(status().is3xxRedirection());
		this.intake.rate(second.trackingNo(), second.queryCode(), Rating.UNSATISFIED);
		assertThat(this.mvc.perform(get("/agencies/" + town.creditCode() + "/mailbox"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("50.0%（满意和基本满意1件，共评价2件）", "100.0%（按期办结2件，共办结2件）");
	}

	private static MockHttpServletRequestBuilder reply(long id, MockHttpSession session, String text, String visibility,
			String action, String confirmed) {
		MockHttpServletRequestBuilder request = post("/admin/mailbox/letters/" + id + "/reply").session(session)
			.with(csrf())
			.param("text", text)
			.param("visibility", visibility);
		if (action != null) {
			request.param("action", action);
		}
		if (confirmed != null) {
			request.param("confirmed", confirmed);
		}
		return request;
	}

	private static String publicPart(String page) {
		int start = page.indexOf("id=\"public-reply-preview\"");
		return page.substring(start, page.indexOf("</div>", start));
	}

	private long id(LetterReceipt receipt) {
		return this.jdbc.queryForObject("select id from mbx_letter where tracking_no = ?", Long.class,
				receipt.trackingNo());
	}

	private String replyText(long id) {
		return this.jdbc.queryForObject("select reply_text from mbx_letter where id = ?", String.class, id);
	}

}
