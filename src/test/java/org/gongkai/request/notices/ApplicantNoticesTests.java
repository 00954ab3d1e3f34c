package org.gongkai.request.notices;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.GongkaiTest;
import org.gongkai.TestClock;
import org.gongkai.account.AgencyAccess;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.ApplicationForm;
import org.gongkai.request.CaseEvent;
import org.gongkai.request.CaseFixtures;
import org.gongkai.request.Channel;
import org.gongkai.request.Receipt;
import org.gongkai.request.RequestManagement;
import org.gongkai.request.RequestProperties;
import org.gongkai.request.RequestReceived;
import org.gongkai.request.SmsSender;
import org.gongkai.request.casework.CaseFiles;
import org.gongkai.request.casework.CaseHandling;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.delivery.DeliveredInformation;
import org.gongkai.request.delivery.SamplePdf;
import org.gongkai.request.letters.LetterIssued;
import org.gongkai.request.letters.LetterKind;
import org.gongkai.request.letters.ReplyLetters;
import org.gongkai.request.rules.Outcome;
import org.gongkai.submission.ReceiptRedirect;
import org.gongkai.submission.SubmissionKey;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The applicant hears from the office: the staff steps publish their notices, which run
 * after the commit through the event publication registry; each notice goes by e-mail
 * (and SMS through a plugged provider) and is logged on the case, sent or failed; the
 * release e-mail carries the delivered files; the receipt page e-mails a copy of the
 * number and code. No SMTP server is configured in the tests: mail is recorded by a
 * {@link JavaMailSenderImpl} that keeps what it is given (as for the deadline reminders).
 */
