package org.gongkai.mailbox.letter;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.mailbox.LetterChannel;
import org.gongkai.mailbox.LetterForm;
import org.gongkai.mailbox.LetterReceipt;
import org.gongkai.mailbox.MailboxProperties;
import org.gongkai.mailbox.ReplyMode;
import org.gongkai.mailbox.ReplyVisibility;
import org.gongkai.mailbox.rules.LetterNumbers;
import org.gongkai.platform.SerialNumbers;

import org.springframework.stereotype.Component;

/**
 * The demo county's letters and mailboxes, with their dates; called only through
 * {@link org.gongkai.mailbox.DemoInteractionRecords}, which refuses outside demo mode and
 * holds the transaction. Each letter gets its tracking number (serial of the agency and
 * the year of receipt) and each row one audit entry by {@code system}; demo letters are
 * not moderated.
 */
@Component
public class DemoLetters {

	private static final String SYSTEM = "system";

	private final Mailboxes mailboxes;

	private final Letters letters;

	private final LetterSteps steps;

	private final SerialNumbers serials;

	private final AuditLog audit;

	private final MailboxProperties mailboxProperties;

	private final Clock clock;

	private final WorkingDayCalendar calendar;

	private final SecureRandom random = new SecureRandom();

	DemoLetters(Mailboxes mailboxes, Letters letters, LetterSteps steps, SerialNumbers serials, AuditLog audit,
			MailboxProperties mailboxProperties, Clock clock, WorkingDayCalendar calendar) {
		this.calendar = calendar;
		this.mailboxes = mailboxes;
		this.letters = letters;
		this.steps = steps;
		this.serials = serials;
		this.audit = audit;
		this.mailboxProperties = mailboxProperties;
		this.clock = clock;
	}

	/** Whether the agency has any letter (the demo fills only agencies without). */
	public boolean hasLetters(long agencyId) {
		return !this.letters.findByAgencyId(agencyId).isEmpty();
	}

	/**
	 * Records a letter received at 9:00 on {@code receivedOn} in the named mailbox of the
	 * agency (created if missing), answered at 15:00 on {@code repliedOn} unless that is
	 * {@code null}.
	 * @param letter the letter as the writer gave it; its mailbox id is ignored
	 * @param reply the reply, or {@code null} for an open letter
	 * @return the tracking number and query code
	 */
	public LetterReceipt letter(long agencyId, String mailboxName, LetterForm letter, LocalDate receivedOn,
			String reply, ReplyVisibility visibility, LocalDate repliedOn) {
		Mailbox mailbox = mailbox(agencyId, mailboxName);
		String trackingNo = LetterNumbers.trackingNo(receivedOn.getYear(), agencyId,
				this.serials.next(LetterIntake.SERIES, agencyId, receivedOn.getYear()));
		String queryCode = LetterNumbers.newCode(this.random);
		ValidLetter valid = ValidLetter.of(letter);
		Instant at = receivedOn.atStartOfDay(this.clock.getZone()).plusHours(9).toInstant();
		Letter saved = this.letters
			.save(new Letter(mailbox.id(), agencyId, trackingNo, LetterNumbers.hash(trackingNo, queryCode), valid,
					false, at, receivedOn, this.mailboxProperties.replyDays(valid.type())));
		this.steps.save(new LetterStep(saved.id(), StepKind.RECEIVED, at, LetterLog.PUBLIC, null, null, null));
		if (repliedOn != null) {
			Instant repliedAt = repliedOn.atStartOfDay(this.clock.getZone()).plusHours(15).toInstant();
			saved.reply(reply, visibility, ReplyMode.WRITTEN, repliedOn, "demo", repliedAt);
			this.steps
				.save(new LetterStep(saved.id(), StepKind.REPLIED, repliedAt, "demo", null, null, visibility.name()));
		}
		record("mailbox.demo-letter", "Letter", saved.id(), agencyId, saved.auditSummary());
		return new LetterReceipt(trackingNo, queryCode);
	}

	/**
	 * Records a letter that came by another channel than the website, registered by
	 * {@code system} at 9:30 on the working day {@code workingDaysAgo} before today and
	 * answered at 16:00 on the following working day unless {@code reply} is {@code null}
	 * (privately, in the given mode).
	 * @return the tracking number and query code
	 */
	public LetterReceipt registered(long agencyId, LetterChannel channel, LetterForm letter, int workingDaysAgo,
			String reply, ReplyMode mode) {
		LocalDate receivedOn = LocalDate.now(this.clock);
		for (int back = workingDaysAgo; back > 0;) {
			receivedOn = receivedOn.minusDays(1);
			if (this.calendar.isWorkingDay(receivedOn)) {
				back--;
			}
		}
		Mailbox mailbox = this.mailboxes.findByAgencyIdOrderById(agencyId)
			.stream()
			.filter(Mailbox::active)
			.findFirst()
			.orElseGet(() -> mailbox(agencyId, LetterIntake.GENERAL_MAILBOX));
		String trackingNo = LetterNumbers.trackingNo(receivedOn.getYear(), agencyId,
				this.serials.next(LetterIntake.SERIES, agencyId, receivedOn.getYear()));
		String queryCode = LetterNumbers.newCode(this.random);
		ValidLetter form = ValidLetter.of(letter);
		ValidLetter valid = new ValidLetter(form.type(), form.subject(), form.body(), form.name(), form.phone(),
				form.email(), false);
		Instant at = receivedOn.atStartOfDay(this.clock.getZone()).plusHours(9).plusMinutes(30).toInstant();
		Letter saved = this.letters
			.save(new Letter(mailbox.id(), agencyId, trackingNo, LetterNumbers.hash(trackingNo, queryCode), valid,
					false, at, receivedOn, this.mailboxProperties.replyDays(valid.type())));
		saved.cameBy(channel, null, null, SYSTEM);
		this.steps.save(new LetterStep(saved.id(), StepKind.RECEIVED, at, SYSTEM, null, null, null));
		if (reply != null) {
			LocalDate repliedOn = receivedOn.plusDays(1);
			while (!this.calendar.isWorkingDay(repliedOn)) {
				repliedOn = repliedOn.plusDays(1);
			}
			Instant repliedAt = repliedOn.atStartOfDay(this.clock.getZone()).plusHours(16).toInstant();
			saved.reply(reply, ReplyVisibility.PRIVATE, mode, repliedOn, "demo", repliedAt);
			this.steps.save(new LetterStep(saved.id(), StepKind.REPLIED, repliedAt, "demo", null, null,
					ReplyVisibility.PRIVATE.name()));
		}
		record("mailbox.demo-letter", "Letter", saved.id(), agencyId, saved.auditSummary());
		return new LetterReceipt(trackingNo, queryCode);
	}

	private Mailbox mailbox(long agencyId, String name) {
		return this.mailboxes.findByAgencyIdOrderById(agencyId)
			.stream()
			.filter((m) -> m.view().name().equals(name))
			.findFirst()
			.orElseGet(() -> {
				Mailbox created = this.mailboxes.save(new Mailbox(agencyId, name, null, Instant.now(this.clock)));
				record("mailbox.created", "Mailbox", created.id(), agencyId, created.auditSummary());
				return created;
			});
	}

	private void record(String action, String type, Object id, long agencyId, String after) {
		this.audit.record(AuditRecord.of(action, type, id).withAgency(agencyId).withActor(SYSTEM).withAfter(after));
	}

}
