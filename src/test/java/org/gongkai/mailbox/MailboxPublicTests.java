package org.gongkai.mailbox;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.GongkaiTest;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.calendar.rules.WorkingDayRules;
import org.gongkai.mailbox.letter.LetterIntake;
import org.gongkai.mailbox.letter.LetterStatus;
import org.gongkai.mailbox.letter.LetterTracking;
import org.gongkai.platform.NotFoundException;
import org.gongkai.submission.FormKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.mailbox.MailboxFixtures.from;
import static org.gongkai.mailbox.MailboxFixtures.letter;
import static org.gongkai.mailbox.MailboxFixtures.newAddress;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public side of the mailbox: a letter through the form or the API gets a tracking
 * number and a query code once it is stored, the reply is due 15 working days after the
 * day of receipt, tracking needs the right code, and hostile or excessive input is
 * refused with nothing stored.
 */
@GongkaiTest
class MailboxPublicTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LetterIntake intake;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void aLetterThroughTheFormGetsANumberAndCodeAndIsDueFifteenWorkingDaysAfterReceipt() throws Exception {
		AgencyData data = AgencyFixtures.county("信箱县" + System.nanoTime());
		long agency = this.agencies.create(data);
		this.mvc.perform(get("/agencies/" + data.creditCode() + "/mailbox/write"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"subject\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		String receipt = FormKeys.followReceipt(this.mvc,
				this.mvc.perform(letter().post(data.creditCode())).andExpect(status().isSeeOther()).andReturn());
		assertThat(receipt).contains("id=\"query-code\"");
		String trackingNo = MailboxFixtures.trackingNo(receipt);
		String code = MailboxFixtures.queryCode(receipt);
		LocalDate today = LocalDate.now(this.clock);
		assertThat(trackingNo).isEqualTo("XJ-" + today.getYear() + "-" + agency + "-00001");
		assertThat(code).matches("[A-HJKMNP-Z2-9]{8}");
		String stored = this.jdbc.queryForObject("select query_code_hash from mbx_letter where tracking_no = ?",
				String.class, trackingNo);
		assertThat(stored).hasSize(64).doesNotContain(code);

		LetterTracking tracking = this.intake.track(trackingNo, code.toLowerCase());
		assertThat(tracking.status()).isEqualTo(LetterStatus.RECEIVED);
		assertThat(tracking.receivedOn()).isEqualTo(today);
		assertThat(tracking.due()).isEqualTo(WorkingDayRules.bundled().deadline(today, 15).due());
		assertThat(WorkingDayRules.bundled().workingDaysBetween(today, tracking.due())).isEqualTo(15);
		this.mvc.perform(MailboxFixtures.track(trackingNo, code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(tracking.due().toString())))
			.andExpect(content().string(containsString(data.name())));
		this.mvc.perform(MailboxFixtures.track(trackingNo, "WRONGCOD"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("信件编号或查询码不正确")))
			.andExpect(content().string(not(containsString(tracking.subject()))));
		assertThatThrownBy(() -> this.intake.track(trackingNo, "")).isInstanceOf(NotFoundException.class);
		assertThat(this.audit
			.find(new AuditQuery(null, "mailbox.letter-received", "Letter", id(trackingNo), null, null), 0, 5))
			.hasSize(1);
		// the second letter of the agency and year takes the next number
		String second = this.intake.write(data.creditCode(), letter().form()).trackingNo();
		assertThat(second).endsWith("-00002");
	}

