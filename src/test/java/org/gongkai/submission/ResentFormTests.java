package org.gongkai.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.gongkai.GongkaiTest;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.mailbox.consultation.PolicyConsultations;
import org.gongkai.mailbox.survey.Surveys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10: a reloaded confirmation page, a double click or a retry after a time-out
 * files nothing twice. Every public form and API call that files something is sent with
 * the same bytes twice and must leave one record and answer with the same receipt; the
 * receipt page shows the query code only to the submitting browser, again on a refresh,
 * and not after it expires.
 */
@GongkaiTest
class ResentFormTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private static final Pattern TRACKING_NO = Pattern.compile("id=\"tracking-no\">([^<]+)<");

	private static final Pattern QUERY_CODE = Pattern.compile("id=\"query-code\">([^<]+)<");

	private static final Pattern FORM_KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Submissions submissions;

	@Autowired
	PolicyConsultations consultations;

	@Autowired
	Surveys surveys;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aResentApplicationFormFilesOnceAndRedirectsToTheSameReceipt() throws Exception {
		AgencyData data = AgencyFixtures.county("重发县" + System.nanoTime());
		long agency = this.agencies.create(data);
		String page = this.mvc.perform(get("/agencies/" + data.creditCode() + "/requests/new"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String key = find(FORM_KEY, page);

		MvcResult first = this.mvc.perform(application(data.creditCode(), key, "本县2025年财政预算")).andReturn();
		MvcResult again = this.mvc.perform(application(data.creditCode(), key, "本县2025年财政预算")).andReturn();

		assertThat(first.getResponse().getStatus()).isEqualTo(303);
		assertThat(again.getResponse().getStatus()).isEqualTo(303);
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(count("select count(*) from req_case where agency_id = ?", agency)).isEqualTo(1);
		String receipt = FormKeys.followReceipt(this.mvc, first);
		assertThat(find(TRACKING_NO, receipt)).matches("YSQ-\\d{4}-" + agency + "-00001");
		assertThat(FormKeys.followReceipt(this.mvc, again)).isEqualTo(receipt);
		// the receipt opens under its own agency's address only
		AgencyData other = AgencyFixtures.county("他县" + System.nanoTime());
		this.agencies.create(other);
		this.mvc.perform(get(first.getResponse().getRedirectedUrl().replace(data.creditCode(), other.creditCode())))
			.andExpect(status().isNotFound());

		// the next form instance is the next application
		MvcResult next = this.mvc.perform(application(data.creditCode(), UUID.randomUUID().toString(), "另一件"))
			.andReturn();
		assertThat(find(TRACKING_NO, FormKeys.followReceipt(this.mvc, next))).endsWith("-00002");
	}

	@Test
	void theReceiptShowsTheCodeOnRefreshOnlyToTheSubmitterAndNotAfterItExpires() throws Exception {
		AgencyData data = AgencyFixtures.county("回执县" + System.nanoTime());
		this.agencies.create(data);
		MvcResult posted = this.mvc.perform(application(data.creditCode(), UUID.randomUUID().toString(), "回执"))
			.andReturn();
		String location = posted.getResponse().getRedirectedUrl();
		Cookie cookie = posted.getResponse().getCookie(ReceiptRedirect.COOKIE);
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getPath()).isEqualTo(location);
		assertThat(posted.getResponse().getHeader("Set-Cookie")).contains("SameSite=Lax");

		MvcResult shown = this.mvc.perform(get(location).cookie(cookie)).andExpect(status().isOk()).andReturn();
		String page = shown.getResponse().getContentAsString();
		String trackingNo = find(TRACKING_NO, page);
		String code = find(QUERY_CODE, page);
		assertThat(code).matches("[A-HJKMNP-Z2-9]{8}");
		assertThat(shown.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(shown.getResponse().getHeader("X-Page-Cache")).isNull();
		// a refresh shows the same receipt, and files nothing
		String refreshed = this.mvc.perform(get(location).cookie(cookie))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(find(QUERY_CODE, refreshed)).isEqualTo(code);
		// the plain code is nowhere in the database
		assertThat(count("select count(*) from sub_receipt where secret like ?", "%" + code + "%")).isZero();
		assertThat(count("select count(*) from sub_submission where sealed like ?", "%" + code + "%")).isZero();

		// another browser, with the address but without the cookie: the number, not the
		// code
		String stranger = this.mvc.perform(get(location)).andReturn().getResponse().getContentAsString();
		assertThat(stranger).contains(trackingNo).doesNotContain(code).contains("id=\"code-shown-once\"");
		String forged = this.mvc.perform(get(location).cookie(new Cookie(ReceiptRedirect.COOKIE, "A".repeat(22))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(forged).doesNotContain(code);
		this.mvc.perform(get(location.replaceAll("[^/]+$", "B".repeat(22))).cookie(cookie))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(location.replaceAll("[^/]+$", "x")).cookie(cookie)).andExpect(status().isNotFound());

		// expired: the code is not shown even with the cookie, and is blanked by the
		// purge
		String token = location.substring(location.lastIndexOf('/') + 1);
		Instant later = Instant.now(this.clock).plus(this.submissions.receiptLifetime()).plusSeconds(1);
		ReceiptView expired = this.submissions.receipt("request.application", token, cookie.getValue(), later)
			.orElseThrow();
		assertThat(expired.secret()).isNull();
		assertThat(expired.secretWithheld()).isTrue();
		assertThat(expired.reference()).isEqualTo(trackingNo);
		this.submissions.purge(later);
		assertThat(this.audit.find(new AuditQuery("system", "submission.purged", "Submission", "expired", null, null),
				0, 5))
			.isNotEmpty();
		assertThat(count("select count(*) from sub_receipt where secret is not null and expires_at <= ?",
				later.atOffset(java.time.ZoneOffset.UTC)))
			.isZero();
		String afterPurge = this.mvc.perform(get(location).cookie(cookie))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(afterPurge).contains(trackingNo).doesNotContain(code).contains("id=\"code-shown-once\"");

		// keys and receipts go after the retention; the same key then files anew
		this.submissions.purge(later.plus(Duration.ofDays(2)));
		this.mvc.perform(get(location).cookie(cookie)).andExpect(status().isNotFound());
	}

	@Test
	void aKeyResentWithOtherContentIsRefusedWithAChineseMessage() throws Exception {
		AgencyData data = AgencyFixtures.county("改写县" + System.nanoTime());
		long agency = this.agencies.create(data);
		String key = UUID.randomUUID().toString();
		this.mvc.perform(application(data.creditCode(), key, "第一份")).andExpect(status().isSeeOther());
		String page = this.mvc.perform(application(data.creditCode(), key, "改过的内容"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("内容与先前不同");
		assertThat(find(FORM_KEY, page)).isNotEqualTo(key);
		assertThat(count("select count(*) from req_case where agency_id = ?", agency)).isEqualTo(1);
	}

	@Test
	void aMissingOrMalformedFormKeyReRendersTheFormWith400() throws Exception {
		AgencyData data = AgencyFixtures.county("坏键县" + System.nanoTime());
		long agency = this.agencies.create(data);
		for (String bad : new String[] { null, "", "not-a-uuid", "x".repeat(10_000),
				"123e4567-e89b-12d3-a456-42661417400\u0000", "\u0007\r\n<script>" }) {
			MockHttpServletRequestBuilder request = fields(
					post("/agencies/" + data.creditCode() + "/requests/new").with(csrf()).with(from(newAddress())),
					"坏键");
			if (bad != null) {
				request.param(SubmissionKey.FIELD, bad);
			}
			String page = this.mvc.perform(request)
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("表单已失效").contains("name=\"applicantName\"");
			find(FORM_KEY, page);
		}
		this.mvc
			.perform(post("/agencies/" + data.creditCode() + "/mailbox/write").param("type", "CONSULTATION")
				.param("subject", "无键")
				.param("body", "无键")
				.param("name", "王五")
				.param("phone", "13800138000")
				.with(csrf())
				.with(from(newAddress())))
			.andExpect(status().isBadRequest());
		assertThat(count("select count(*) from req_case where agency_id = ?", agency)).isZero();
		assertThat(count("select count(*) from mbx_letter where agency_id = ?", agency)).isZero();
	}

	@Test
	void theApplicationApiAnswersARepeatedKeyWithTheFirstAnswer() throws Exception {
		AgencyData data = AgencyFixtures.county("接口县" + System.nanoTime());
		long agency = this.agencies.create(data);
		String path = "/api/v1/agencies/" + data.creditCode() + "/requests";
		String key = UUID.randomUUID().toString();
		String body = applicationJson("接口申请");
		String first = this.mvc.perform(api(path, body, key))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String again = this.mvc.perform(api(path, body, key))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).isEqualTo(first).contains("-00001").contains("queryCode");
		assertThat(count("select count(*) from req_case where agency_id = ?", agency)).isEqualTo(1);

		this.mvc.perform(api(path, applicationJson("别的内容"), key))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("submission.key.reused"));
		for (String bad : new String[] { "", "not-a-uuid", "y".repeat(10_000), "\u00e9\u00e8" }) {
			this.mvc.perform(api(path, body, bad))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("submission.header.invalid"))
				.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("Idempotency-Key")));
		}
		// control characters: the firewall refuses the header, still a JSON 400
		this.mvc.perform(api(path, body, "\u0001\u0002"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.parameter-invalid"));
		// no header: no idempotency, as before
		this.mvc.perform(api(path, body, null)).andExpect(status().isCreated());
		this.mvc.perform(api(path, body, null)).andExpect(status().isCreated());
		assertThat(count("select count(*) from req_case where agency_id = ?", agency)).isEqualTo(3);
	}

	@Test
	void twoRacingTwinsFileOnce() throws Exception {
		AgencyData data = AgencyFixtures.county("双击县" + System.nanoTime());
		long agency = this.agencies.create(data);
		String path = "/api/v1/agencies/" + data.creditCode() + "/requests";
		String body = applicationJson("双击");
		for (int round = 0; round < 3; round++) {
			String key = UUID.randomUUID().toString();
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				List<Future<MvcResult>> results = new ArrayList<>();
				for (int i = 0; i < 2; i++) {
					Callable<MvcResult> call = () -> {
						start.await();
						return this.mvc.perform(api(path, body, key)).andReturn();
					};
					results.add(pool.submit(call));
				}
				start.countDown();
				MvcResult a = results.get(0).get();
				MvcResult b = results.get(1).get();
				assertThat(a.getResponse().getStatus()).isEqualTo(201);
				assertThat(b.getResponse().getStatus()).isEqualTo(201);
				assertThat(b.getResponse().getContentAsString()).isEqualTo(a.getResponse().getContentAsString());
			}
			finally {
				pool.shutdown();
			}
			assertThat(count("select count(*) from req_case where agency_id = ?", agency)).isEqualTo(round + 1);
		}
		assertThat(this.jdbc.queryForList("select tracking_no from req_case where agency_id = ? order by tracking_no",
				String.class, agency))
			.allMatch((no) -> no.matches("YSQ-\\d{4}-" + agency + "-0000[123]"));
	}

	@Test
	void aDoubleClickedLetterFormFilesOnce() throws Exception {
		AgencyData data = AgencyFixtures.county("双击来信县" + System.nanoTime());
		long agency = this.agencies.create(data);
		String key = UUID.randomUUID().toString();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<MvcResult>> clicks = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				Callable<MvcResult> click = () -> {
					start.await();
					return this.mvc.perform(letter(data.creditCode(), key)).andReturn();
				};
				clicks.add(pool.submit(click));
			}
			start.countDown();
			MvcResult a = clicks.get(0).get();
			MvcResult b = clicks.get(1).get();
			assertThat(a.getResponse().getStatus()).isEqualTo(303);
			assertThat(b.getResponse().getStatus()).isEqualTo(303);
			assertThat(b.getResponse().getRedirectedUrl()).isEqualTo(a.getResponse().getRedirectedUrl());
			assertThat(FormKeys.followReceipt(this.mvc, b)).isEqualTo(FormKeys.followReceipt(this.mvc, a));
		}
		finally {
			pool.shutdown();
		}
		assertThat(count("select count(*) from mbx_letter where agency_id = ?", agency)).isEqualTo(1);
	}

	@Test
	void aResentLetterFilesOnceByFormAndByApi() throws Exception {
		AgencyData data = AgencyFixtures.county("来信县" + System.nanoTime());
		long agency = this.agencies.create(data);
		String key = UUID.randomUUID().toString();
		MvcResult first = this.mvc.perform(letter(data.creditCode(), key)).andReturn();
		MvcResult again = this.mvc.perform(letter(data.creditCode(), key)).andReturn();
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		String receipt = FormKeys.followReceipt(this.mvc, first);
		assertThat(find(TRACKING_NO, receipt)).matches("XJ-\\d{4}-" + agency + "-00001");
		assertThat(find(QUERY_CODE, receipt)).matches("[A-HJKMNP-Z2-9]{8}");
		assertThat(FormKeys.followReceipt(this.mvc, again)).isEqualTo(receipt);
		// a letter's receipt is no application's
		this.mvc.perform(get(first.getResponse().getRedirectedUrl().replace("/mailbox/", "/requests/")))
			.andExpect(status().isNotFound());
		assertThat(this.mvc.perform(get(first.getResponse().getRedirectedUrl()))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("id=\"query-code\"").contains("id=\"code-shown-once\"");

		String path = "/api/v1/agencies/" + data.creditCode() + "/letters";
		String body = "{\"type\":\"SUGGESTION\",\"subject\":\"接口来信\",\"body\":\"建议增设公交站\",\"name\":\"王五\","
				+ "\"phone\":\"13800138000\",\"publicConsent\":false}";
		String apiKey = UUID.randomUUID().toString();
		String one = this.mvc.perform(api(path, body, apiKey))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String two = this.mvc.perform(api(path, body, apiKey))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(two).isEqualTo(one).contains("-00002");
		this.mvc.perform(api(path, body.replace("公交站", "路灯"), apiKey)).andExpect(status().isUnprocessableContent());
		this.mvc.perform(api(path, body, "bad key")).andExpect(status().isBadRequest());
		assertThat(count("select count(*) from mbx_letter where agency_id = ?", agency)).isEqualTo(2);
	}

	@Test
	void aResentCommentOrVoteCountsOnce() throws Exception {
		AgencyData data = AgencyFixtures.county("征集重发县" + System.nanoTime());
		long agency = this.agencies.create(data);
		LocalDate today = LocalDate.now(this.clock);
		signIn(agency);
		long consultation = this.consultations.create(agency, "关于路灯管理的征求意见稿", "第一条", today, today.plusDays(30));
		long survey = this.surveys.create(agency, "满意度调查", "是否满意？", List.of("满意", "不满意"), today, today.plusDays(7));
		SecurityContextHolder.clearContext();

		String commentKey = UUID.randomUUID().toString();
		String base = "/agencies/" + data.creditCode();
		MvcResult[] comments = new MvcResult[2];
		for (int i = 0; i < 2; i++) {
			comments[i] = this.mvc
				.perform(post(base + "/consultations/" + consultation + "/comments").param("name", "周八")
					.param("body", "建议夜间常亮")
					.with(FormKeys.key(commentKey))
					.with(csrf())
					.with(from(newAddress())))
				.andReturn();
		}
		assertThat(comments[1].getResponse().getRedirectedUrl())
			.isEqualTo(comments[0].getResponse().getRedirectedUrl());
		assertThat(FormKeys.followReceipt(this.mvc, comments[1])).contains("意见已提交");
		assertThat(count("select count(*) from mbx_comment where consultation_id = ?", consultation)).isEqualTo(1);
		// the receipt of one consultation does not open on another's address
		this.mvc
			.perform(get(comments[0].getResponse()
				.getRedirectedUrl()
				.replace("/consultations/" + consultation + "/", "/consultations/" + (consultation + 1000) + "/")))
			.andExpect(status().isNotFound());

		long option = this.jdbc.queryForObject("select min(id) from mbx_survey_option where survey_id = ?", Long.class,
				survey);
		String voteKey = UUID.randomUUID().toString();
		MvcResult[] votes = new MvcResult[2];
		for (int i = 0; i < 2; i++) {
			votes[i] = this.mvc
				.perform(post(base + "/surveys/" + survey + "/vote").param("option", String.valueOf(option))
					.with(FormKeys.key(voteKey))
					.with(csrf())
					.with(from(newAddress())))
				.andReturn();
		}
		assertThat(votes[1].getResponse().getRedirectedUrl()).isEqualTo(votes[0].getResponse().getRedirectedUrl());
		assertThat(FormKeys.followReceipt(this.mvc, votes[0])).contains("感谢参与");
		assertThat(count("select sum(votes) from mbx_survey_option where survey_id = ?", survey)).isEqualTo(1);
		this.mvc
			.perform(post(base + "/surveys/" + survey + "/vote").param("option", String.valueOf(option))
				.param(SubmissionKey.FIELD, "nope")
				.with(csrf())
				.with(from(newAddress())))
			.andExpect(status().isBadRequest());
		assertThat(count("select sum(votes) from mbx_survey_option where survey_id = ?", survey)).isEqualTo(1);
	}

	private long count(String sql, Object... arguments) {
		Long n = this.jdbc.queryForObject(sql, Long.class, arguments);
		return (n != null) ? n : 0;
	}

	private static MockHttpServletRequestBuilder application(String creditCode, String key, String description) {
		return fields(post("/agencies/" + creditCode + "/requests/new").with(csrf()).with(from(newAddress())),
				description)
			.param(SubmissionKey.FIELD, key);
	}

	private static MockHttpServletRequestBuilder fields(MockHttpServletRequestBuilder request, String description) {
		return request.param("applicantType", "NATURAL_PERSON")
			.param("applicantName", "张三")
			.param("idType", "居民身份证")
			.param("idNumber", "110101199003077777")
			.param("phone", "13800138000")
			.param("email", "zhangsan@example.com")
			.param("address", "人民路2号")
			.param("description", description)
			.param("formats", "EMAIL")
			.param("delivery", "ONLINE");
	}

	private static String applicationJson(String description) {
		return "{\"applicantType\":\"NATURAL_PERSON\",\"applicantName\":\"张三\",\"idType\":\"居民身份证\","
				+ "\"idNumber\":\"110101199003077777\",\"phone\":\"13800138000\",\"email\":\"zhangsan@example.com\","
				+ "\"address\":\"人民路2号\",\"description\":\"" + description
				+ "\",\"formats\":[\"EMAIL\"],\"delivery\":\"ONLINE\"}";
	}

	private static MockHttpServletRequestBuilder letter(String creditCode, String key) {
		return post("/agencies/" + creditCode + "/mailbox/write").param("type", "CONSULTATION")
			.param("subject", "路灯不亮")
			.param("body", "人民路的路灯坏了一周")
			.param("name", "王五")
			.param("phone", "13800138000")
			.param(SubmissionKey.FIELD, key)
			.with(csrf())
			.with(from(newAddress()));
	}

	private static MockHttpServletRequestBuilder api(String path, String body, String key) {
		MockHttpServletRequestBuilder request = post(path).contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(from(newAddress()));
		return (key != null) ? request.header(SubmissionKey.HEADER, key) : request;
	}

	private static void signIn(long agency) {
		StaffPrincipal principal = new StaffPrincipal(1, "clerk", "clerk", List.of(new Grant(Role.CLERK, agency)),
				false);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
	}

	private static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "10.91." + (n / 250) + "." + (n % 250 + 1);
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String find(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		assertThat(matcher.find()).as(page).isTrue();
		return matcher.group(1);
	}

}
