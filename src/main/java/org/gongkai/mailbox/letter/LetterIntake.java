package org.gongkai.mailbox.letter;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.calendar.rules.DueDate;
import org.gongkai.mailbox.ChannelAccounts;
import org.gongkai.mailbox.ChannelAccounts.ChannelAccount;
import org.gongkai.mailbox.LetterChannel;
import org.gongkai.mailbox.LetterForm;
import org.gongkai.mailbox.LetterReceipt;
import org.gongkai.mailbox.LetterType;
import org.gongkai.mailbox.MailboxProperties;
import org.gongkai.mailbox.RegisteredLetterForm;
import org.gongkai.mailbox.moderation.Moderation;
import org.gongkai.mailbox.rules.LetterNumbers;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.SerialNumbers;
import org.gongkai.request.CaseDetails;
import org.gongkai.request.RequestManagement;
import org.gongkai.request.rules.Outcome;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How letters come in and what their writers see (docs/legal-rules.md, Interaction): the
 * public writes to a mailbox and gets a tracking number and query code, tracks the letter
 * with both and rates the reply; a request that is really a complaint comes in as a
 * letter too. The reply is due within the type's working days after the day of receipt
 * (policy, default 15, on the working-day calendar).
 *
 * <p>
 * Tracking numbers read {@code XJ-<year>-<agency id>-<serial>}, a gap-free serial per
 * receiving agency and year ({@code XJ-2026-42-00017}).
 */
@Service
public class LetterIntake {

	static final String SERIES = "mailbox-letter";

	/** The name of the mailbox every agency has unless it configures others. */
	static final String GENERAL_MAILBOX = "机关信箱";

	private static final String PUBLIC = LetterLog.PUBLIC;

	private final Mailboxes mailboxes;

	private final Letters letters;

	private final LetterSteps steps;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final SerialNumbers serials;

	private final AuditLog audit;

	private final Clock clock;

	private final MailboxProperties properties;

	private final Moderation moderation;

	private final RequestManagement requests;

	private final LetterSummaries summaries;

	private final LetterLog log;

	private final SecureRandom random = new SecureRandom();

	private final LettersReceived received;

	private final ObjectProvider<ChannelAccounts> channelAccounts;

	LetterIntake(Mailboxes mailboxes, Letters letters, LetterSteps steps, AgencyManagement agencies,
			AgencyAccess access, SerialNumbers serials, AuditLog audit, Clock clock, MailboxProperties properties,
			Moderation moderation, RequestManagement requests, LetterSummaries summaries, LetterLog log,
			LettersReceived received, ObjectProvider<ChannelAccounts> channelAccounts) {
		this.received = received;
		this.channelAccounts = channelAccounts;
		this.mailboxes = mailboxes;
		this.letters = letters;
		this.steps = steps;
		this.agencies = agencies;
		this.access = access;
		this.serials = serials;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
		this.moderation = moderation;
		this.requests = requests;
		this.summaries = summaries;
		this.log = log;
	}

	/**
	 * Stores a letter from the public. Today (the platform's time zone) is the day of
	 * receipt; the reply is due the type's working days after it. The receipt is returned
	 * only once the transaction has committed, so a number shown to the writer is never
	 * lost.
	 * @throws NotFoundException if no agency has that code
	 * @throws RuleViolationException naming the first invalid field
	 */
	@Transactional
	public LetterReceipt write(String creditCode, LetterForm form) {
		AgencyDetails agency = this.agencies.findByCreditCode((creditCode != null) ? creditCode.strip() : "")
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
		long agencyId = agency.summary().id();
		ValidLetter letter = ValidLetter.of(form);
		Mailbox mailbox = mailboxFor(agencyId, form.mailboxId());
		return store(agencyId, mailbox, letter, PUBLIC, null, null, LocalDate.now(this.clock), null);
	}

	/**
	 * The new-media accounts of the agency a message can be registered for (empty without
	 * the inventory).
	 * @throws ForbiddenException unless the user is a clerk of the agency
	 */
	@Transactional(readOnly = true)
	public List<ChannelAccount> channelAccounts(long agencyId) {
		this.access.require(Role.CLERK, agencyId);
		return accountsOf(agencyId);
	}