@GongkaiTest
@RecordApplicationEvents
class ApplicantNoticesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	RequestManagement requests;

	@Autowired
	DisclosureRequests cases;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CaseFiles files;

	@Autowired
	CaseHandling handling;

	@Autowired
	ReplyLetters letters;

	@Autowired
	DeliveredInformation delivered;

	@Autowired
	MessageSource messages;

	@Autowired
	RequestProperties properties;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	AuditLog audit;

	@Autowired
	AgencyAccess access;

	@Autowired
	PlatformTransactionManager transactionManager;

	final List<MimeMessage> mails = new ArrayList<>();

	final List<String> texts = new ArrayList<>();

	@Test
	void stepsPublishTheirNoticesWhichTheRegistryRunsAfterTheCommit() throws Exception {
		CaseFixtures.Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		long id = caseId(walkIn(office.agency(), "PAPER"));
		this.mvc
			.perform(post("/admin/requests/" + id + "/correction").session(office.clerk())
				.with(csrf())
				.param("periodEndsOn", LocalDate.now(this.clock).plusDays(15).toString())
				.param("missing", "所需文件的文号"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.events.stream(RequestReceived.class)).anyMatch((e) -> e.caseId() == id);
		assertThat(this.events.stream(LetterIssued.class))
			.anyMatch((e) -> e.caseId() == id && e.kind() == LetterKind.CORRECTION);
		// recorded in the publishing transaction, completed once the listener returned
		assertThat(this.jdbc
			.sql("select count(*) from event_publication where listener_id like ? and serialized_event like ?"
					+ " and completion_date is not null")
			.params("%ApplicantNotices.letterIssued%", "%\"caseId\":" + id + ",%")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void eachNoticeIsMailedAndTextedAndLoggedOnTheCaseAndAFailingServerIsLoggedAsFailed() {
		long agency = this.agencies.create(AgencyFixtures.county("通知县" + System.nanoTime()));
		Receipt receipt = walkIn(agency, "PAPER");
		long id = caseId(receipt);
		int sent = this.transactions.execute((s) -> notices(capturing(), texting()).send(id, NoticeKind.RECEIVED));
		assertThat(sent).isEqualTo(2);
		assertThat(this.mails).singleElement().satisfies((m) -> {
			assertThat(m.getSubject()).contains(receipt.trackingNo()).contains("通知县").contains("已收到");
			assertThat(m.getAllRecipients()[0].toString()).isEqualTo("lisi@example.com");
			assertThat(m.getContent().toString()).containsPattern("将在 \\d{4}年\\d{1,2}月\\d{1,2}日 前答复").contains("申请查询");
		});
		assertThat(this.texts).singleElement().asString().startsWith("13800138000:").contains(receipt.trackingNo());

		JavaMailSender failing = new JavaMailSenderImpl() {
			@Override
			public void send(MimeMessage... messages) {
				throw new MailSendException("connection refused");
			}
		};
		int none = this.transactions.execute((s) -> notices(failing, null).send(id, NoticeKind.EXTENSION));
		assertThat(none).isZero();
		List<CaseEvent> log = CaseFixtures.as("c", Role.CLERK, agency, () -> this.requests.details(id)).events();
		assertThat(log).extracting(CaseEvent::kind).containsSubsequence("notice-sent", "notice-sent", "notice-failed");
		assertThat(log).extracting(CaseEvent::detail)
			.anyMatch((d) -> d.startsWith("电子邮件（l***@example.com）：") && d.contains("已收到"))
			.anyMatch((d) -> d.startsWith("短信（138****8000）："))
			.anyMatch((d) -> d.contains("答复期限延长"));
	}

	@Test
	void aRefusedEmailIsTriedAgainAfterFiveAndThirtyMinutesAndTwoHoursThenTheClerkSendsItAgainOnce() throws Exception {
		CaseFixtures.Office office = CaseFixtures.office(this.mvc, this.agencies, this.accounts);
		Receipt receipt = walkIn(office.agency(), "PAPER");
		long id = caseId(receipt);
		AtomicBoolean down = new AtomicBoolean(true);
		AtomicInteger tries = new AtomicInteger();
		// counts the attempts of this case's notice (the job also sees other tests' rows)
		ApplicantNotices notices = flaky(down, (m) -> {
			if (subject(m).contains(receipt.trackingNo())) {
				tries.incrementAndGet();
			}
		});
		NoticeRetries retries = retries(notices);
		Instant t0 = this.clock.instant();

		this.transactions.execute((s) -> notices.send(id, NoticeKind.EXTENSION));
		assertThat(tries).hasValue(1);
		assertThat(detail(office, id)).contains("答复期限延长", "第 1 次发送失败，将于 " + at(t0, 5) + " 再次发送");
		// not yet due: nothing is tried
		TestClock.INSTANCE.advance(Duration.ofMinutes(4));
		assertThat(retries.retryDue()).isZero();
		assertThat(tries).hasValue(1);
		TestClock.INSTANCE.advance(Duration.ofMinutes(1));
		assertThat(retries.retryDue()).isZero();
		assertThat(tries).hasValue(2);
		assertThat(detail(office, id)).contains("第 2 次发送失败，将于 " + at(t0, 35) + " 再次发送");
		TestClock.INSTANCE.advance(Duration.ofMinutes(30));
		retries.retryDue();
		assertThat(detail(office, id)).contains("第 3 次发送失败，将于 " + at(t0, 155) + " 再次发送");
		TestClock.INSTANCE.advance(Duration.ofHours(2));
		retries.retryDue();
		assertThat(tries).hasValue(4);
		assertThat(lastKind(office, id)).isEqualTo("notice-gave-up");
		assertThat(detail(office, id)).contains("第 4 次发送失败，不再自动发送");
		// given up: no more attempts, however long
		TestClock.INSTANCE.advance(Duration.ofDays(3));
		retries.retryDue();
		assertThat(tries).hasValue(4);
		assertThat(mailsOf(receipt)).isEmpty();

		// the case page says so and offers the clerk to send it again
		long notice = this.jdbc.sql("select id from req_notice_retry where case_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		String page = this.mvc.perform(get("/admin/requests/" + id).session(office.clerk()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("未送达申请人的通知", "发送失败", "重新发送", "已尝试 4 次",
				"/admin/requests/" + id + "/notices/" + notice + "/resend", "通知申请人失败，已停止自动发送");
		// no mail server in the application itself: the button says why, nothing counts
		this.mvc
			.perform(post("/admin/requests/" + id + "/notices/" + notice + "/resend").session(office.clerk())
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("本平台未配置邮件服务器")));
		this.mvc
			.perform(post("/admin/requests/" + id + "/notices/" + notice + "/resend").session(office.leader())
				.with(csrf()))
			.andExpect(status().isForbidden());

		// the clerk sends it again once the server is back: sent once, never again
		down.set(false);
		boolean sent = CaseFixtures.as(office.clerkName(), Role.CLERK, office.agency(),
				() -> this.transactions.execute((s) -> retries.resend(id, notice)));
		assertThat(sent).isTrue();
		assertThat(mailsOf(receipt)).singleElement().satisfies((m) -> assertThat(m.getSubject()).contains("答复期限延长"));
		assertThat(lastKind(office, id)).isEqualTo("notice-sent");
		assertThat(detail(office, id)).contains("（第 5 次发送）");
		assertThatThrownBy(() -> CaseFixtures.as(office.clerkName(), Role.CLERK, office.agency(),
				() -> this.transactions.execute((s) -> retries.resend(id, notice))))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "request.notice.resend.not-failed");
		TestClock.INSTANCE.advance(Duration.ofDays(1));
		retries.retryDue();
		assertThat(mailsOf(receipt)).hasSize(1);
		assertThat(this.mvc.perform(get("/admin/requests/" + id).session(office.clerk()))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("未送达申请人的通知");
	}

	@Test
	void aRetryThatGoesThroughIsSentOnceAndANoticeSentAtOnceIsNeverRetried() {
		long agency = this.agencies.create(AgencyFixtures.county("重发县" + System.nanoTime()));
		Receipt failingReceipt = walkIn(agency, "PAPER");
		Receipt fineReceipt = walkIn(agency, "PAPER");
		long failing = caseId(failingReceipt);
		long fine = caseId(fineReceipt);
		AtomicBoolean down = new AtomicBoolean(true);
		ApplicantNotices notices = flaky(down, (m) -> {
		});
		NoticeRetries retries = retries(notices);
		this.transactions.execute((s) -> notices.send(failing, NoticeKind.FEE));
		down.set(false);
		this.transactions.execute((s) -> notices.send(fine, NoticeKind.FEE));
		assertThat(mailsOf(fineReceipt)).hasSize(1);
		assertThat(mailsOf(failingReceipt)).isEmpty();
		TestClock.INSTANCE.advance(Duration.ofMinutes(5));
		assertThat(retries.retryDue()).isPositive();
		assertThat(mailsOf(failingReceipt)).hasSize(1);
		TestClock.INSTANCE.advance(Duration.ofDays(1));
		retries.retryDue();
		assertThat(mailsOf(failingReceipt)).hasSize(1);
		assertThat(mailsOf(fineReceipt)).hasSize(1);
		assertThat(CaseFixtures.as("c", Role.CLERK, agency, () -> this.requests.details(failing)).events())
			.extracting(CaseEvent::kind)
			.containsSubsequence("notice-failed", "notice-sent");
		assertThat(CaseFixtures.as("c", Role.CLERK, agency, () -> this.requests.details(fine)).events())
			.extracting(CaseEvent::kind)
			.doesNotContain("notice-failed");
	}

	/**
	 * Notices sent through a mail server that refuses while {@code down} and keeps what
	 * it takes in {@link #mails}; each attempt is shown to {@code attempted} first.
	 */
	private ApplicantNotices flaky(AtomicBoolean down, java.util.function.Consumer<MimeMessage> attempted) {
		JavaMailSender server = new JavaMailSenderImpl() {
			@Override
			public void send(MimeMessage... messages) {
				List.of(messages).forEach(attempted);
				if (down.get()) {
					throw new MailSendException("connection refused");
				}
				ApplicantNoticesTests.this.mails.addAll(List.of(messages));
			}
		};
		return notices(server, null);
	}

	private NoticeRetries retries(ApplicantNotices notices) {
		return new NoticeRetries(notices, this.files, this.access, this.messages, this.jdbc, this.transactionManager,
				this.clock);
	}

	private List<MimeMessage> mailsOf(Receipt receipt) {
		return this.mails.stream().filter((m) -> subject(m).contains(receipt.trackingNo())).toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String detail(CaseFixtures.Office office, long id) {
		List<CaseEvent> log = CaseFixtures.as("c", Role.CLERK, office.agency(), () -> this.requests.details(id))
			.events();
		return log.get(log.size() - 1).detail();
	}

	private String lastKind(CaseFixtures.Office office, long id) {
		List<CaseEvent> log = CaseFixtures.as("c", Role.CLERK, office.agency(), () -> this.requests.details(id))
			.events();
		return log.get(log.size() - 1).kind();
	}

	/** The minute so many minutes after the start, as the case log writes it. */
	private String at(Instant start, int minutes) {
		return NoticeRetries.minute(start.plus(Duration.ofMinutes(minutes)), this.clock);
	}

	@Test
	void theReleaseMailCarriesTheDeliveredFilesWhenTheApplicantAskedForThemByEmail() throws Exception {
		long agency = this.agencies.create(AgencyFixtures.county("发放县" + System.nanoTime()));
		long id = caseId(walkIn(agency, "EMAIL"));
		byte[] pdf = SamplePdf.sample();
		CaseFixtures.asDoing("clerk-r", Role.CLERK, agency, () -> {
			this.delivered.attach(id, new ByteArrayInputStream(pdf), "预算表.pdf");
			this.delivered.writeText(id, "预算执行情况如附件。");
			this.handling.decide(id, Outcome.DISCLOSED, null);
		});
		long reply = this.jdbc.sql("select id from req_letter where case_id = ? and kind = 'REPLY'")
			.param(id)
			.query(Long.class)
			.single();
		CaseFixtures.asDoing("clerk-r", Role.CLERK, agency, () -> this.letters.release(id, reply));

		this.transactions.execute((s) -> notices(capturing(), null).send(id, NoticeKind.RELEASE));
		MimeMessage mail = this.mails.get(0);
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		mail.writeTo(raw);
		String source = raw.toString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(mail.getSubject()).contains("答复书已发放");
		assertThat(source).contains("application/pdf");
		assertThat(mail.getContent()).isInstanceOf(jakarta.mail.Multipart.class);
		jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
		assertThat(parts.getCount()).isGreaterThanOrEqualTo(2);
		assertThat(jakarta.mail.internet.MimeUtility.decodeText(parts.getBodyPart(parts.getCount() - 1).getFileName()))
			.isEqualTo("预算表.pdf");
	}

	@Test
	void theReceiptPageEmailsACopyOfTheNumberAndCodeOnlyToTheBrowserThatApplied() throws Exception {
		AgencyData data = AgencyFixtures.county("回执邮件县" + System.nanoTime());
		this.agencies.create(data);
		MvcResult posted = this.mvc
			.perform(post("/agencies/" + data.creditCode() + "/requests/new").with(csrf())
				.param(SubmissionKey.FIELD, UUID.randomUUID().toString())
				.param("applicantType", "NATURAL_PERSON")
				.param("applicantName", "张三")
				.param("idType", "居民身份证")
				.param("idNumber", CaseFixtures.idNumber())
				.param("phone", "13800138000")
				.param("address", "人民路2号")
				.param("description", "回执邮件")
				.param("formats", "PAPER")
				.param("delivery", "PICK_UP"))
			.andReturn();
		String location = posted.getResponse().getRedirectedUrl();
		Cookie cookie = posted.getResponse().getCookie(ReceiptRedirect.COOKIE);
		this.mvc.perform(get(location).cookie(cookie))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(location + "/email")));
		this.mvc.perform(get(location + "/email").cookie(cookie))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("把申请编号和查询码发送到电子邮箱")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		// only the browser that applied holds the code; a missing CSRF token or an
		// unknown
		// receipt changes nothing
		this.mvc.perform(post(location + "/email").with(csrf()).param("email", "zhang@example.com"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("查询码只在提交申请的浏览器中短时显示")));
		this.mvc.perform(post(location + "/email").cookie(cookie).param("email", "zhang@example.com"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(location.replace("/receipt/", "/receipt/x") + "/email").with(csrf()).param("email", "a@b.cn"))
			.andExpect(status().isNotFound());
		// no SMTP server here: said so, nothing breaks
		this.mvc.perform(post(location + "/email").cookie(cookie).with(csrf()).param("email", "zhang@example.com"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("本平台暂不能发送电子邮件")));
		this.mvc
			.perform(post(location + "/email").cookie(cookie)
				.with(csrf())
				.param("email", "zhang@example.com\r\nBcc: x@evil.example"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("电子邮箱格式不正确")));
		// rate-limited per client address like applications (three a minute in the tests)
		this.mvc.perform(post(location + "/email").cookie(cookie).with(csrf()).param("email", "<script>@x.cn"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>@"))));

		// with a mail server: the copy goes out and the case log notes it
		String page = this.mvc.perform(get(location).cookie(cookie)).andReturn().getResponse().getContentAsString();
		String trackingNo = between(page, "id=\"tracking-no\">", "<");
		String code = between(page, "id=\"query-code\">", "<");
		List<SimpleMailMessage> copies = new ArrayList<>();
		JavaMailSender capturing = new JavaMailSenderImpl() {
			@Override
			public void send(SimpleMailMessage... messages) {
				copies.addAll(List.of(messages));
			}
		};
		ReceiptCopies sender = new ReceiptCopies(provider(JavaMailSender.class, capturing), this.files, this.agencies,
				this.messages, this.properties, this.audit);
		this.transactions.executeWithoutResult((s) -> sender.send(trackingNo, code, " zhang@example.com "));
		assertThat(copies).singleElement().satisfies((m) -> {
			assertThat(m.getTo()).containsExactly("zhang@example.com");
			assertThat(m.getText()).contains(trackingNo).contains(code).contains("回执邮件县");
		});
		long id = this.cases.findByTrackingNo(trackingNo).orElseThrow().id();
		assertThat(CaseFixtures
			.as("c", Role.CLERK, this.cases.findById(id).orElseThrow().agencyId(), () -> this.requests.details(id))
			.events()).extracting(CaseEvent::kind).contains("notice-sent");
	}

	private ApplicantNotices notices(JavaMailSender mail, SmsSender sms) {
		return new ApplicantNotices(provider(JavaMailSender.class, mail), provider(SmsSender.class, sms), this.files,
				this.delivered, this.agencies, this.messages, this.properties, this.audit, this.jdbc, this.clock);
	}

	private JavaMailSender capturing() {
		return new JavaMailSenderImpl() {
			@Override
			public void send(MimeMessage... messages) {
				ApplicantNoticesTests.this.mails.addAll(List.of(messages));
			}
		};
	}

	private SmsSender texting() {
		return (mobile, text) -> this.texts.add(mobile + ":" + text);
	}

	private static <T> org.springframework.beans.factory.ObjectProvider<T> provider(Class<T> type, T bean) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory(
				(bean != null) ? Map.of("bean", bean) : Map.of());
		return beans.getBeanProvider(type);
	}

	private Receipt walkIn(long agency, String format) {
		ApplicationForm form = new ApplicationForm("NATURAL_PERSON", "李四", "居民身份证", CaseFixtures.idNumber(),
				"13800138000", "lisi@example.com", "人民路5号", "某项目预算", List.of(format), "ONLINE");
		LocalDate today = LocalDate.now(this.clock);
		return CaseFixtures.as("intake-clerk", Role.CLERK, agency,
				() -> this.requests.registerWalkIn(agency, form, Channel.WALK_IN, today));
	}

	private long caseId(Receipt receipt) {
		return this.cases.findByTrackingNo(receipt.trackingNo()).orElseThrow().id();
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start) + start.length();
		return text.substring(from, text.indexOf(end, from));
	}

}
