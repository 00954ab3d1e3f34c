package org.gongkai.request.notices;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.request.RequestProperties;
import org.gongkai.request.RequestReceived;
import org.gongkai.request.SmsSender;
import org.gongkai.request.casework.CaseFiles;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.delivery.Delivered;
import org.gongkai.request.delivery.DeliveredInformation;
import org.gongkai.request.delivery.DeliveryView;
import org.gongkai.request.delivery.FileContent;
import org.gongkai.request.letters.LetterIssued;
import org.gongkai.request.letters.LetterKind;
import org.gongkai.request.letters.LetterReleased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the applicant of each step (e-mail when they gave an address and SMTP is
 * configured, {@code spring.mail.host}; a text message through the {@link SmsSender} port
 * when a provider is plugged in): receipt confirmed, correction notice, consultation
 * pause, extension, fee notice, decision, and the release, which by e-mail carries the
 * delivered information when the applicant asked for it by e-mail. The listeners run
 * after the staff step committed, in their own transaction, recorded in Spring Modulith's
 * event publication registry (docs/architecture.md, Events): a failing mail server never
 * undoes or blocks the step. An e-mail the server refused is tried again later
 * ({@link NoticeRetries}). Every notice sent or failed is a line in the case log.
 */
@Component
public class ApplicantNotices {

	private static final Logger log = LoggerFactory.getLogger(ApplicantNotices.class);

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?1[3-9]\\d{9}");

	/** The most the files attached to one release e-mail may weigh, in bytes. */
	static final long MAX_ATTACHED = 15L * 1024 * 1024;

	private final ObjectProvider<JavaMailSender> mail;

	private final ObjectProvider<SmsSender> sms;

	private final CaseFiles files;

	private final DeliveredInformation delivered;

	private final AgencyManagement agencies;

	private final MessageSource messages;