	/**
	 * Every problem of a registration at once, in the order of the form's fields; empty
	 * when {@link #register} would store it.
	 * @throws ForbiddenException unless the user is a clerk of the agency
	 */
	@Transactional(readOnly = true)
	public List<RuleViolationException> registrationProblems(long agencyId, RegisteredLetterForm form) {
		this.access.require(Role.CLERK, agencyId);
		List<RuleViolationException> problems = new ArrayList<>();
		ValidRegistration valid = ValidRegistration.check(form, accountsOf(agencyId), LocalDate.now(this.clock),
				problems);
		if (valid != null && valid.mailboxId() != null
				&& this.mailboxes.findById(valid.mailboxId())
					.filter((m) -> m.agencyId() == agencyId && m.active())
					.isEmpty()) {
			problems.add(new RuleViolationException("mailbox.mailbox-id.invalid", "Unknown mailbox"));
		}
		return problems;
	}

	/**
	 * Registers a letter that came by another channel than the website (监督电话, 意见箱, 意见簿,
	 * 来访, 政务新媒体; docs/legal-rules.md, Interaction): it gets a tracking number and query
	 * code like an online letter, and its reply is due the type's working days after the
	 * day it was received, not the day it was registered. The registering clerk is
	 * recorded; the writer gave no consent to publication, so the reply is private.
	 * @return the tracking number and query code, to pass on to the writer
	 * @throws ForbiddenException unless the user is a clerk of the agency
	 * @throws RuleViolationException the first problem {@link #registrationProblems}
	 * finds; nothing is stored then
	 */
	@Transactional
	public RegisteredLetter register(long agencyId, RegisteredLetterForm form) {
		List<RuleViolationException> problems = registrationProblems(agencyId, form);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		ValidRegistration valid = ValidRegistration.check(form, accountsOf(agencyId), LocalDate.now(this.clock),
				new ArrayList<>());
		Mailbox mailbox = mailboxFor(agencyId, valid.mailboxId());
		LetterReceipt receipt = store(agencyId, mailbox, valid.letter(), LetterLog.signedInUser(), null, null,
				valid.receivedOn(), valid);
		long id = this.letters.findByTrackingNo(receipt.trackingNo()).orElseThrow().id();
		return new RegisteredLetter(id, receipt.trackingNo(), receipt.queryCode());
	}

	private List<ChannelAccount> accountsOf(long agencyId) {
		ChannelAccounts source = this.channelAccounts.getIfAvailable();
		return (source != null) ? source.accountsOf(agencyId) : List.of();
	}

	/**
	 * Takes over a request that is really a complaint (Regulations art. 39): a complaint
	 * letter is written from the application, and the case is answered as 不予处理 1 (row
	 * 3.5.1) with a note naming the letter; a leader approves that answer on the case as
	 * usual.
	 * @return the new letter's tracking number and query code, shown once to pass on
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 * @throws RuleViolationException if the case is not open for a decision
	 */
	@Transactional
	public LetterReceipt takeOverRequest(long caseId) {
		CaseDetails details = this.requests.details(caseId);
		long agencyId = details.summary().agencyId();
		this.access.require(Role.CLERK, agencyId);
		String description = details.description();
		String body = (description.length() > ValidLetter.MAX_BODY) ? description.substring(0, ValidLetter.MAX_BODY)
				: description;
		String name = details.summary().applicantName();
		ValidLetter letter = new ValidLetter(LetterType.COMPLAINT, "政府信息公开申请 " + details.summary().trackingNo() + " 转来",
				body, (name.length() > ValidLetter.MAX_NAME) ? name.substring(0, ValidLetter.MAX_NAME) : name,
				details.phone(), details.email(), false);
		LetterReceipt receipt = store(agencyId, mailboxFor(agencyId, null), letter, LetterLog.signedInUser(), caseId,
				details.summary().trackingNo(), LocalDate.now(this.clock), null);
		this.requests.decide(caseId, Outcome.NOT_HANDLED_PETITION,
				"属于信访、投诉、举报类申请，已转互动交流渠道办理，信件编号 " + receipt.trackingNo() + "（条例第三十九条）");
		return receipt;
	}

	private Mailbox mailboxFor(long agencyId, Long mailboxId) {
		if (mailboxId != null) {
			return this.mailboxes.findById(mailboxId)
				.filter((m) -> m.agencyId() == agencyId && m.active())
				.orElseThrow(() -> new RuleViolationException("mailbox.mailbox-id.invalid", "Unknown mailbox"));
		}
		return this.mailboxes.findByAgencyIdOrderById(agencyId)
			.stream()
			.filter(Mailbox::active)
			.findFirst()
			.orElseGet(() -> {
				Mailbox general = this.mailboxes.save(new Mailbox(agencyId, GENERAL_MAILBOX, null, now()));
				this.audit.record(AuditRecord.of("mailbox.created", "Mailbox", general.id())
					.withAgency(agencyId)
					.withActor("system")
					.withAfter(general.auditSummary()));
				return general;
			});
	}

