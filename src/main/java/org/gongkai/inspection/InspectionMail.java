package org.gongkai.inspection;

import java.util.List;
import java.util.Locale;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mails the agency about new findings of a run and about a rectification task assigned
 * to it, only when SMTP is configured ({@code spring.mail.host}; no mail sender, no
 * e-mail and no error), as the request module's reminders do. Staff accounts carry no
 * e-mail address, so the mail goes to the agency's disclosure office address (its guide's
 * e-mail). It is sent once the transaction commits; a run that finds nothing new sends
 * nothing, so re-runs never repeat a mail.
 */
@Component
class InspectionMail {

	private static final Logger LOG = LoggerFactory.getLogger(InspectionMail.class);

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	/** The most findings one mail lists. */
	static final int MAX_LISTED = 20;

	private final ObjectProvider<JavaMailSender> mail;

	private final AgencyManagement agencies;

	private final MessageSource messages;

	private final InspectionProperties properties;

	private volatile JavaMailSender replacement;

	InspectionMail(ObjectProvider<JavaMailSender> mail, AgencyManagement agencies, MessageSource messages,
			InspectionProperties properties) {
		this.mail = mail;
		this.agencies = agencies;
		this.messages = messages;
		this.properties = properties;
	}

	/** Tests only: sends through {@code sender} instead ({@code null} to stop). */
	void replaceSender(JavaMailSender sender) {
		this.replacement = sender;
	}

	/** Mails the findings a run found that the agency's previous run did not. */
	void newFindings(AgencySummary agency, List<InspectionFinding> fresh) {
		if (fresh.isEmpty()) {
			return;
		}
		StringBuilder lines = new StringBuilder();
		fresh.stream()
			.limit(MAX_LISTED)
			.forEach((f) -> lines.append("- [")
				.append(this.messages.getMessage("inspection.severity." + f.severity(), null, CHINESE))
				.append("] ")
				.append(f.title())
				.append('\n'));
		if (fresh.size() > MAX_LISTED) {
			lines.append("……\n");
		}
		Object[] args = { agency.name(), String.valueOf(fresh.size()), lines.toString(),
				"/admin/inspection/" + agency.creditCode() };
		send(agency, "inspection.mail.findings", args);
	}

	/** Mails that a finding became a task with an owner and a deadline. */
	void taskAssigned(AgencySummary agency, RectificationView task) {
		Object[] args = { agency.name(), task.title(), task.owner(), task.dueOn().toString(),
				"/admin/inspection/" + agency.creditCode() };
		send(agency, "inspection.mail.task", args);
	}

	private void send(AgencySummary agency, String key, Object[] args) {
		JavaMailSender sender = (this.replacement != null) ? this.replacement : this.mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		String to = this.agencies.details(agency.id()).email();
		if (to == null || to.isBlank()) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.mailFrom());
		message.setTo(to.strip());
		message.setSubject(this.messages.getMessage(key + ".subject", args, CHINESE));
		message.setText(this.messages.getMessage(key + ".text", args, CHINESE));
		Runnable deliver = () -> {
			try {
				sender.send(message);
			}
			catch (MailException ex) {
				LOG.warn("Inspection mail to agency {} not sent: {}", agency.id(), ex.getMessage());
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deliver.run();
				}
			});
		}
		else {
			deliver.run();
		}
	}

}