	@Test
	void theApiTakesTheSameFieldsAndAnswersTrackingWithStatusDueAndReply() throws Exception {
		AgencyData data = AgencyFixtures.county("接口信箱县" + System.nanoTime());
		this.agencies.create(data);
		String body = this.mvc
			.perform(post("/api/v1/agencies/" + data.creditCode() + "/letters").contentType(MediaType.APPLICATION_JSON)
				.content(letter().withType("SUGGESTION").json())
				.with(from(newAddress())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.trackingNo").exists())
			.andExpect(jsonPath("$.queryCode").exists())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String trackingNo = body.replaceAll(".*\"trackingNo\":\"([^\"]+)\".*", "$1");
		String code = body.replaceAll(".*\"queryCode\":\"([^\"]+)\".*", "$1");
		LocalDate due = this.intake.track(trackingNo, code).due();
		this.mvc.perform(get("/api/v1/letters/" + trackingNo).param("code", code).with(from(newAddress())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.type").value("SUGGESTION"))
			.andExpect(jsonPath("$.due").value(due.toString()))
			.andExpect(jsonPath("$.reply").doesNotExist())
			.andExpect(jsonPath("$.name").doesNotExist());
		this.mvc.perform(get("/api/v1/letters/" + trackingNo).param("code", "ABCDEFGH").with(from(newAddress())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		this.mvc
			.perform(post("/api/v1/agencies/" + data.creditCode() + "/letters").contentType(MediaType.APPLICATION_JSON)
				.content(letter().withContact("", "").json())
				.with(from(newAddress())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("mailbox.contact.missing"));
	}

	@Test
	void bothEndpointsAreDocumentedInOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/agencies/{creditCode}/letters'].post.summary").exists())
			.andExpect(jsonPath("$.paths['/api/v1/letters/{trackingNo}'].get.summary").exists());
	}

	@Test
	void hostileInputIsRefusedWithAReasonAndNothingIsStored() throws Exception {
		AgencyData data = AgencyFixtures.county("防护县" + System.nanoTime());
		long agency = this.agencies.create(data);
		MailboxFixtures.Form[] hostile = { letter().withBody("<script>alert(1)</script>"),
				letter().withSubject("标题<img src=x onerror=alert(1)>"), letter().withBody("正文\u0000中间有空字符"),
				letter().withName("王\u0007五"), letter().withBody("长".repeat(3001)),
				letter().withSubject("题".repeat(101)), letter().withType("PETITION"), letter().withBody("   "),
				letter().withContact("abc", ""), letter().withContact("", "not-an-email"), letter().withMailbox(-5L) };
		for (MailboxFixtures.Form form : hostile) {
			this.mvc.perform(form.post(data.creditCode()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("class=\"field-error\"")))
				.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
			this.mvc
				.perform(post("/api/v1/agencies/" + data.creditCode() + "/letters")
					.contentType(MediaType.APPLICATION_JSON)
					.content(form.json())
					.with(from(newAddress())))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").exists());
		}
		// wrong types: a number where a mailbox id is expected, an object for a text
		this.mvc.perform(letter().post(data.creditCode()).param("mailboxId", "abc")).andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/agencies/" + data.creditCode() + "/letters").contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"CONSULTATION\",\"subject\":{\"x\":1},\"body\":\"b\",\"name\":\"n\"}")
				.with(from(newAddress())))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/agencies/" + data.creditCode() + "/letters").contentType(MediaType.APPLICATION_JSON)
				.content("not json")
				.with(from(newAddress())))
			.andExpect(status().isBadRequest());
		// without the CSRF token the form is refused
		this.mvc
			.perform(post("/agencies/" + data.creditCode() + "/mailbox/write").param("type", "CONSULTATION")
				.param("subject", "s")
				.param("body", "b")
				.param("name", "n")
				.param("phone", "13800138000")
				.with(from(newAddress())))
			.andExpect(status().isForbidden());
		assertThat(count(agency)).isZero();
	}

	@Test
	void theFormTheApiAndTrackingAreRateLimitedPerClientAddress() throws Exception {
		AgencyData data = AgencyFixtures.county("限流信箱县" + System.nanoTime());
		long agency = this.agencies.create(data);
		String address = newAddress();
		int limit = 5;
		for (int i = 0; i < limit; i++) {
			MockHttpServletRequestBuilder request = (i % 2 == 0) ? letter().post(data.creditCode()).with(from(address))
					: post("/api/v1/agencies/" + data.creditCode() + "/letters").contentType(MediaType.APPLICATION_JSON)
						.content(letter().json())
						.with(from(address));
			int expected = (i % 2 == 0) ? 303 : 201;
			this.mvc.perform(request).andExpect(status().is(expected));
		}
		this.mvc.perform(letter().post(data.creditCode()).with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("role=\"alert\"")));
		this.mvc
			.perform(post("/api/v1/agencies/" + data.creditCode() + "/letters").contentType(MediaType.APPLICATION_JSON)
				.content(letter().json())
				.with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("error.too-many"));
		assertThat(count(agency)).isEqualTo(limit);

		String lookups = newAddress();
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(MailboxFixtures.track("XJ-2026-1-00001", "WRONG" + i).with(from(lookups)))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(MailboxFixtures.track("XJ-2026-1-00001", "WRONGX").with(from(lookups)))
			.andExpect(status().isTooManyRequests());
	}

	private long count(long agency) {
		return this.jdbc.queryForObject("select count(*) from mbx_letter where receiving_agency_id = ?", Long.class,
				agency);
	}

	private String id(String trackingNo) {
		return String.valueOf(
				this.jdbc.queryForObject("select id from mbx_letter where tracking_no = ?", Long.class, trackingNo));
	}

}
