package org.gongkai.mailbox;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.mailbox.letter.LetterDetails;
import org.gongkai.mailbox.letter.LetterHandling;
import org.gongkai.mailbox.letter.LetterIntake;
import org.gongkai.mailbox.letter.LetterList;
import org.gongkai.mailbox.letter.LetterSummary;
import org.gongkai.mailbox.letter.LetterWorklists;
import org.gongkai.platform.RuleViolationException;
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
import static org.gongkai.mailbox.MailboxFixtures.letter;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the portal shows of letters (docs/legal-rules.md, Interaction): only public
 * replies, with personal data masked by the privacy scanner on every page and feed, the
 * writer never named, an abusive or withheld question left out; private replies only
 * through the query code.
 */
@GongkaiTest
class ModerationTests {

	private static final String MOBILE = "13912345678";

	@Autowired
	MockMvc mvc;

	@Autowired
	LetterIntake intake;

	@Autowired
	LetterWorklists worklists;

	@Autowired
	LetterHandling handling;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountManagement accounts;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anIdNumberInALetterNeverAppearsOnAPublicPageOrFeed() throws Exception {
		AgencyData data = AgencyFixtures.county("遮盖县" + System.nanoTime());
		long agency = this.agencies.create(data);
		LetterReceipt receipt = this.intake.write(data.creditCode(),
				letter().withName("赵六")
					.withSubject("身份证 " + ID_NUMBER + " 的低保申请进度")
					.withBody("我的身份证号码是" + ID_NUMBER + "，手机 " + MOBILE + "，请问低保审核到哪一步了？")
					.form());
		long id = id(receipt);
		MailboxFixtures.signIn("clerk", Role.CLERK, agency);
		assertThat(this.handling.details(id).publicBody()).contains(MASKED_ID).doesNotContain(ID_NUMBER);
		this.handling.reply(id, "经查，申请人（" + ID_NUMBER + "）的低保申请已通过乡镇审核。", ReplyVisibility.PUBLIC, true);
		SecurityContextHolder.clearContext();

		String base = "/agencies/" + data.creditCode() + "/mailbox";
		for (String page : new String[] { base, base + "/replies/" + receipt.trackingNo(), base + "/feed.atom",
				base + "/feed.rss" }) {
			String body = this.mvc.perform(get(page))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).as(page).doesNotContain(ID_NUMBER).doesNotContain(MOBILE).doesNotContain("赵六");
			assertThat(body).as(page).contains(MASKED_ID);
		}
		String reply = this.mvc.perform(get(base + "/replies/" + receipt.trackingNo()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(reply).contains("139****5678", "低保审核到哪一步了", "已通过乡镇审核");
		// the writer reads the own letter's reply with the code
		assertThat(this.intake.track(receipt.trackingNo(), receipt.queryCode()).replyText()).contains(ID_NUMBER);
	}

	@Test
	void aProbableNameInTheSubjectIsAWarningForStaffAndMaskedForThePublic() throws Exception {
		AgencyData data = AgencyFixtures.county("标题县" + System.nanoTime());
		long agency = this.agencies.create(data);
		LetterReceipt receipt = this.intake.write(data.creditCode(),
				letter().withName("钱七").withSubject("举报张三等人占道经营").withBody("门前道路被长期占用，请处理。").form());
		long id = id(receipt);
		MailboxFixtures.signIn("clerk", Role.CLERK, agency);
		LetterDetails details = this.handling.details(id);
		assertThat(details.subjectNames()).containsExactly("张三");
		assertThat(details.publicSubject()).isEqualTo("举报张*等人占道经营");
		MockHttpSession staff = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
		assertThat(this.mvc.perform(get("/admin/mailbox/letters/" + id).session(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"subject-warning\"", "可能有他人姓名：张三", "举报张*等人占道经营");
		MailboxFixtures.signIn("clerk", Role.CLERK, agency);
		this.handling.reply(id, "已安排城管中队处理。", ReplyVisibility.PUBLIC, true);
		SecurityContextHolder.clearContext();

		String base = "/agencies/" + data.creditCode() + "/mailbox";
		for (String page : new String[] { base, base + "/replies/" + receipt.trackingNo(), base + "/feed.atom" }) {
			String body = this.mvc.perform(get(page))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).as(page).doesNotContain("张三").contains("举报张*等人占道经营");
		}
	}

	@Test
	void fullWidthAndSpacedNumbersTheWritersNameAndSalutationsNeverAppearOnAPublicPageOrFeed() throws Exception {
		AgencyData data = AgencyFixtures.county("全角县" + System.nanoTime());
		long agency = this.agencies.create(data);
		String wideMobile = "１３９１２３４５６７８";
		String spacedId = "110101 19900307 651X";
		LetterReceipt receipt = this.intake.write(data.creditCode(),
				letter().withName("钱七")
					.withSubject("低保申请")
					.withBody("我叫钱七，身份证 " + spacedId + "，手机" + wideMobile + "，家住东风村3组12号。")
					.form());
		long id = id(receipt);
		MailboxFixtures.signIn("clerk", Role.CLERK, agency);
		this.handling.reply(id, "钱七同志：您好！经孙小红女士核实，身份证１１０１０１－１９９００３０７－６５１Ｘ的申请已受理。", ReplyVisibility.PUBLIC, true);
		assertThat(this.handling.details(id).publicReply()).contains("钱*同志", "孙**女士").doesNotContain("钱七", "孙小红");
		SecurityContextHolder.clearContext();

		String base = "/agencies/" + data.creditCode() + "/mailbox";
		for (String page : new String[] { base, base + "/replies/" + receipt.trackingNo(), base + "/feed.atom",
				base + "/feed.rss" }) {
			assertThat(page(page)).as(page)
				.doesNotContain(wideMobile, spacedId, "１１０１０１－１９９００３０７－６５１Ｘ", "钱七", "孙小红", "3组12号");
		}
		assertThat(page(base + "/replies/" + receipt.trackingNo())).contains("１３９＊＊＊＊５６７８", "钱*同志", "东风村*组**号");
	}

	@Test
	void aWithheldQuestionLeavesOnlyTheReplyAndTheWordListWithholdsAbusiveLettersUntilReleased() throws Exception {
		AgencyData data = AgencyFixtures.county("审核县" + System.nanoTime());
		long agency = this.agencies.create(data);
		LetterReceipt abusive = this.intake.write(data.creditCode(),
				letter().withSubject("狗官不作为").withBody("你们这些狗官，路修了三年还没修好。").form());
		LetterReceipt plain = this.intake.write(data.creditCode(),
				letter().withSubject("路灯不亮").withBody("人民路路灯不亮已有一周。").form());
		MailboxFixtures.signIn("clerk", Role.CLERK, agency);
		assertThat(this.handling.details(id(abusive)).summary().flagged()).isTrue();
		assertThat(this.handling.details(id(abusive)).questionWithheld()).isTrue();
		assertThat(this.handling.details(id(plain)).summary().flagged()).isFalse();
		assertThat(this.worklists.dashboard(LetterList.FLAGGED).rows()).extracting(LetterSummary::id)
			.containsExactly(id(abusive));
		this.handling.reply(id(abusive), "道路改造工程将于下月完工。", ReplyVisibility.PUBLIC, true);
		this.handling.reply(id(plain), "已安排维修。", ReplyVisibility.PUBLIC, true);
		this.handling.withholdQuestion(id(plain), true);
		SecurityContextHolder.clearContext();

		String base = "/agencies/" + data.creditCode() + "/mailbox";
		String column = page(base);
		assertThat(column).doesNotContain("狗官").doesNotContain("路灯不亮").contains("来信（内容不予公开）");
		String one = page(base + "/replies/" + plain.trackingNo());
		assertThat(one).doesNotContain("人民路路灯不亮").contains("已安排维修", "该来信内容经审核不予公开");
		assertThat(page(base + "/feed.atom")).doesNotContain("狗官").contains("道路改造工程将于下月完工");

		MailboxFixtures.signIn("clerk", Role.CLERK, agency);
		this.handling.withholdQuestion(id(plain), false);
		SecurityContextHolder.clearContext();
		assertThat(page(base + "/replies/" + plain.trackingNo())).contains("人民路路灯不亮");
	}

	@Test
	void privateRepliesAreNotListedAndAPublicReplyNeedsTheWritersConsent() throws Exception {
		AgencyData data = AgencyFixtures.county("密码答复县" + System.nanoTime());
		long agency = this.agencies.create(data);
		LetterReceipt secret = this.intake.write(data.creditCode(),
				letter().withSubject("家事咨询").withConsent(false).form());
		MailboxFixtures.signIn("clerk", Role.CLERK, agency);
		assertThatThrownBy(() -> this.handling.reply(id(secret), "公开答复", ReplyVisibility.PUBLIC, true))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "mailbox.visibility.no-consent");
		this.handling.reply(id(secret), "请携带材料到民政办办理。", ReplyVisibility.PRIVATE, false);
		SecurityContextHolder.clearContext();
		String base = "/agencies/" + data.creditCode() + "/mailbox";
		assertThat(page(base)).doesNotContain("家事咨询").doesNotContain("民政办");
		assertThat(page(base + "/feed.rss")).doesNotContain("民政办");
		this.mvc.perform(get(base + "/replies/" + secret.trackingNo())).andExpect(status().isNotFound());
		assertThat(this.intake.track(secret.trackingNo(), secret.queryCode()).replyText()).contains("民政办");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theServiceRefusesAPublicReplyTheClerkDidNotConfirmAndStoresNothing() throws Exception {
		AgencyData data = AgencyFixtures.county("确认答复县" + System.nanoTime());
		long agency = this.agencies.create(data);
		LetterReceipt receipt = this.intake.write(data.creditCode(), letter().withSubject("公交站牌").form());
		MailboxFixtures.signIn("clerk", Role.CLERK, agency);
		assertThatThrownBy(() -> this.handling.reply(id(receipt), "已更换站牌。", ReplyVisibility.PUBLIC, false))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "mailbox.reply.unconfirmed");
		assertThat(this.handling.details(id(receipt)).replyText()).isNull();
		this.handling.reply(id(receipt), "已更换站牌。", ReplyVisibility.PUBLIC, true);
		assertThat(this.handling.details(id(receipt)).replyText()).isEqualTo("已更换站牌。");
		SecurityContextHolder.clearContext();
	}

	private long id(LetterReceipt receipt) {
		return this.jdbc.queryForObject("select id from mbx_letter where tracking_no = ?", Long.class,
				receipt.trackingNo());
	}

}
