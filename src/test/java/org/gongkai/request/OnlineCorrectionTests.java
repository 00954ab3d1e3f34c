package org.gongkai.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.calendar.rules.WorkingDayRules;
import org.gongkai.request.casework.CaseHandling;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.submission.FormKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The applicant sends the corrected application from the tracking page (Regulations art.
 * 30): only with the right code, only while a correction is awaited and its period runs;
 * the 20 working days run again from that day and the original text stays in the log.
 */
@GongkaiTest
class OnlineCorrectionTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestManagement requests;

	@Autowired
	CaseHandling handling;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AuditLog audit;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@Test
	void theCorrectedApplicationReplacesTheDescriptionAndRestartsTheTwentyDays() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		Case c = caseAwaitingCorrection(today.plusDays(10));
		this.mvc.perform(track(c.receipt.trackingNo(), c.receipt.queryCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"correction-form\"")))
			.andExpect(content().string(containsString(today.plusDays(10).toString())));

		// the form answers with a redirect to the receipt; sent again (a reload), it
		// files nothing
		String key = UUID.randomUUID().toString();
		MvcResult sent = correct(c.receipt.trackingNo(), c.receipt.queryCode(), "  2025年第3号会议纪要\u0000全文  ", key)
			.andExpect(status().isSeeOther())
			.andReturn();
		MvcResult resent = correct(c.receipt.trackingNo(), c.receipt.queryCode(), "  2025年第3号会议纪要\u0000全文  ", key)
			.andExpect(status().isSeeOther())
			.andReturn();
		assertThat(resent.getResponse().getRedirectedUrl()).isEqualTo(sent.getResponse().getRedirectedUrl());
		assertThat(FormKeys.followReceipt(this.mvc, resent)).contains("补正后的申请已提交")
			.contains(c.receipt.trackingNo())
			.doesNotContain("id=\"correction-form\"");

		CaseDetails details = details(c);
		assertThat(details.description()).isEqualTo("2025年第3号会议纪要全文");
		assertThat(details.clock().countsFrom()).isEqualTo(today);
		assertThat(details.clock().due()).isEqualTo(WorkingDayRules.bundled().deadline(today, 20).due());
		assertThat(details.events()).extracting(CaseEvent::kind)
			.containsExactly("correction-requested", "letter-released", "correction-received-online");
		assertThat(details.events().get(2).detail()).isEqualTo("本县2026年财政预算执行情况");
		assertThat(this.audit.find(new AuditQuery("public", "request.correction-received", "DisclosureRequest",
				String.valueOf(c.id), null, null), 0, 5))
			.hasSize(1);
		// the API shows that no correction is awaited any more
		this.mvc
			.perform(get("/api/v1/requests/" + c.receipt.trackingNo()).param("code", c.receipt.queryCode())
				.with(from(newAddress())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.correctionDueOn").doesNotExist());

		// the one correction is used: a second one is refused and changes nothing
		correct(c.receipt.trackingNo(), c.receipt.queryCode(), "又一次补正").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("没有待收的补正")));
		assertThat(details(c).description()).isEqualTo("2025年第3号会议纪要全文");
	}

	@Test
	void theTrackingApiListsTheCorrectionItemsAndTheTimelineInPlainWordsAsThePageDoes() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		Case c = caseAwaitingCorrection(today.plusDays(10));
		this.mvc
			.perform(get("/api/v1/requests/" + c.receipt.trackingNo()).param("code", c.receipt.queryCode())
				.with(from(newAddress())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.correctionDueOn").value(today.plusDays(10).toString()))
			.andExpect(jsonPath("$.correctionItems[0].missing").value("所需信息的名称或文号"))
			.andExpect(jsonPath("$.correctionItems[0].suggestion").value("例如：2025年城南片区改造批复"))
			.andExpect(jsonPath("$.timeline[0].kind").value("received"))
			.andExpect(jsonPath("$.timeline[0].on").value(today.toString()))
			.andExpect(jsonPath("$.timeline[0].text").value("本机关收到您的申请，答复期限从次日起计算。"))
			.andExpect(jsonPath("$.timeline[?(@.kind == 'correction-requested')].text")
				.value(org.hamcrest.Matchers.hasItem(containsString("补正期限至 " + today.plusDays(10)))))
			.andExpect(jsonPath("$.documents").isArray());
		correct(c.receipt.trackingNo(), c.receipt.queryCode(), "2025年第3号会议纪要全文").andExpect(status().isSeeOther());
		this.mvc
			.perform(get("/api/v1/requests/" + c.receipt.trackingNo()).param("code", c.receipt.queryCode())
				.with(from(newAddress())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.correctionItems").isEmpty())
			.andExpect(jsonPath("$.timeline[*].kind").value(org.hamcrest.Matchers.hasItem("correction-received")));
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/requests/{trackingNo}'].get.description")
				.value(containsString("correctionItems")));
	}

	@Test
	void aWrongCodeAnUnawaitedCorrectionAndHostileTextChangeNothing() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		Case waiting = caseAwaitingCorrection(today.plusDays(5));
		correct(waiting.receipt.trackingNo(), "WRONG123", "补正").andExpect(status().isNotFound())
			.andExpect(content().string(containsString("查询码")));
		correct(waiting.receipt.trackingNo(), waiting.receipt.queryCode(), "").andExpect(status().isBadRequest());
		correct(waiting.receipt.trackingNo(), waiting.receipt.queryCode(), "\u0000\u0001  ")
			.andExpect(status().isBadRequest());
		correct(waiting.receipt.trackingNo(), waiting.receipt.queryCode(), "长".repeat(2001))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("2000")));
		assertThat(FormKeys.followReceipt(this.mvc,
				correct(waiting.receipt.trackingNo(), waiting.receipt.queryCode(), "<script>alert(1)</script>")
					.andReturn()))
			.doesNotContain("<script>alert(1)");
		assertThat(details(waiting).description()).isEqualTo("<script>alert(1)</script>");
		this.mvc.perform(get("/admin/requests/" + waiting.id).session(staff(waiting)))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));

		// no correction asked for: refused
		Case plain = received();
		correct(plain.receipt.trackingNo(), plain.receipt.queryCode(), "补正").andExpect(status().isBadRequest());
		assertThat(details(plain).events()).isEmpty();
	}

	@Test
	void aCorrectionAfterItsPeriodIsRefusedAsArticleThirtyDeemsTheApplicationAbandoned() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		Case c = received();
		// the notice went out two weeks ago with a period that ended yesterday
		new TransactionTemplate(this.transactions).executeWithoutResult((tx) -> this.cases.findById(c.id)
			.orElseThrow()
			.requestCorrection(today.minusDays(14), today.minusDays(1), CaseFixtures.correctionItems(), "clerk",
					Instant.now(this.clock)));
		this.mvc.perform(track(c.receipt.trackingNo(), c.receipt.queryCode()))
			.andExpect(content().string(not(containsString("id=\"correction-form\""))));
		correct(c.receipt.trackingNo(), c.receipt.queryCode(), "迟到的补正").andExpect(status().isBadRequest());
		assertThat(details(c).description()).isEqualTo("本县2026年财政预算执行情况");
	}

	@Test
	void correctionsAreRateLimitedLikeLookUps() throws Exception {
		Case c = caseAwaitingCorrection(LocalDate.now(this.clock).plusDays(5));
		String address = newAddress();
		int limited = 0;
		for (int i = 0; i < 10; i++) {
			int status = this.mvc
				.perform(post("/requests/track/correction").with(csrf())
					.with(FormKeys.fresh())
					.with(from(address))
					.param("trackingNo", c.receipt.trackingNo())
					.param("code", "WRONG123")
					.param("correction", "x"))
				.andReturn()
				.getResponse()
				.getStatus();
			limited += (status == 429) ? 1 : 0;
		}
		assertThat(limited).isGreaterThan(0);
		this.mvc
			.perform(post("/requests/track/correction").with(from(newAddress()))
				.param("trackingNo", c.receipt.trackingNo())
				.param("code", c.receipt.queryCode())
				.param("correction", "无令牌"))
			.andExpect(status().isForbidden());
		assertThat(details(c).events()).extracting(CaseEvent::kind)
			.containsExactly("correction-requested", "letter-released");
	}

	private Case caseAwaitingCorrection(LocalDate periodEndsOn) {
		Case c = received();
		CaseFixtures.asDoing("clerk", Role.CLERK, c.agency,
				() -> this.handling.requestCorrection(c.id, periodEndsOn, CaseFixtures.correctionItems()));
		return c;
	}

	private Case received() {
		long agency = this.agencies.create(AgencyFixtures.county("补正县" + System.nanoTime()));
		Receipt receipt = CaseFixtures.as("clerk", Role.CLERK, agency, () -> this.requests.registerWalkIn(agency,
				CaseFixtures.form(CaseFixtures.idNumber()), Channel.WALK_IN, LocalDate.now(this.clock)));
		return new Case(agency, this.cases.findByTrackingNo(receipt.trackingNo()).orElseThrow().id(), receipt);
	}

	private CaseDetails details(Case c) {
		return CaseFixtures.as("reader", Role.CLERK, c.agency, () -> this.requests.details(c.id));
	}

	private MockHttpSession staff(Case c) throws Exception {
		return Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, c.agency));
	}

	private ResultActions correct(String trackingNo, String code, String text) throws Exception {
		return correct(trackingNo, code, text, UUID.randomUUID().toString());
	}

	private ResultActions correct(String trackingNo, String code, String text, String key) throws Exception {
		return this.mvc.perform(post("/requests/track/correction").with(csrf())
			.with(FormKeys.key(key))
			.with(from(newAddress()))
			.param("trackingNo", trackingNo)
			.param("code", code)
			.param("correction", text));
	}

	private static RequestBuilder track(String trackingNo, String code) {
		return post("/requests/track").with(csrf())
			.with(from(newAddress()))
			.param("trackingNo", trackingNo)
			.param("code", code);
	}

	private static String newAddress() {
		return "10.77." + (ADDRESSES.incrementAndGet() / 250) + "." + (ADDRESSES.get() % 250 + 1);
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private record Case(long agency, long id, Receipt receipt) {
	}

}
