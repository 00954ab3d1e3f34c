package org.gongkai.mailbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.mailbox.consultation.DemoConsultations;
import org.gongkai.mailbox.rules.LetterNumbers;
import org.gongkai.mailbox.survey.DemoSurveys;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.SerialNumbers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the demo county's letters, consultations and surveys in demo mode only, with
 * the dates they would have had, so the demo shows a believable history (the workflow
 * would stamp today's date on all of them). Outside demo mode every command is refused.
 * Each letter gets its tracking number (serial of the agency and the year of receipt) and
 * each row one audit entry by {@code system}; demo letters are not moderated.
 */
@Service
public class DemoInteractionRecords {

	private static final String SYSTEM = "system";

	private final GongkaiProperties properties;

	private final Mailboxes mailboxes;

	private final Letters letters;

	private final LetterSteps steps;

	private final DemoConsultations demoConsultations;

	private final DemoSurveys demoSurveys;

	private final SerialNumbers serials;

	private final AuditLog audit;

	private final MailboxProperties mailboxProperties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	DemoInteractionRecords(GongkaiProperties properties, Mailboxes mailboxes, Letters letters, LetterSteps steps,
			DemoConsultations demoConsultations, DemoSurveys demoSurveys, SerialNumbers serials, AuditLog audit,
			MailboxProperties mailboxProperties, Clock clock) {
		this.properties = properties;
		this.mailboxes = mailboxes;
		this.letters = letters;
		this.steps = steps;
		this.demoConsultations = demoConsultations;
		this.demoSurveys = demoSurveys;
		this.serials = serials;
		this.audit = audit;
		this.mailboxProperties = mailboxProperties;
		this.clock = clock;
	}

	/** Whether the agency has any letter (the demo fills only agencies without). */
	@Transactional(readOnly = true)
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
	 * @throws IllegalStateException outside demo mode
	 */
	@Transactional
	public LetterReceipt letter(long agencyId, String mailboxName, LetterForm letter, LocalDate receivedOn,
			String reply, ReplyVisibility visibility, LocalDate repliedOn) {
		requireDemo();
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
			saved.reply(reply, visibility, repliedOn, "demo", repliedAt);
			this.steps
				.save(new LetterStep(saved.id(), StepKind.REPLIED, repliedAt, "demo", null, null, visibility.name()));
		}
		record("mailbox.demo-letter", "Letter", saved.id(), agencyId, saved.auditSummary());
		return new LetterReceipt(trackingNo, queryCode);
	}

	/**
	 * Records a consultation on a draft, with how its comments were used if
	 * {@code summary} is given.
	 * @param summaryOn the day the summary was published, with the summary
	 * @return the consultation's id
	 * @throws IllegalStateException outside demo mode
	 */
	@Transactional
	public long consultation(long agencyId, String title, String draft, LocalDate opensOn, LocalDate closesOn,
			Instant createdAt, String summary, LocalDate summaryOn) {
		requireDemo();
		return this.demoConsultations.consultation(agencyId, title, draft, opensOn, closesOn, createdAt, summary,
				summaryOn);
	}

	/**
	 * Records a published comment on a consultation of the agency.
	 * @throws IllegalStateException outside demo mode
	 */
	@Transactional
	public void publishedComment(long agencyId, long consultationId, String writerName, String text, Instant at) {
		requireDemo();
		this.demoConsultations.publishedComment(agencyId, consultationId, writerName, text, at);
	}

	/**
	 * Records a survey with its answers in order and the votes each got.
	 * @param votes the votes of each answer, as many as answers
	 * @return the survey's id
	 * @throws IllegalStateException outside demo mode
	 */
	@Transactional
	public long survey(long agencyId, String title, String question, LocalDate opensOn, LocalDate closesOn,
			Instant createdAt, List<String> answers, List<Long> votes) {
		requireDemo();
		if (answers.size() != votes.size()) {
			throw new IllegalArgumentException("One count of votes per answer");
		}
		return this.demoSurveys.survey(agencyId, title, question, opensOn, closesOn, createdAt, answers, votes);
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

	private void requireDemo() {
		if (!this.properties.demo()) {
			throw new IllegalStateException("Demo interaction outside demo mode");
		}
	}

	private void record(String action, String type, Object id, long agencyId, String after) {
		this.audit.record(AuditRecord.of(action, type, id).withAgency(agencyId).withActor(SYSTEM).withAfter(after));
	}

}
