package org.gongkai.request.notices;

import java.util.Locale;
import java.util.regex.Pattern;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.RequestProperties;
import org.gongkai.request.casework.CaseFiles;
import org.gongkai.request.casework.DisclosureRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mails the applicant a copy of the receipt: the tracking number and the query code, to
 * an address they type on the receipt page (which alone holds the code). Sent at once, so
 * the page can say whether it went; the case log notes it.
 */
@Service
public class ReceiptCopies {

	private static final Logger log = LoggerFactory.getLogger(ReceiptCopies.class);

	/** The longest e-mail address accepted (RFC 5321). */
	public static final int MAX_EMAIL = 254;

	private static final Pattern EMAIL = Pattern
		.compile("[^\\s@<>\"(),;:\\[\\]]+@[^\\s@<>\"(),;:\\[\\]]+\\.[A-Za-z0-9-]{2,}");

	private final ObjectProvider<JavaMailSender> mail;

	private final CaseFiles files;

	private final AgencyManagement agencies;

	private final MessageSource messages;

	private final RequestProperties properties;

	private final AuditLog audit;

	public ReceiptCopies(ObjectProvider<JavaMailSender> mail, CaseFiles files, AgencyManagement agencies,
			MessageSource messages, RequestProperties properties, AuditLog audit) {
		this.audit = audit;
		this.mail = mail;
		this.files = files;
		this.agencies = agencies;
		this.messages = messages;
		this.properties = properties;
	}

	/**
	 * Sends the copy.
	 * @throws RuleViolationException {@code delivery.receipt-copy.email.invalid} for a
	 * malformed address, {@code delivery.receipt-copy.unavailable} when no mail server is
	 * configured or it refused the message
	 * @throws NotFoundException for a wrong number or code
	 */
	@Transactional
	public void send(String trackingNo, String queryCode, String email) {
		String to = (email == null) ? "" : email.strip();
		if (to.length() > MAX_EMAIL || !EMAIL.matcher(to).matches()) {
			throw new RuleViolationException("delivery.receipt-copy.email.invalid", "Malformed e-mail address");
		}
		DisclosureRequest request = this.files.byCode(trackingNo, queryCode);
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			throw new RuleViolationException("delivery.receipt-copy.unavailable", "No mail server configured");
		}
		Locale chinese = Locale.SIMPLIFIED_CHINESE;
		Object[] args = { request.trackingNo(), this.agencies.details(request.agencyId()).summary().name(),
				queryCode.strip().toUpperCase(Locale.ROOT) };
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.reminderFrom());
		message.setTo(to);
		String subject = this.messages.getMessage("request.notice.COPY.subject", args, chinese);
		message.setSubject(subject);
		message.setText(this.messages.getMessage("request.notice.COPY.text", args, chinese));
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			log.warn("Receipt copy of case {} not sent: {}", request.id(), ex.toString());
			throw new RuleViolationException("delivery.receipt-copy.unavailable", "Mail refused");
		}
		String channel = this.messages.getMessage("request.notice.channel.email",
				new Object[] { ApplicantNotices.maskedEmail(to) }, chinese);
		request.note("notice-sent", this.files.today(), "system", channel + " " + subject, this.files.now());
		this.audit.record(AuditRecord.of("request.notice-sent", "DisclosureRequest", request.id())
			.withAgency(request.agencyId())
			.withAfter(channel + " " + subject));
	}

}
