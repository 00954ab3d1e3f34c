package org.gongkai.mailbox;

import java.util.List;

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
import org.gongkai.mailbox.letter.LetterStatus;
import org.gongkai.mailbox.letter.LetterTracking;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.ApplicationForm;
import org.gongkai.request.CaseDetails;
import org.gongkai.request.CaseStatus;
import org.gongkai.request.Channel;
import org.gongkai.request.Receipt;
import org.gongkai.request.RequestManagement;
import org.gongkai.request.rules.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.mailbox.MailboxFixtures.letter;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Letters that are really disclosure applications become request cases, and requests that
 * are really complaints (Regulations art. 39) become letters, answered as 不予处理 1 with a
 * note naming the letter; both records keep each other's number.
 */
@GongkaiTest
class ConversionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LetterIntake intake;

	@Autowired
	LetterHandling handling;

	@Autowired
	RequestManagement requests;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	java.time.Clock clock;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aLetterAskingForInformationBecomesARequestCaseReceivedTodayAndBothAreLinked() throws Exception {
		AgencyData data = AgencyFixtures.county("转申请县" + System.nanoTime());
		long agency = this.agencies.create(data);
		LetterReceipt receipt = this.intake.write(data.creditCode(), letter().withBody("请公开本镇2026年征地补偿标准文件。").form());
		long id = id(receipt);
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
		this.mvc.perform(get("/admin/mailbox/letters/" + id).session(clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请公开本镇2026年征地补偿标准文件。")));
		// without identity data the application is refused and the letter stays open
		this.mvc
			.perform(post("/admin/mailbox/letters/" + id + "/request").param("applicantType", "NATURAL_PERSON")
				.param("applicantName", "王五")
				.param("email", "wangwu@example.com")
				.param("description", "征地补偿标准")
				.param("formats", "EMAIL")
				.param("delivery", "ONLINE")
				.session(clerk)
				.with(csrf()))
			.andExpect(status().isBadRequest());
		String location = this.mvc
			.perform(post("/admin/mailbox/letters/" + id + "/request").param("applicantType", "NATURAL_PERSON")
				.param("applicantName", "王五")
				.param("idType", "居民身份证")
				.param("idNumber", "110101199003077777")
				.param("email", "wangwu@example.com")
				.param("description", "本镇2026年征地补偿标准文件")
				.param("formats", "EMAIL")
				.param("delivery", "ONLINE")
				.session(clerk)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(location).session(clerk)).andExpect(status().isOk());
		LetterTracking tracking = this.intake.track(receipt.trackingNo(), receipt.queryCode());
		assertThat(tracking.status()).isEqualTo(LetterStatus.CONVERTED);
		String requestNo = tracking.requestTrackingNo();
		assertThat(requestNo).startsWith("YSQ-");
		MailboxFixtures.signIn("clerk", Role.CLERK, agency);
		CaseDetails details = this.requests.details(caseId(requestNo));
		assertThat(details.summary().channel()).isEqualTo(Channel.MAILBOX);
		assertThat(details.summary().status()).isEqualTo(CaseStatus.RECEIVED);
		assertThat(details.summary().receivedOn()).isEqualTo(tracking.receivedOn());
		assertThat(details.description()).isEqualTo("本镇2026年征地补偿标准文件");
		assertThatThrownBy(() -> this.handling.reply(id, "再答复", ReplyVisibility.PRIVATE, false))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void aRequestThatIsReallyAComplaintIsClosedAsNotHandledOneWithAPointerToItsLetter() throws Exception {
		AgencyData data = AgencyFixtures.county("转投诉县" + System.nanoTime());
		long agency = this.agencies.create(data);
		MailboxFixtures.signIn("clerk", Role.CLERK, agency);
		Receipt request = this.requests.registerWalkIn(agency,
				new ApplicationForm("NATURAL_PERSON", "孙七", "居民身份证", "110101199003077777", "13800138000", null, null,
						"投诉邻居违章搭建，要求你们立即拆除。", List.of("PAPER"), "PICK_UP"),
				Channel.WALK_IN, java.time.LocalDate.now(this.clock));
		long caseId = caseId(request.trackingNo());
		SecurityContextHolder.clearContext();

		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
		this.mvc.perform(get("/admin/requests/" + caseId).session(clerk))
			.andExpect(content().string(containsString("/admin/mailbox/from-request")));
		String page = this.mvc.perform(
				post("/admin/mailbox/from-request").param("caseId", String.valueOf(caseId)).session(clerk).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"taken-over\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String letterNo = page.replaceAll("(?s).*(XJ-\\d{4}-" + agency + "-\\d{5}).*", "$1");
		MailboxFixtures.signIn("clerk", Role.CLERK, agency);
		CaseDetails details = this.requests.details(caseId);
		assertThat(details.outcome()).isEqualTo(Outcome.NOT_HANDLED_PETITION);
		assertThat(details.outcome().row()).isEqualTo("3.5.1");
		assertThat(details.decisionNote()).contains(letterNo);
		assertThat(details.summary().status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
		LetterDetails letter = this.handling.details(id(letterNo));
		assertThat(letter.summary().type()).isEqualTo(LetterType.COMPLAINT);
		assertThat(letter.fromRequestNo()).isEqualTo(request.trackingNo());
		assertThat(letter.body()).isEqualTo("投诉邻居违章搭建，要求你们立即拆除。");
		assertThat(letter.publicConsent()).isFalse();
		// a second take-over is refused: the case is no longer open for a decision
		assertThatThrownBy(() -> this.intake.takeOverRequest(caseId)).isInstanceOf(RuleViolationException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from mbx_letter where from_request_case_id = ?",
				Long.class, caseId))
			.isEqualTo(1);
	}

	private long caseId(String trackingNo) {
		return this.jdbc.queryForObject("select id from req_case where tracking_no = ?", Long.class, trackingNo);
	}

	private long id(LetterReceipt receipt) {
		return id(receipt.trackingNo());
	}

	private long id(String trackingNo) {
		return this.jdbc.queryForObject("select id from mbx_letter where tracking_no = ?", Long.class, trackingNo);
	}

}
