package org.gongkai.concerns;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.gongkai.agency.AgencyManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails the agency's disclosure office address (its guide's e-mail; staff accounts
 * carry none) that a concern is due soon or overdue, only when SMTP is configured
 * ({@code spring.mail.host}; no mail sender, no e-mail and no error).
 */
@Component
class ConcernMail {

	private static final Logger LOG = LoggerFactory.getLogger(ConcernMail.class);

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ObjectProvider<JavaMailSender> mail;

	private final AgencyManagement agencies;

	private final MessageSource messages;

	private final ConcernsProperties properties;

	private volatile JavaMailSender replacement;

	ConcernMail(ObjectProvider<JavaMailSender> mail, AgencyManagement agencies, MessageSource messages,
			ConcernsProperties properties) {
		this.mail = mail;
		this.agencies = agencies;
		this.messages = messages;
		this.properties = properties;
	}

	/** Tests only: sends through {@code sender} instead ({@code null} to stop). */
	void replaceSender(JavaMailSender sender) {
		this.replacement = sender;
	}

	void dueSoon(ConcernView concern) {
		send(concern, "concerns.mail.due-soon");
	}

	void overdue(ConcernView concern) {
		send(concern, "concerns.mail.overdue");
	}

	private void send(ConcernView concern, String key) {
		JavaMailSender sender = (this.replacement != null) ? this.replacement : this.mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		String to = this.agencies.details(concern.agencyId()).email();
		if (to == null || to.isBlank()) {
			return;
		}
		Object[] args = { concern.agencyName(), concern.title(), concern.aroseLocal().format(MINUTE),
				concern.dueLocal().format(MINUTE), "/admin/concerns/" + concern.id() };
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.mailFrom());
		message.setTo(to.strip());
		message.setSubject(this.messages.getMessage(key + ".subject", args, CHINESE));
		message.setText(this.messages.getMessage(key + ".text", args, CHINESE));
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			LOG.warn("Concern mail to agency {} not sent: {}", concern.agencyId(), ex.getMessage());
		}
	}

}