	private LetterReceipt store(long agencyId, Mailbox mailbox, ValidLetter valid, String actor, Long fromCaseId,
			String fromRequestNo, LocalDate receivedOn, ValidRegistration registration) {
		LocalDate today = LocalDate.now(this.clock);
		long serial = this.serials.next(SERIES, agencyId, today.getYear());
		String trackingNo = LetterNumbers.trackingNo(today.getYear(), agencyId, serial);
		String code = LetterNumbers.newCode(this.random);
		boolean flagged = this.moderation.flags(valid.subject(), valid.body());
		Letter fresh = new Letter(mailbox.id(), agencyId, trackingNo, LetterNumbers.hash(trackingNo, code), valid,
				flagged, now(), receivedOn, this.properties.replyDays(valid.type()));
		if (fromCaseId != null) {
			fresh.cameFromRequest(fromCaseId, fromRequestNo);
		}
		if (registration != null) {
			ChannelAccount account = registration.account();
			fresh.cameBy(registration.channel(), (account != null) ? account.id() : null,
					(account != null) ? account.label() : null, actor);
		}
		fresh.noteDue(this.summaries.due(fresh).due());
		Letter letter = this.letters.save(fresh);
		this.log.step(letter, StepKind.RECEIVED, actor, null, null, fromRequestNo);
		AuditRecord record = AuditRecord
			.of((registration != null) ? "mailbox.letter-registered" : "mailbox.letter-received", "Letter", letter.id())
			.withAgency(agencyId)
			.withAfter(letter.auditSummary());
		// a letter from the public has no signed-in user; a take-over is the clerk's
		this.audit.record(PUBLIC.equals(actor) ? record.withActor(PUBLIC) : record);
		this.received.stored(valid.type());
		return new LetterReceipt(trackingNo, code);
	}

	/**
	 * What the holder of a tracking number and its query code may see. An unknown number
	 * and a wrong code give the same answer.
	 * @throws NotFoundException for an unknown number or a wrong code
	 */
	@Transactional(readOnly = true)
	public LetterTracking track(String trackingNo, String queryCode) {
		Letter letter = byCode(trackingNo, queryCode);
		DueDate due = this.summaries.due(letter);
		List<LetterStepView> shown = this.steps.findByLetterIdOrderByAtAscIdAsc(letter.id())
			.stream()
			.map((s) -> s.view(this.clock.getZone()))
			.filter((s) -> s.kind().shownToWriter())
			.map((s) -> new LetterStepView(s.kind(), s.at(), s.localAt(), null, s.fromAgency(), s.toAgency(),
					(s.kind() == StepKind.EXTENDED || s.kind() == StepKind.FORWARDED || s.kind() == StepKind.DUE_MOVED)
							? s.note() : null))
			.toList();
		return new LetterTracking(letter.trackingNo(), letter.type(), letter.subject(), letter.status(),
				this.summaries.agencyName(letter.agencyId()), letter.receivedOn(), due.due(), due.provisional(), shown,
				letter.replyText(), letter.replyVisibility(), letter.repliedOn(), letter.rating(),
				letter.requestTrackingNo(), letter.status() == LetterStatus.REPLIED && letter.rating() == null);
	}

	/**
	 * The writer rates the reply, once.
	 * @throws NotFoundException for an unknown number or a wrong code
	 * @throws RuleViolationException if there is no reply or it is rated already
	 */
	@Transactional
	public void rate(String trackingNo, String queryCode, Rating rating) {
		Letter letter = byCode(trackingNo, queryCode);
		if (rating == null) {
			throw new RuleViolationException("mailbox.rating.invalid", "Unknown rating");
		}
		if (letter.status() != LetterStatus.REPLIED || letter.rating() != null) {
			throw new RuleViolationException("mailbox.rating.not-open", "Nothing to rate on " + trackingNo);
		}
		String before = letter.auditSummary();
		letter.rate(rating, now());
		this.log.audit("mailbox.letter-rated", letter, before, PUBLIC);
	}

	private Letter byCode(String trackingNo, String queryCode) {
		String number = (trackingNo != null) ? trackingNo.strip().toUpperCase(Locale.ROOT) : "";
		String code = (queryCode != null) ? queryCode.strip().toUpperCase(Locale.ROOT) : "";
		Letter letter = (number.length() <= 40) ? this.letters.findByTrackingNo(number).orElse(null) : null;
		boolean matches = letter != null && LetterNumbers.matches(number, code, letter.queryCodeHash());
		if (!matches) {
			throw new NotFoundException("Letter with this code");
		}
		return letter;
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
