package org.gongkai.mailbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.mailbox.consultation.DemoConsultations;
import org.gongkai.mailbox.letter.DemoLetters;
import org.gongkai.mailbox.survey.DemoSurveys;
import org.gongkai.platform.GongkaiProperties;

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

	private final GongkaiProperties properties;

	private final DemoLetters demoLetters;

	private final DemoConsultations demoConsultations;

	private final DemoSurveys demoSurveys;

	DemoInteractionRecords(GongkaiProperties properties, DemoLetters demoLetters, DemoConsultations demoConsultations,
			DemoSurveys demoSurveys) {
		this.properties = properties;
		this.demoLetters = demoLetters;
		this.demoConsultations = demoConsultations;
		this.demoSurveys = demoSurveys;
	}

	/** Whether the agency has any letter (the demo fills only agencies without). */
	@Transactional(readOnly = true)
	public boolean hasLetters(long agencyId) {
		return this.demoLetters.hasLetters(agencyId);
	}

	/**
	 * Records a letter received at 9:00 on {@code receivedOn} (the platform's time zone)
	 * in the named mailbox of the agency (created if missing), answered at 15:00 on
	 * {@code repliedOn} unless that is {@code null}.
	 * @param letter the letter as the writer gave it; its mailbox id is ignored
	 * @param reply the reply, or {@code null} for an open letter
	 * @return the tracking number and query code
	 * @throws IllegalStateException outside demo mode
	 */
	@Transactional
	public LetterReceipt letter(long agencyId, String mailboxName, LetterForm letter, LocalDate receivedOn,
			String reply, ReplyVisibility visibility, LocalDate repliedOn) {
		requireDemo();
		return this.demoLetters.letter(agencyId, mailboxName, letter, receivedOn, reply, visibility, repliedOn);
	}

	/**
	 * Records a letter that came by another channel than the website (a telephone
	 * message, say), received on the working day {@code workingDaysAgo} before today and
	 * answered privately on the next working day in {@code mode} unless {@code reply} is
	 * {@code null}.
	 * @throws IllegalStateException outside demo mode
	 */
	@Transactional
	public LetterReceipt registeredLetter(long agencyId, LetterChannel channel, LetterForm letter, int workingDaysAgo,
			String reply, ReplyMode mode) {
		requireDemo();
		return this.demoLetters.registered(agencyId, channel, letter, workingDaysAgo, reply, mode);
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

	private void requireDemo() {
		if (!this.properties.demo()) {
			throw new IllegalStateException("Demo interaction outside demo mode");
		}
	}

}
