package org.gongkai.mailbox.letter;

import org.gongkai.mailbox.ReplyVisibility;
import org.gongkai.mailbox.moderation.Moderation;
import org.gongkai.platform.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The replies an agency answered publicly, as the portal lists them (docs/legal-rules.md,
 * Interaction): personal data masked by the privacy scanner, a withheld question left
 * out, the writer never named (the writer's name and names before 同志, 先生, 女士 masked in
 * the question and the reply). Private replies are read only with the query code
 * ({@link LetterIntake#track}).
 */
@Service
public class PublicReplies {

	private final Letters letters;

	private final Moderation moderation;

	private final LetterSummaries summaries;

	PublicReplies(Letters letters, Moderation moderation, LetterSummaries summaries) {
		this.letters = letters;
		this.moderation = moderation;
		this.summaries = summaries;
	}

	/**
	 * The public replies of an agency, newest first, moderated: personal data masked, a
	 * withheld question left out, the writer never named.
	 */
	@Transactional(readOnly = true)
	public Page<PublicReply> publicReplies(long agencyId, int page, int size) {
		String name = this.summaries.agencyName(agencyId);
		return this.letters
			.findByAgencyIdAndStatusAndReplyVisibilityOrderByRepliedOnDescIdDesc(agencyId, LetterStatus.REPLIED,
					ReplyVisibility.PUBLIC, PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 100)))
			.map((l) -> publicReply(l, name));
	}

	/**
	 * One public reply of an agency.
	 * @throws NotFoundException unless the letter is answered publicly by that agency
	 */
	@Transactional(readOnly = true)
	public PublicReply publicReply(long agencyId, String trackingNo) {
		Letter letter = this.letters.findByTrackingNo((trackingNo != null) ? trackingNo.strip() : "")
			.filter((l) -> l.agencyId() == agencyId && l.status() == LetterStatus.REPLIED
					&& l.replyVisibility() == ReplyVisibility.PUBLIC)
			.orElseThrow(() -> new NotFoundException("Public reply " + trackingNo));
		return publicReply(letter, this.summaries.agencyName(agencyId));
	}

	private PublicReply publicReply(Letter letter, String agencyName) {
		boolean withheld = letter.questionWithheld();
		return new PublicReply(letter.trackingNo(), letter.type(),
				withheld ? null : this.moderation.subjectForPublic(letter.subject(), letter.writerName()),
				withheld ? null : this.moderation.forPublic(letter.body(), letter.writerName()),
				this.moderation.forPublic(letter.replyText(), letter.writerName()), letter.receivedOn(),
				letter.repliedOn(), agencyName);
	}

}
