package org.gongkai.request.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.request.Reminder;
import org.gongkai.request.RequestAssignment;
import org.gongkai.request.RequestProperties;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.casework.DisclosureRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mailed deadline reminders, only when SMTP is configured ({@code spring.mail.host}; no
 * mail sender, no e-mail and no error). Staff accounts carry no e-mail address, so a
 * reminder goes to the disclosure office address of the case's agency (its guide's
 * e-mail) and names the assignee; each case is reminded at most once a day.
 */
@Component
public class ReminderMail {

	private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final ObjectProvider<JavaMailSender> mail;

	private final DisclosureRequests cases;

	private final RequestAssignment assignment;

	private final AgencyManagement agencies;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final RequestProperties properties;

	private final Clock clock;

	public ReminderMail(ObjectProvider<JavaMailSender> mail, DisclosureRequests cases, RequestAssignment assignment,
			AgencyManagement agencies, JdbcClient jdbc, MessageSource messages, RequestProperties properties,
			Clock clock) {
		this.mail = mail;
		this.cases = cases;
		this.assignment = assignment;
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sends the reminders due on the day of {@code at} (the platform's time zone, carried
	 * by the clock) that were not sent that day yet.
	 * @return how many e-mails were sent
	 */
	@Transactional
	public int send(Instant at) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		LocalDate today = LocalDate.ofInstant(at, this.clock.getZone());
		int sent = 0;
		for (Reminder reminder : this.assignment.assignedReminders(today)) {
			DisclosureRequest request = this.cases.findById(reminder.caseId()).orElseThrow();
			String to = this.agencies.details(request.agencyId()).email();
			if (to == null || to.isBlank() || alreadySent(reminder.caseId(), today)) {
				continue;
			}
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.properties.reminderFrom());
			message.setTo(to.strip());
			String key = reminder.overdue() ? "request.reminder.mail.overdue" : "request.reminder.mail.due-soon";
			Object[] args = { reminder.trackingNo(), reminder.due().toString(), request.assignee() };
			message.setSubject(this.messages.getMessage(key + ".subject", args, CHINESE));
			message.setText(this.messages.getMessage(key + ".text", args, CHINESE));
			try {
				sender.send(message);
			}
			catch (MailException ex) {
				log.warn("Reminder for case {} not sent: {}", reminder.caseId(), ex.getMessage());
				continue;
			}
			this.jdbc.sql("insert into req_reminder_sent (case_id, on_date, sent_at) values (?, ?, ?)")
				.params(reminder.caseId(), today, java.sql.Timestamp.from(at))
				.update();
			sent++;
		}
		return sent;
	}

	private boolean alreadySent(long caseId, LocalDate day) {
		return this.jdbc.sql("select count(*) from req_reminder_sent where case_id = ? and on_date = ?")
			.params(caseId, day)
			.query(Long.class)
			.single() > 0;
	}

}
