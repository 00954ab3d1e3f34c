package org.gongkai.mailbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.TestClock;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.mailbox.letter.RegisteredLetter;
import org.gongkai.platform.WorkFigure;
import org.gongkai.platform.WorkFigureSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Letters that did not come through the website (docs/legal-rules.md, Interaction): a
 * message taken on the supervision telephone is registered with its day of receipt, gets
 * a number and its deadline from that day, is answered by telephone and counted in the
 * statistics, the figures and the inspection's reading with its channel; the register
 * form refuses what it must with every problem at once, and only the agency's clerks may
 * use it.
 */
@GongkaiTest
class LetterChannelTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	MailboxProperties properties;

	@Autowired
	LetterTimeliness timeliness;

	@Autowired
	List<WorkFigureSource> figureSources;

	@Autowired
	JdbcTemplate jdbc;

	record Town(long id, MockHttpSession clerk, MockHttpSession reviewer) {

	}

	Town town(String name) throws Exception {
		long county = this.agencies.create(AgencyFixtures.county("来信县" + System.nanoTime()));
		AgencyData data = AgencyFixtures.under(county, AgencyLevel.TOWNSHIP, name + System.nanoTime());
		long id = this.agencies.create(data);
		return new Town(id, Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.REVIEWER, id)));
	}

	static MockHttpServletRequestBuilder register(long agencyId, String... overrides) {
		Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("agencyId", "" + agencyId);
		params.put("channel", "phone");
		params.put("accountId", "");
		params.put("receivedOn", TestClock.INSTANCE.today().minusDays(7).toString());
		params.put("mailboxId", "");
		params.put("type", "CONSULTATION");
		params.put("subject", "咨询耕地地力保护补贴发放时间");
		params.put("body", "来电群众询问今年耕地地力保护补贴何时到账。");
		params.put("name", "");
		params.put("phone", "13900000000");
		params.put("email", "");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder post = post("/admin/mailbox/register");
		params.forEach(post::param);
		return post.with(csrf());
	}

	String body(RequestBuilder request, int expected) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	int letters(long agencyId) {
		return this.jdbc.queryForObject("select count(*) from mbx_letter where receiving_agency_id = ?", Integer.class,
				agencyId);
	}

	@Test
	void aPhoneMessageIsRegisteredWithItsReceiptDateRepliedByPhoneAndCountedWithItsChannel() throws Exception {
		Town town = town("电话镇");
		LocalDate today = TestClock.INSTANCE.today();
		LocalDate received = today.minusDays(7);
		body(get("/admin/mailbox/register").session(town.clerk()), 200);
		MvcResult result = this.mvc.perform(register(town.id()).session(town.clerk()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		RegisteredLetter registered = (RegisteredLetter) result.getFlashMap().get("registered");
		assertThat(registered.trackingNo()).startsWith("XJ-" + today.getYear() + "-" + town.id() + "-");
		String page = body(get("/admin/mailbox/letters/" + registered.id()).session(town.clerk()), 200);
		LocalDate due = this.calendar.deadline(received, this.properties.replyDays(LetterType.CONSULTATION)).due();
		assertThat(page).contains("监督电话", "未留姓名", received.toString(), due.toString(), "答复方式", "电话答复");
		assertThat(this.jdbc.queryForMap(
				"select channel, received_on, registered_by, writer_name from mbx_letter where id = ?",
				registered.id()))
			.containsEntry("CHANNEL", "PHONE")
			.containsEntry("WRITER_NAME", null);
		// answered by telephone, privately
		this.mvc
			.perform(post("/admin/mailbox/letters/" + registered.id() + "/reply").param("text", "已电话答复：补贴已于本月初发放。")
				.param("visibility", "PRIVATE")
				.param("mode", "PHONE")
				.session(town.clerk())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String replied = body(get("/admin/mailbox/letters/" + registered.id()).session(town.clerk()), 200);
		assertThat(replied).contains("id=\"reply-mode\">电话答复", "已电话答复");
		assertThat(this.jdbc.queryForObject("select reply_mode from mbx_letter where id = ?", String.class,
				registered.id()))
			.isEqualTo("PHONE");
		// the statistics by channel, the list's filter, the inspection's reading and the
		// figures
		String statistics = body(get("/admin/mailbox/statistics").session(town.clerk()), 200);
		String phoneRow = statistics.substring(statistics.indexOf("data-channel=\"phone\""));
		phoneRow = phoneRow.substring(0, phoneRow.indexOf("</tr>"));
		assertThat(phoneRow).contains("class=\"received\">1<", "class=\"answered\">1<");
		assertThat(
				body(get("/admin/mailbox").param("list", "all").param("channel", "phone").session(town.clerk()), 200))
			.contains(registered.trackingNo());
		assertThat(
				body(get("/admin/mailbox").param("list", "all").param("channel", "visit").session(town.clerk()), 200))
			.doesNotContain(registered.trackingNo());
		assertThat(this.timeliness.ofAgency(town.id())).singleElement()
			.satisfies((t) -> assertThat(t.receivedOn()).isEqualTo(received))
			.satisfies((t) -> assertThat(t.dueOn()).isEqualTo(due));
		Map<String, Long> figures = this.figureSources.stream()
			.flatMap((s) -> s.figuresOf(town.id(), received, today).stream())
			.filter((f) -> f.key().startsWith("mailbox.letters.channel."))
			.peek((f) -> assertThat(f.section()).isEqualTo(WorkFigure.Section.RESPONSE))
			.collect(Collectors.toMap(WorkFigure::key, WorkFigure::value));
		assertThat(figures).containsEntry("mailbox.letters.channel.phone", 1L)
			.containsEntry("mailbox.letters.channel.website", 0L)
			.hasSize(LetterChannel.values().length);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from aud_entry where action = 'mailbox.letter-registered' and object_id = ?",
				Integer.class, String.valueOf(registered.id())))
			.isEqualTo(1);
	}

	@Test
	void theRegisterFormShowsEveryProblemAtOnceAndStoresNothing() throws Exception {
		Town town = town("拒登镇");
		LocalDate today = TestClock.INSTANCE.today();
		String future = body(register(town.id(), "receivedOn", today.plusDays(1).toString(), "subject", "", "body",
				"<script>alert(1)</script>", "type", "PETITION", "phone", "call me", "email", "x@")
			.session(town.clerk()), 400);
		assertThat(future).contains("收到日期不能晚于今天", "请填写标题", "来信内容不能包含网页标记", "请选择来信类型", "联系电话格式不正确", "电子邮箱格式不正确")
			.doesNotContain("<script>alert(1)</script>");
		assertThat(body(
				register(town.id(), "receivedOn", today.minusYears(1).minusDays(1).toString()).session(town.clerk()),
				400))
			.contains("收到日期不能早于一年前");
		assertThat(body(register(town.id(), "receivedOn", "2026-02-30").session(town.clerk()), 400))
			.contains("请填写收到日期");
		assertThat(body(register(town.id(), "channel", "website").session(town.clerk()), 400)).contains("请选择来信渠道");
		assertThat(body(register(town.id(), "channel", "new-media", "accountId", "12345").session(town.clerk()), 400))
			.contains("请选择收到留言的本单位政务新媒体账号");
		assertThat(body(register(town.id(), "mailboxId", "abc").session(town.clerk()), 400)).contains("请选择本机关的信箱");
		assertThat(body(register(town.id(), "subject", "x".repeat(101)).session(town.clerk()), 400)).contains("请填写标题");
		assertThat(letters(town.id())).isZero();
		// a year ago to the day is still accepted
		this.mvc
			.perform(register(town.id(), "receivedOn", today.minusYears(1).toString(), "channel", "SUGGESTION_BOX")
				.session(town.clerk()))
			.andExpect(status().is3xxRedirection());
		assertThat(letters(town.id())).isEqualTo(1);
	}

	@Test
	void onlyTheAgencysClerksRegister() throws Exception {
		Town town = town("本镇");
		Town other = town("外镇");
		body(register(town.id()).session(other.clerk()), 403);
		body(register(town.id()).session(town.reviewer()), 403);
		body(get("/admin/mailbox/register").param("agency", "" + town.id()).session(other.clerk()), 403);
		body(get("/admin/mailbox/register").session(town.reviewer()), 403);
		this.mvc.perform(register(town.id())).andExpect(status().is3xxRedirection());
		assertThat(letters(town.id())).isZero();
	}

}
