package org.gongkai.mailbox.letter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.mailbox.MailboxProperties;
import org.gongkai.mailbox.ReplyMode;
import org.gongkai.mailbox.ReplyVisibility;
import org.gongkai.mailbox.moderation.Moderation;
import org.gongkai.mailbox.rules.LetterExtension;
import org.gongkai.mailbox.rules.PlainText;
import org.gongkai.privacy.FindingType;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;
import org.gongkai.request.ApplicationForm;
import org.gongkai.request.Channel;
import org.gongkai.request.Receipt;
import org.gongkai.request.RequestAssignment;
import org.gongkai.request.RequestManagement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the office does with a letter (docs/legal-rules.md, Interaction): a clerk of the
 * agency holding it assigns it to a clerk or forwards it to the agency responsible (the
 * writer sees the forward; the deadline still runs from the day of receipt), extends the
 * reply period once with a reason, replies publicly (with the writer's consent) or
 * privately, withholds an abusive question from the portal, or turns a letter that is
 * really a disclosure application into a request case. Each step is logged on the letter
 * and audited.
 */
@Service
public class LetterHandling {

	static final int MAX_REPLY = 5000;

	static final int MAX_NOTE = 500;

	private final Mailboxes mailboxes;

	private final Letters letters;

	private final LetterSteps steps;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final Clock clock;

	private final MailboxProperties properties;

	private final Moderation moderation;

	private final RequestManagement requests;

	private final RequestAssignment assignment;

	private final LetterSummaries summaries;

	private final LetterLog log;

	LetterHandling(Mailboxes mailboxes, Letters letters, LetterSteps steps, AgencyManagement agencies,
			AgencyAccess access, Clock clock, MailboxProperties properties, Moderation moderation,
			RequestManagement requests, RequestAssignment assignment, LetterSummaries summaries, LetterLog log) {
		this.mailboxes = mailboxes;
		this.letters = letters;
		this.steps = steps;
		this.agencies = agencies;
		this.access = access;
		this.clock = clock;
		this.properties = properties;
		this.moderation = moderation;
		this.requests = requests;
		this.assignment = assignment;
		this.summaries = summaries;
		this.log = log;
	}

	/**
	 * One letter with everything the writer gave.
	 * @throws NotFoundException if there is no such letter
	 * @throws ForbiddenException unless the user may see the agency holding or receiving
	 * it
	 */
	@Transactional(readOnly = true)
	public LetterDetails details(long letterId) {
		Letter letter = load(letterId);
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		if (!visible.contains(letter.agencyId()) && !visible.contains(letter.receivingAgencyId())) {
			throw new ForbiddenException("Letter " + letterId + " not visible");
		}
		StaffPrincipal me = AgencyAccess.current();
		boolean mayAct = me != null && me.has(Role.CLERK, letter.agencyId());
		String mailboxName = this.mailboxes.findById(letter.mailboxId()).map((m) -> m.view().name()).orElse("");
		return new LetterDetails(this.summaries.summary(letter, this.summaries.agencyNames()), mailboxName,
				letter.body(), this.moderation.forPublic(letter.body(), letter.writerName()), letter.writerName(),
				letter.phone(), letter.email(), letter.publicConsent(), letter.questionWithheld(), letter.periodDays(),
				letter.extensionDays(), letter.extensionReason(), letter.replyText(),
				this.moderation.forPublic(letter.replyText(), letter.writerName()), letter.replyVisibility(),
				letter.repliedBy(), letter.rating(), letter.requestTrackingNo(), letter.fromRequestNo(),
				this.steps.findByLetterIdOrderByAtAscIdAsc(letterId)
					.stream()
					.map((s) -> s.view(this.clock.getZone()))
					.toList(),
				mayAct, mayAct ? this.assignment.clerks(letter.agencyId()) : List.of(),
				this.moderation.subjectForPublic(letter.subject(), letter.writerName()),
				this.moderation.subjectFindings(letter.subject(), letter.writerName())
					.stream()
					.filter((f) -> f.type() == FindingType.PROBABLE_NAME)
					.map((f) -> letter.subject().substring(f.start(), f.end()))
					.toList(),
				letter.channelAccount(), letter.registeredBy(), letter.replyMode());
	}

	/**
	 * Gives an open letter to a clerk of the agency holding it.
	 * @throws ForbiddenException unless the user is a clerk of that agency
	 * @throws RuleViolationException if the letter is answered or the user is no clerk
	 * there
	 */
	@Transactional
	public void assign(long letterId, String username) {
		Letter letter = open(letterId);
		String who = (username != null) ? username.strip() : "";
		if (!this.assignment.clerks(letter.agencyId()).contains(who)) {
			throw new RuleViolationException("mailbox.assignee.invalid", "Not a clerk of the agency: " + who);
		}
		String before = letter.auditSummary();
		letter.assign(who, now());
		this.log.step(letter, StepKind.ASSIGNED, LetterLog.signedInUser(), null, null, who);
		this.log.audit("mailbox.letter-assigned", letter, before, null);
	}

	/**
	 * Forwards an open letter to the agency responsible; it then holds the letter, and
	 * the writer sees the forward on the tracking page. The deadline still runs from the
	 * original day of receipt, so a forward never makes the writer wait longer.
	 * @param note why, shown to the writer, at most 500 characters, may be blank
	 * @throws ForbiddenException unless the user is a clerk of the agency holding it
	 * @throws RuleViolationException for an unknown or the same agency
	 */
	@Transactional
	public void forward(long letterId, Long toAgencyId, String note) {
		Letter letter = open(letterId);
		if (toAgencyId == null || toAgencyId == letter.agencyId()) {
			throw new RuleViolationException("mailbox.forward.agency-invalid", "Forward to where?");
		}
		AgencySummary target = this.agencies.all()
			.stream()
			.filter((a) -> a.id() == toAgencyId)
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("mailbox.forward.agency-invalid", "Unknown agency"));
		String text = PlainText.optional(note, "note", MAX_NOTE);
		String before = letter.auditSummary();
		String from = this.summaries.agencyName(letter.agencyId());
		letter.forward(target.id(), now());
		this.log.step(letter, StepKind.FORWARDED, LetterLog.signedInUser(), from, target.name(), text);
		this.log.audit("mailbox.letter-forwarded", letter, before, null);
	}

	/**
	 * Extends the reply period once, before the deadline, with a reason the writer sees.
	 * @param days 1 to {@code gongkai.mailbox.max-extension-days} working days
	 * @throws ForbiddenException unless the user is a clerk of the agency holding it
	 * @throws RuleViolationException if extended already, too late, or the input is
	 * invalid
	 */
	@Transactional
	public void extend(long letterId, Integer days, String reason) {
		Letter letter = open(letterId);
		LetterExtension.check(letterId, letter.extensionDays(), this.summaries.due(letter).due(), today(), days,
				this.properties.maxExtensionDays());
		String text = PlainText.optional(reason, "reason", MAX_NOTE);
		if (text == null) {
			throw new RuleViolationException("mailbox.reason.invalid", "Extension without reason", MAX_NOTE);
		}
		String before = letter.auditSummary();
		letter.extend(days, text, now());
		letter.noteDue(this.summaries.due(letter).due());
		this.log.step(letter, StepKind.EXTENDED, LetterLog.signedInUser(), null, null, text);
		this.log.audit("mailbox.letter-extended", letter, before, null);
	}

	/**
	 * Answers an open letter. A public reply needs the writer's consent; it is listed on
	 * the portal with personal data masked, and goes out only once the clerk confirmed
	 * what the public will see (the preview, {@link #previewReply}), whichever way it is
	 * sent.
	 * @param text the reply, at most 5000 characters
	 * @param confirmed whether the clerk confirmed the public version; ignored for a
	 * private reply
	 * @throws ForbiddenException unless the user is a clerk of the agency holding it
	 * @throws RuleViolationException if the letter is answered or the input is invalid,
	 * {@code mailbox.reply.unconfirmed} for a public reply not confirmed (nothing stored)
	 */
	@Transactional
	public void reply(long letterId, String text, ReplyVisibility visibility, boolean confirmed) {
		reply(letterId, text, visibility, ReplyMode.WRITTEN, confirmed);
	}

	/**
	 * Answers an open letter as {@link #reply(long, String, ReplyVisibility, boolean)}
	 * does, saying how the answer reached the writer: a telephone message is often
	 * answered by telephone, the text recording what was said.
	 * @param mode written or by telephone; {@code null} is written
	 */
	@Transactional
	public void reply(long letterId, String text, ReplyVisibility visibility, ReplyMode mode, boolean confirmed) {
		Letter letter = open(letterId);
		String reply = validReply(letter, text, visibility);
		if (visibility == ReplyVisibility.PUBLIC && !confirmed) {
			throw new RuleViolationException("mailbox.reply.unconfirmed", "Public reply not confirmed");
		}
		String before = letter.auditSummary();
		ReplyMode how = (mode != null) ? mode : ReplyMode.WRITTEN;
		letter.reply(reply, visibility, how, today(), LetterLog.signedInUser(), now());
		this.log.step(letter, StepKind.REPLIED, LetterLog.signedInUser(), null, null, visibility.name());
		this.log.audit("mailbox.letter-replied", letter, before, null);
	}

	/**
	 * A reply checked as {@link #reply} would check it, not stored: the text as it would
	 * be stored, the public version and what it masks (the writer's name, salutation
	 * names, other personal data), for the clerk to confirm before a public reply goes
	 * out.
	 * @throws ForbiddenException unless the user is a clerk of the agency holding it
	 * @throws RuleViolationException if the letter is answered or the input is invalid
	 */
	@Transactional(readOnly = true)
	public ReplyPreview previewReply(long letterId, String text, ReplyVisibility visibility) {
		Letter letter = open(letterId);
		String reply = validReply(letter, text, visibility);
		List<ReplyPreview.Found> found = this.moderation.findings(reply, letter.writerName())
			.stream()
			.map((f) -> new ReplyPreview.Found(f.type().name(), reply.substring(f.start(), f.end()), f.masked()))
			.toList();
		return new ReplyPreview(reply, visibility, this.moderation.forPublic(reply, letter.writerName()), found);
	}

	/**
	 * Every problem of a reply's fields at once (text, visibility, the writer's consent
	 * to a public reply), for the reply form to show them all; empty when it would go
	 * out.
	 * @throws ForbiddenException unless the user is a clerk of the agency holding it
	 * @throws RuleViolationException if the letter is answered already
	 */
	@Transactional(readOnly = true)
	public List<RuleViolationException> replyProblems(long letterId, String text, ReplyVisibility visibility) {
		return replyProblems(open(letterId), text, visibility);
	}

	private static List<RuleViolationException> replyProblems(Letter letter, String text, ReplyVisibility visibility) {
		List<RuleViolationException> problems = new ArrayList<>();
		String reply = Text.clean(text);
		if (reply.isEmpty() || reply.length() > MAX_REPLY) {
			problems.add(new RuleViolationException("mailbox.reply.invalid", "Bad reply", MAX_REPLY));
		}
		if (visibility == null) {
			problems.add(new RuleViolationException("mailbox.visibility.invalid", "Public or private?"));
		}
		else if (visibility == ReplyVisibility.PUBLIC && !letter.publicConsent()) {
			problems.add(
					new RuleViolationException("mailbox.visibility.no-consent", "Writer did not agree to publication"));
		}
		return problems;
	}

	private static String validReply(Letter letter, String text, ReplyVisibility visibility) {
		List<RuleViolationException> problems = replyProblems(letter, text, visibility);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		return Text.clean(text);
	}

	/**
	 * Withholds the question of a letter from the portal (abusive content), or releases
	 * it; the reply stays public.
	 * @throws ForbiddenException unless the user is a clerk of the agency holding it
	 */
	@Transactional
	public void withholdQuestion(long letterId, boolean withheld) {
		Letter letter = load(letterId);
		this.access.require(Role.CLERK, letter.agencyId());
		String before = letter.auditSummary();
		letter.withholdQuestion(withheld, now());
		this.log.step(letter, StepKind.MODERATED, LetterLog.signedInUser(), null, null,
				withheld ? "withheld" : "released");
		this.log.audit("mailbox.letter-moderated", letter, before, null);
	}

	/**
	 * Turns a letter that is really a disclosure application into a request case of the
	 * agency holding it (Regulations art. 29: the office fills in what the writer gave
	 * and asks for the rest), received today; the letter closes with the case's number.
	 * @return the new case's tracking number and query code, shown once to pass on
	 * @throws ForbiddenException unless the user is a clerk of the agency holding it
	 * @throws RuleViolationException for an answered letter or an invalid application
	 */
	@Transactional
	public Receipt convertToRequest(long letterId, ApplicationForm form) {
		Letter letter = open(letterId);
		Receipt receipt = this.requests.registerWalkIn(letter.agencyId(), form, Channel.MAILBOX, today());
		String before = letter.auditSummary();
		letter.convert(receipt.trackingNo(), today(), now());
		this.log.step(letter, StepKind.CONVERTED, LetterLog.signedInUser(), null, null, receipt.trackingNo());
		this.log.audit("mailbox.letter-converted", letter, before, null);
		return receipt;
	}

	private Letter open(long letterId) {
		Letter letter = load(letterId);
		this.access.require(Role.CLERK, letter.agencyId());
		if (!letter.status().open()) {
			throw new RuleViolationException("mailbox.letter.not-open", "Letter " + letterId + " answered");
		}
		return letter;
	}

	private Letter load(long letterId) {
		return this.letters.findById(letterId).orElseThrow(() -> new NotFoundException("Letter " + letterId));
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
