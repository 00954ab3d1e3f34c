package org.gongkai.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Grant;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.calendar.rules.WorkingDayRules;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.intake.RequestIntake;
import org.gongkai.request.intake.RequestTracking;
import org.gongkai.request.intake.Tracking;
import org.gongkai.submission.FormKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Intake and tracking of applications (Regulations arts. 29–31): the public applies
 * online and gets a tracking number and a query code; the clock starts only when the
 * agency's clerk confirms; tracking shows the status and deadline and nothing else.
 */
@GongkaiTest
class RequestIntakeTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private static final Pattern TRACKING_NO = Pattern.compile("id=\"tracking-no\">([^<]+)<");

	private static final Pattern QUERY_CODE = Pattern.compile("id=\"query-code\">([^<]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestManagement requests;

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestTracking tracking;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aCitizenAppliesOnlineAndTracksTheCaseOnceTheClerkConfirms() throws Exception {
		AgencyData data = AgencyFixtures.county("申请县" + System.nanoTime());
		long agency = this.agencies.create(data);
		this.mvc.perform(get("/agencies/" + data.creditCode() + "/requests/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"applicantName\"")));
		String receipt = FormKeys.followReceipt(this.mvc,
				this.mvc.perform(form(data.creditCode(), fields()).with(from(newAddress()))).andReturn());
		String trackingNo = find(TRACKING_NO, receipt);
		String code = find(QUERY_CODE, receipt);
		assertThat(trackingNo).matches("YSQ-\\d{4}-" + agency + "-00001");
		assertThat(code).matches("[A-HJKMNP-Z2-9]{8}");

		Tracking waiting = this.tracking.track(trackingNo, code);
		assertThat(waiting.status()).isEqualTo(CaseStatus.AWAITING_CONFIRMATION);
		assertThat(waiting.receivedOn()).isNull();
		assertThat(waiting.due()).isNull();
		DisclosureRequest stored = this.cases.findByTrackingNo(trackingNo).orElseThrow();
		assertThat(stored.queryCodeHash()).hasSize(64).doesNotContain(code);

		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
		this.mvc.perform(get("/admin/requests").session(clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(trackingNo)));
		this.mvc.perform(get("/admin/requests/" + stored.id()).session(clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/confirm")));
		this.mvc.perform(post("/admin/requests/" + stored.id() + "/confirm").session(clerk).with(csrf()))
			.andExpect(status().is3xxRedirection());

		LocalDate today = LocalDate.now(this.clock);
		LocalDate due = WorkingDayRules.bundled().deadline(today, 20).due();
		Tracking received = this.tracking.track(trackingNo, code.toLowerCase());
		assertThat(received.status()).isEqualTo(CaseStatus.RECEIVED);
		assertThat(received.receivedOn()).isEqualTo(today);
		assertThat(received.due()).isEqualTo(due);
		this.mvc.perform(get("/api/v1/requests/" + trackingNo).param("code", code).with(from(newAddress())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trackingNo").value(trackingNo))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.receivedOn").value(today.toString()))
			.andExpect(jsonPath("$.due").value(due.toString()))
			.andExpect(jsonPath("$.provisional").isBoolean())
			.andExpect(jsonPath("$.applicantName").doesNotExist());
		String page = this.mvc
			.perform(post("/requests/track").param("trackingNo", trackingNo)
				.param("code", code)
				.with(csrf())
				.with(from(newAddress())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(due.toString()).contains(today.toString()).doesNotContain("张三");
		assertThat(this.audit.find(
				new AuditQuery(null, "request.applied", "DisclosureRequest", String.valueOf(stored.id()), null, null),
				0, 5))
			.hasSize(1);
		assertThat(this.audit.find(
				new AuditQuery(null, "request.confirmed", "DisclosureRequest", String.valueOf(stored.id()), null, null),
				0, 5))
			.hasSize(1);
	}

	@Test
	void trackingNumbersAreUniqueAndGapFreeUnderConcurrentApplications() throws Exception {
		AgencyData data = AgencyFixtures.county("并发县" + System.nanoTime());
		long agency = this.agencies.create(data);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<MvcResult>> results = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String address = newAddress();
				Callable<MvcResult> call = () -> this.mvc
					.perform(json(data.creditCode(), json(fields())).with(from(address)))
					.andReturn();
				results.add(pool.submit(call));
			}
			Set<Integer> serials = new TreeSet<>();
			for (Future<MvcResult> result : results) {
				MvcResult done = result.get();
				assertThat(done.getResponse().getStatus()).isEqualTo(201);
				String body = done.getResponse().getContentAsString();
				assertThat(body).contains("\"queryCode\"");
				Matcher m = Pattern.compile("\"trackingNo\":\"YSQ-\\d{4}-" + agency + "-(\\d{5})\"").matcher(body);
				assertThat(m.find()).as(body).isTrue();
				serials.add(Integer.parseInt(m.group(1)));
			}
			assertThat(serials).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
			assertThat(this.cases.countByAgencyId(agency)).isEqualTo(8);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * The first application of an agency and year creates its number series: forty
	 * applicants at once (four times the connection pool) are all answered, numbered 1 to
	 * 40 without a gap, and no case is stored without its number.
	 */
	@Test
	void fortySimultaneousFirstApplicantsAreAllAnsweredWithNumbersOneToForty() throws Exception {
		AgencyData data = AgencyFixtures.county("首号县" + System.nanoTime());
		long agency = this.agencies.create(data);
		int applicants = 40;
		ExecutorService pool = Executors.newFixedThreadPool(applicants);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<MvcResult>> results = new ArrayList<>();
			for (int i = 0; i < applicants; i++) {
				String address = newAddress();
				results.add(pool.submit(() -> {
					start.await();
					return this.mvc.perform(json(data.creditCode(), json(fields())).with(from(address))).andReturn();
				}));
			}
			start.countDown();
			Set<Integer> serials = new TreeSet<>();
			for (Future<MvcResult> result : results) {
				// a stall on the first number would hold every connection: fail instead
				// of hanging
				MvcResult done = result.get(60, TimeUnit.SECONDS);
				assertThat(done.getResponse().getStatus()).isEqualTo(201);
				Matcher m = Pattern.compile("\"trackingNo\":\"YSQ-\\d{4}-" + agency + "-(\\d{5})\"")
					.matcher(done.getResponse().getContentAsString());
				assertThat(m.find()).isTrue();
				serials.add(Integer.parseInt(m.group(1)));
			}
			assertThat(serials).hasSize(applicants).first().isEqualTo(1);
			assertThat(serials).last().isEqualTo(applicants);
			assertThat(this.cases.countByAgencyId(agency)).isEqualTo(applicants);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void eachInvalidFieldIsExplainedBesideItAndNothingIsStored() throws Exception {
		AgencyData data = AgencyFixtures.county("校验县" + System.nanoTime());
		long agency = this.agencies.create(data);
		String[][] attempts = { { "applicantName", "applicantName", "  " },
				{ "idNumber", "applicantType", "COMMERCIAL", "idNumber", "91350100M000100Y4X" },
				{ "phone", "phone", "", "email", "" }, { "description", "description", "长".repeat(2001) },
				{ "applicantType", "applicantType", "ALIEN" }, { "formats", "formats", "TELEPATHY" },
				{ "delivery", "delivery", "PIGEON" } };
		for (String[] attempt : attempts) {
			List<String[]> values = fields();
			for (int i = 1; i < attempt.length; i += 2) {
				set(values, attempt[i], attempt[i + 1]);
			}
			this.mvc.perform(form(data.creditCode(), values).with(from(newAddress())))
				.andExpect(status().isBadRequest())
				.andExpect(model().attributeHasFieldErrors("form", attempt[0]))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("field-error")));
		}
		this.mvc.perform(form(data.creditCode(), set(fields(), "applicantName", "")).with(from(newAddress())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("请填写申请人姓名或者名称")));
		this.mvc
			.perform(json(data.creditCode(), json(set(set(fields(), "phone", ""), "email", "")))
				.with(from(newAddress())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("request.contact.missing"))
			.andExpect(jsonPath("$.error").value("请至少填写联系电话或电子邮箱中的一项。"));
		assertThat(this.cases.countByAgencyId(agency)).isZero();
	}

	@Test
	void hostileInputIsEscapedOrRefused() throws Exception {
		AgencyData data = AgencyFixtures.county("恶意县" + System.nanoTime());
		long agency = this.agencies.create(data);
		String script = "<script>alert(1)</script>";
		String rerendered = this.mvc
			.perform(form(data.creditCode(), set(set(fields(), "applicantName", script), "description", ""))
				.with(from(newAddress())))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rerendered).doesNotContain(script).contains("&lt;script&gt;");
		String receipt = FormKeys.followReceipt(this.mvc,
				this.mvc
					.perform(form(data.creditCode(), set(fields(), "applicantName", script)).with(from(newAddress())))
					.andReturn());
		String trackingNo = find(TRACKING_NO, receipt);
		long id = this.cases.findByTrackingNo(trackingNo).orElseThrow().id();
		MockHttpSession clerk = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, agency));
		assertThat(this.mvc.perform(get("/admin/requests/" + id).session(clerk))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(script).contains("&lt;script&gt;");

		String huge = "x".repeat(100_000);
		this.mvc.perform(json(data.creditCode(), json(set(fields(), "description", huge))).with(from(newAddress())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("request.description.invalid"));
		this.mvc.perform(json(data.creditCode(), json(set(fields(), "applicantName", huge))).with(from(newAddress())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("request.applicant-name.invalid"));
		this.mvc.perform(form(data.creditCode(), set(fields(), "phone", huge)).with(from(newAddress())))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("form", "phone"));
		this.mvc.perform(json(data.creditCode(), "{\"applicantName\": ").with(from(newAddress())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.body-unreadable"));
		this.mvc.perform(get("/api/v1/requests/" + huge.substring(0, 5000)).param("code", "x").with(from(newAddress())))
			.andExpect(status().isNotFound());
		assertThat(this.cases.countByAgencyId(agency)).isEqualTo(1);
	}

	@Test
	void applicationsAndLookupsAreRateLimitedPerClientAddress() throws Exception {
		AgencyData data = AgencyFixtures.county("限流县" + System.nanoTime());
		this.agencies.create(data);
		String address = newAddress();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(json(data.creditCode(), json(fields())).with(from(address)))
				.andExpect(status().isCreated());
		}
		this.mvc.perform(json(data.creditCode(), json(fields())).with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.code").value("error.too-many"));
		this.mvc.perform(form(data.creditCode(), fields()).with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("尝试次数过多")));
		this.mvc.perform(json(data.creditCode(), json(fields())).with(from(newAddress())))
			.andExpect(status().isCreated());

		String guesser = newAddress();
		for (int i = 0; i < 6; i++) {
			this.mvc.perform(get("/api/v1/requests/YSQ-2026-1-00001").param("code", "WRONG" + i).with(from(guesser)))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/api/v1/requests/YSQ-2026-1-00001").param("code", "ABCDEFGH").with(from(guesser)))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("error.too-many"));
		this.mvc
			.perform(post("/requests/track").param("trackingNo", "YSQ-2026-1-00001")
				.param("code", "ABCDEFGH")
				.with(csrf())
				.with(from(guesser)))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void onlyAClerkOfTheAgencyConfirmsReceipt() throws Exception {
		AgencyData data = AgencyFixtures.county("确认县" + System.nanoTime());
		long agency = this.agencies.create(data);
		long other = this.agencies.create(AgencyFixtures.county("邻县" + System.nanoTime()));
		Receipt receipt = this.intake.apply(data.creditCode(), application());
		long id = this.cases.findByTrackingNo(receipt.trackingNo()).orElseThrow().id();
		MockHttpSession outsider = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, other));
		this.mvc.perform(post("/admin/requests/" + id + "/confirm").session(outsider).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/requests/" + id).session(outsider)).andExpect(status().isForbidden());
		assertThat(this.mvc.perform(get("/admin/requests").session(outsider))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(receipt.trackingNo());
		MockHttpSession leader = Staff.signIn(this.mvc, Staff.create(this.accounts, Role.LEADER, agency));
		this.mvc.perform(post("/admin/requests/" + id + "/confirm").session(leader).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/requests/" + id + "/confirm").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.tracking.track(receipt.trackingNo(), receipt.queryCode()).status())
			.isEqualTo(CaseStatus.AWAITING_CONFIRMATION);
	}

	@Test
	void aWrongQueryCodeRevealsNothing() throws Exception {
		AgencyData data = AgencyFixtures.county("保密县" + System.nanoTime());
		this.agencies.create(data);
		Receipt receipt = this.intake.apply(data.creditCode(), application());
		String wrong = this.mvc
			.perform(get("/api/v1/requests/" + receipt.trackingNo()).param("code", "ABCDEFGH").with(from(newAddress())))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unknown = this.mvc
			.perform(get("/api/v1/requests/YSQ-1999-1-99999").param("code", "ABCDEFGH").with(from(newAddress())))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrong).isEqualTo(unknown).doesNotContain("张三").doesNotContain("AWAITING");
		String page = this.mvc
			.perform(post("/requests/track").param("trackingNo", receipt.trackingNo())
				.param("code", "ABCDEFGH")
				.with(csrf())
				.with(from(newAddress())))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("申请编号或查询码不正确").doesNotContain("待确认收到").doesNotContain("张三");
		assertThatThrownBy(() -> this.tracking.track(receipt.trackingNo(), "")).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aClerkRegistersAnApplicationHandedInAtTheOffice() {
		AgencyData data = AgencyFixtures.county("窗口县" + System.nanoTime());
		long agency = this.agencies.create(data);
		long other = this.agencies.create(AgencyFixtures.county("外县" + System.nanoTime()));
		LocalDate today = LocalDate.now(this.clock);
		signInAs(new StaffPrincipal(1, "clerk", "clerk", List.of(new Grant(Role.CLERK, agency)), false));
		assertThatThrownBy(
				() -> this.requests.registerWalkIn(agency, application(), Channel.WALK_IN, today.plusDays(1)))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "request.received-on.invalid");
		assertThatThrownBy(() -> this.requests.registerWalkIn(agency, application(), Channel.ONLINE, today))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> this.requests.registerWalkIn(other, application(), Channel.WALK_IN, today))
			.isInstanceOf(ForbiddenException.class);
		LocalDate yesterday = today.minusDays(1);
		Receipt receipt = this.requests.registerWalkIn(agency, application(), Channel.WALK_IN, yesterday);
		Tracking tracking = this.tracking.track(receipt.trackingNo(), receipt.queryCode());
		assertThat(tracking.status()).isEqualTo(CaseStatus.RECEIVED);
		assertThat(tracking.receivedOn()).isEqualTo(yesterday);
		assertThat(tracking.due()).isEqualTo(WorkingDayRules.bundled().deadline(yesterday, 20).due());
		Receipt fax = this.requests.registerWalkIn(agency, application(), Channel.FAX, null);
		assertThat(this.tracking.track(fax.trackingNo(), fax.queryCode()).status())
			.isEqualTo(CaseStatus.AWAITING_CONFIRMATION);
		assertThat(this.requests.visibleCases()).extracting(CaseSummary::trackingNo)
			.contains(receipt.trackingNo(), fax.trackingNo());
	}

	private static void signInAs(StaffPrincipal principal) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
	}

	private static ApplicationForm application() {
		return new ApplicationForm("NATURAL_PERSON", "张三", "居民身份证", "110101199003077777", "13800138000",
				"zhangsan@example.com", "人民路2号", "2025年本县财政预算公开文件", List.of("EMAIL"), "ONLINE");
	}

	private static List<String[]> fields() {
		List<String[]> fields = new ArrayList<>();
		fields.add(new String[] { "applicantType", "NATURAL_PERSON" });
		fields.add(new String[] { "applicantName", "张三" });
		fields.add(new String[] { "idType", "居民身份证" });
		fields.add(new String[] { "idNumber", "110101199003077777" });
		fields.add(new String[] { "phone", "13800138000" });
		fields.add(new String[] { "email", "zhangsan@example.com" });
		fields.add(new String[] { "address", "人民路2号" });
		fields.add(new String[] { "description", "2025年本县财政预算公开文件" });
		fields.add(new String[] { "formats", "EMAIL" });
		fields.add(new String[] { "delivery", "ONLINE" });
		return fields;
	}

	private static List<String[]> set(List<String[]> fields, String name, String value) {
		fields.removeIf((f) -> f[0].equals(name));
		fields.add(new String[] { name, value });
		return fields;
	}

	private static MockHttpServletRequestBuilder form(String creditCode, List<String[]> fields) {
		MockHttpServletRequestBuilder request = post("/agencies/" + creditCode + "/requests/new").with(csrf())
			.with(FormKeys.fresh());
		for (String[] field : fields) {
			request.param(field[0], field[1]);
		}
		return request;
	}

	private static MockHttpServletRequestBuilder json(String creditCode, String body) {
		return post("/api/v1/agencies/" + creditCode + "/requests").contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private static String json(List<String[]> fields) {
		StringBuilder out = new StringBuilder("{");
		for (String[] field : fields) {
			if (out.length() > 1) {
				out.append(',');
			}
			out.append('"').append(field[0]).append("\":");
			String value = field[1].replace("\\", "\\\\").replace("\"", "\\\"");
			out.append(field[0].equals("formats") ? "[\"" + value + "\"]" : "\"" + value + "\"");
		}
		return out.append('}').toString();
	}

	private static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "10.77." + (n / 250) + "." + (n % 250 + 1);
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
