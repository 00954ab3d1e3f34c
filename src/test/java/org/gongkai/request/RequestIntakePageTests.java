package org.gongkai.request;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.request.CaseFixtures.Office;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.casework.DisclosureRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff intake page for offline applications (Regulations arts. 29, 31):
 * {@code /admin/requests/new}.
 */
@GongkaiTest
class RequestIntakePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Clock clock;

	@Test
	void aClerkRegistersALetterAndGetsTheNumberAndCodeForTheApplicant() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		this.mvc.perform(get("/admin/requests/new").session(office.clerk()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"receivedOn\"")))
			.andExpect(content().string(containsString("value=\"ORAL\"")))
			.andExpect(content().string(not(containsString(">网上申请<"))));
		LocalDate signedFor = LocalDate.now(this.clock).minusDays(3);
		MvcResult result = this.mvc
			.perform(form(office.clerk(), office.agency(), "channel", "LETTER", "receivedOn", signedFor.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请将申请编号和查询码交给申请人")))
			.andReturn();
		String page = result.getResponse().getContentAsString();
		String number = page.replaceAll("(?s).*id=\"tracking-no\">([^<]+)<.*", "$1");
		assertThat(number).startsWith("YSQ-");
		DisclosureRequest stored = this.cases.findByTrackingNo(number).orElseThrow();
		assertThat(stored.receivedOn()).isEqualTo(signedFor);
		assertThat(stored.status()).isEqualTo(CaseStatus.RECEIVED);
		assertThat(stored.summary(null).channel()).isEqualTo(Channel.LETTER);
		String code = page.replaceAll("(?s).*id=\"query-code\">([^<]+)<.*", "$1");
		this.mvc.perform(post("/requests/track").with(csrf()).param("trackingNo", number).param("code", code))
			.andExpect(status().isOk());
	}

	@Test
	void hostileOrInvalidIntakeIsRefusedInChineseAndStoresNothing() throws Exception {
		Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		Office other = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		LocalDate today = LocalDate.now(this.clock);
		long before = this.cases.countByAgencyId(office.agency());
		String now = today.toString();
		send(form(office.clerk(), office.agency(), "receivedOn", today.plusDays(1).toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不得晚于今天")));
		send(form(office.clerk(), office.agency(), "receivedOn", today.minusYears(1).minusDays(1).toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("收到申请的日期不得早于")));
		send(form(office.clerk(), office.agency(), "receivedOn", "2026-02-30")).andExpect(status().isBadRequest());
		send(form(office.clerk(), office.agency(), "receivedOn", now, "channel", "ONLINE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择网上申请以外的申请渠道")));
		send(form(office.clerk(), other.agency(), "receivedOn", now)).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择您担任信息员的机关")));
		send(form(office.clerk(), office.agency(), "receivedOn", now, "agencyId", "<script>alert(1)</script>"))
			.andExpect(status().isBadRequest());
		send(form(office.clerk(), office.agency(), "receivedOn", now, "applicantName", "x".repeat(5000)))
			.andExpect(status().isBadRequest());
		send(form(office.clerk(), office.agency(), "receivedOn", now, "applicantName", "<script>alert(1)</script>",
				"description", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
		assertThat(this.cases.countByAgencyId(office.agency())).isEqualTo(before);
		assertThat(this.cases.countByAgencyId(other.agency())).isZero();

		// Only clerks register; without CSRF nothing happens.
		this.mvc.perform(get("/admin/requests/new").session(office.leader())).andExpect(status().isForbidden());
		send(form(office.leader(), office.agency(), "receivedOn", now)).andExpect(status().isForbidden());
		MockHttpSession admin = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.AUDIT_ADMIN, null));
		this.mvc.perform(get("/admin/requests/new").session(admin)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/requests/new").session(office.clerk())
				.param("agencyId", String.valueOf(office.agency()))
				.param("channel", "WALK_IN"))
			.andExpect(status().isForbidden());
		assertThat(this.cases.countByAgencyId(office.agency())).isEqualTo(before);
	}

	private ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request);
	}

	/**
	 * The intake form with valid values, {@code overrides} (name, value, ...) replacing
	 * them.
	 */
	private static MockHttpServletRequestBuilder form(MockHttpSession session, long agencyId, String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("agencyId", String.valueOf(agencyId));
		fields.put("channel", "WALK_IN");
		fields.put("applicantType", "NATURAL_PERSON");
		fields.put("applicantName", "赵六");
		fields.put("idType", "居民身份证");
		fields.put("idNumber", CaseFixtures.idNumber());
		fields.put("phone", "13800138000");
		fields.put("address", "人民路8号");
		fields.put("description", "本县2026年道路养护计划");
		fields.put("formats", "PAPER");
		fields.put("delivery", "PICK_UP");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/requests/new").session(session).with(csrf());
		fields.forEach(request::param);
		return request;
	}

}