	private final RequestProperties properties;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	public ApplicantNotices(ObjectProvider<JavaMailSender> mail, ObjectProvider<SmsSender> sms, CaseFiles files,
			DeliveredInformation delivered, AgencyManagement agencies, MessageSource messages,
			RequestProperties properties, AuditLog audit, JdbcClient jdbc, Clock clock) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
		this.mail = mail;
		this.sms = sms;
		this.files = files;
		this.delivered = delivered;
		this.agencies = agencies;
		this.messages = messages;
		this.properties = properties;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void received(RequestReceived event) {
		send(event.caseId(), NoticeKind.RECEIVED);
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void letterIssued(LetterIssued event) {
		send(event.caseId(), switch (event.kind()) {
			case CORRECTION -> NoticeKind.CORRECTION;
			case CONSULTATION -> NoticeKind.CONSULTATION;
			case EXTENSION -> NoticeKind.EXTENSION;
			case FEE -> NoticeKind.FEE;
			case REPLY -> NoticeKind.DECISION;
		});
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void letterReleased(LetterReleased event) {
		if (event.kind() == LetterKind.REPLY) {
			send(event.caseId(), NoticeKind.RELEASE);
		}
	}

	/**
	 * Sends one notice of a case by every channel the applicant gave, in the caller's
	 * transaction, and logs each on the case.
	 * @return how many were sent
	 */
	public int send(long caseId, NoticeKind kind) {
		DisclosureRequest request = this.files.load(caseId);
		Object[] args = arguments(request, kind);
		String subject = this.messages.getMessage("request.notice." + kind.name() + ".subject", args, CHINESE);
		int sent = 0;
		String email = request.email();
		JavaMailSender sender = this.mail.getIfAvailable();
		if (email != null && !email.isBlank()) {
			if (sender == null) {
				log.info("Notice {} of case {} not e-mailed: no mail server configured", kind, caseId);
			}
			else if (mail(sender, request, kind, subject, args)) {
				note(request, "notice-sent", "system", emailChannel(request), subject);
				sent++;
			}
			else {
				Instant next = this.files.now().plus(NoticeRetries.BACKOFF.get(0));
				insertRetry(request, kind, subject, next);
				note(request, "notice-failed", "system", emailChannel(request),
						subject + this.messages.getMessage("request.notice.retry.next",
								new Object[] { 1, NoticeRetries.minute(next, this.clock) }, CHINESE));
			}
		}
		String phone = (request.phone() != null) ? request.phone().replaceAll("[\\s-]", "") : "";
		if (MOBILE.matcher(phone).matches()) {
			SmsSender provider = this.sms.getIfAvailable(LoggingSmsSender::new);
			String channel = this.messages.getMessage("request.notice.channel.sms", new Object[] { maskedPhone(phone) },
					CHINESE);
			try {
				if (provider.send(phone.substring(phone.length() - 11), subject)) {
					note(request, "notice-sent", "system", channel, subject);
					sent++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("SMS notice {} of case {} failed: {}", kind, caseId, ex.toString());
				note(request, "notice-failed", "system", channel, subject);
			}
		}
		return sent;
	}

	/**
	 * One e-mail attempt of a notice, in the caller's transaction; nothing is logged.
	 * @return whether the mail server took it
	 */
	boolean mail(JavaMailSender sender, DisclosureRequest request, NoticeKind kind, String subject, Object[] args) {
		try {
			StringBuilder text = new StringBuilder(
					this.messages.getMessage("request.notice." + kind.name() + ".text", args, CHINESE));
			List<FileContent> attached = new ArrayList<>();
			if (kind == NoticeKind.RELEASE) {
				attached = release(request, text);
			}
			text.append("\n\n").append(this.messages.getMessage("request.notice.footer", args, CHINESE));
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, !attached.isEmpty(), "UTF-8");
			helper.setFrom(this.properties.reminderFrom());
			helper.setTo(request.email().strip());
			helper.setSubject(subject);
			helper.setText(text.toString());
			for (FileContent file : attached) {
				helper.addAttachment(file.fileName(), new ByteArrayResource(file.bytes()), file.mediaType());
			}
			sender.send(message);
			return true;
		}
		catch (MailException | MessagingException ex) {
			log.warn("E-mail notice {} of case {} failed: {}", kind, request.id(), ex.toString());
			return false;
		}
	}

	/**
	 * One more e-mail attempt of a notice that failed before, in the caller's
	 * transaction, nothing logged.
	 * @return whether the mail server took it; {@code null} when no mail server is
	 * configured or the case has no e-mail address now (nothing was tried)
	 */
	Boolean mailAgain(DisclosureRequest request, NoticeKind kind, String subject) {
		if (!canMail(request)) {
			return null;
		}
		return mail(this.mail.getObject(), request, kind, subject, arguments(request, kind));
	}

	/** Whether a mail server is configured and the case has an e-mail address. */
	boolean canMail(DisclosureRequest request) {
		return this.mail.getIfAvailable() != null && request.email() != null && !request.email().isBlank();
	}

	String emailChannel(DisclosureRequest request) {
		return this.messages.getMessage("request.notice.channel.email", new Object[] { maskedEmail(request.email()) },
				CHINESE);
	}

	private void insertRetry(DisclosureRequest request, NoticeKind kind, String subject, Instant next) {
		this.jdbc
			.sql("insert into req_notice_retry (case_id, agency_id, kind, subject, state, attempts, last_tried_at,"
					+ " next_attempt_at) values (?, ?, ?, ?, 'WAITING', 1, ?, ?)")
			.params(request.id(), request.agencyId(), kind.name(), subject, Timestamp.from(this.files.now()),
					Timestamp.from(next))
			.update();
	}

	/** The release e-mail's text and files: all of them when asked for by e-mail. */
	private List<FileContent> release(DisclosureRequest request, StringBuilder text) {
		Delivered information = this.delivered.delivered(request);
		if (!request.wantsEmail() || information.isEmpty()) {
			if (!information.isEmpty()) {
				String way = information.downloadable() ? "request.notice.RELEASE.online"
						: "delivery.public.by." + information.delivery();
				text.append("\n\n").append(this.messages.getMessage(way, null, CHINESE));
			}
			return List.of();
		}
		if (information.text() != null) {
			text.append("\n\n").append(information.text());
		}
		long total = information.files().stream().mapToLong(DeliveryView.DeliveredFile::size).sum();
		if (total > MAX_ATTACHED) {
			text.append("\n\n").append(this.messages.getMessage("request.notice.RELEASE.too-large", null, CHINESE));
			return List.of();
		}
		return information.files().stream().map((f) -> this.delivered.content(request.id(), f.id(), true)).toList();
	}

	Object[] arguments(DisclosureRequest request, NoticeKind kind) {
		String agency = this.agencies.details(request.agencyId()).summary().name();
		LocalDate date = switch (kind) {
			case CORRECTION -> request.correctionPeriodEndsOn();
			case RECEIVED, EXTENSION -> this.files.read(request).due();
			default -> null;
		};
		String day = (date != null) ? date.format(DateTimeFormatter.ofPattern("yyyy年M月d日")) : "";
		return new Object[] { request.trackingNo(), agency, day };
	}

	/**
	 * Logs a notice on the case and in the audit log.
	 * @param kind {@code notice-sent}, {@code notice-failed} or {@code notice-gave-up}
	 * @param by who sent it: {@code system} or the clerk's user name
	 */
	void note(DisclosureRequest request, String kind, String by, String channel, String subject) {
		request.note(kind, this.files.today(), by, channel + " " + subject, this.files.now());
		String action = switch (kind) {
			case "notice-sent" -> "request.notice-sent";
			case "notice-gave-up" -> "request.notice-gave-up";
			default -> "request.notice-failed";
		};
		this.audit.record(AuditRecord.of(action, "DisclosureRequest", request.id())
			.withAgency(request.agencyId())
			.withAfter(channel + " " + subject));
	}

	/** {@code 138****5678}. */
	static String maskedPhone(String phone) {
		String digits = phone.substring(Math.max(0, phone.length() - 11));
		return (digits.length() == 11) ? digits.substring(0, 3) + "****" + digits.substring(7) : "***";
	}

	/** {@code z***@example.com}. */
	static String maskedEmail(String email) {
		String address = email.strip();
		int at = address.indexOf('@');
		return (at > 0) ? address.charAt(0) + "***" + address.substring(at) : "***";
	}

}
