package org.gongkai.mailbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.calendar.rules.DueDate;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.calendar.rules.WorkingDayRules;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.SerialNumbers;
import org.gongkai.platform.Sha256;
import org.gongkai.platform.Text;
import org.gongkai.request.ApplicationForm;
import org.gongkai.request.CaseDetails;
import org.gongkai.request.Channel;
import org.gongkai.request.Outcome;
import org.gongkai.request.Receipt;
import org.gongkai.request.RequestAssignment;
import org.gongkai.request.RequestManagement;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mailbox module's API for letters (docs/legal-rules.md, Interaction): the public
 * writes to a mailbox and gets a tracking number and query code; the receiving office
 * assigns the letter to a clerk or forwards it to another agency (the writer sees the
 * forward); the reply is due within the type's working days after the day of receipt
 * (policy, default 15, on the working-day calendar; an extension adds days once, with a
 * reason); replies are public (listed on the portal with personal data masked, a withheld
 * question left out) or private (read with the query code); the writer rates the reply.
 *
 * <p>
 * Tracking numbers read {@code XJ-<year>-<agency id>-<serial>}, a gap-free serial per
 * receiving agency and year ({@code XJ-2026-42-00017}).
 */
@Service
public class MailboxManagement {

	static final String SERIES = "mailbox-letter";

	/** The name of the mailbox every agency has unless it configures others. */
	static final String GENERAL_MAILBOX = "机关信箱";

	/** Reminders and the due-soon list: due within this many working days. */
	static final int DUE_SOON_DAYS = 3;

	/**
	 * The website checks fail a site leaving a valid message unanswered this long
	 * (docs/legal-rules.md, Website checks).
	 */
	static final int UNANSWERED_MONTHS = 3;

	static final int MAX_REPLY = 5000;

	static final int MAX_NOTE = 500;

	/** The actor of what the public does. */
	static final String PUBLIC = "public";

	private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	private final Mailboxes mailboxes;

	private final Letters letters;

	private final LetterSteps steps;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final WorkingDayCalendar calendar;

	private final SerialNumbers serials;

	private final AuditLog audit;

	private final Clock clock;

	private final MailboxProperties properties;

	private final Moderation moderation;

	private final RequestManagement requests;

	private final RequestAssignment assignment;

	private final SecureRandom random = new SecureRandom();

	MailboxManagement(Mailboxes mailboxes, Letters letters, LetterSteps steps, AgencyManagement agencies,
			AgencyAccess access, WorkingDayCalendar calendar, SerialNumbers serials, AuditLog audit, Clock clock,
			MailboxProperties properties, Moderation moderation, RequestManagement requests,
			RequestAssignment assignment) {
		this.mailboxes = mailboxes;
		this.letters = letters;
		this.steps = steps;
		this.agencies = agencies;
		this.access = access;
		this.calendar = calendar;
		this.serials = serials;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
		this.moderation = moderation;
		this.requests = requests;
		this.assignment = assignment;
	}

	// ------------------------------------------------------------------ mailboxes

	/** The agency with this credit code. */
	@Transactional(readOnly = true)
	public AgencyDetails agency(String creditCode) {
		return this.agencies.findByCreditCode((creditCode != null) ? creditCode.strip() : "")
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
	}

	/**
	 * The active mailboxes of an agency the public may write to; empty when the agency
	 * configured none (its general mailbox is then created with the first letter).
	 */
	@Transactional(readOnly = true)
	public List<MailboxView> publicMailboxes(long agencyId) {
		return this.mailboxes.findByAgencyIdOrderById(agencyId)
			.stream()
			.filter(Mailbox::active)
			.map(Mailbox::view)
			.toList();
	}

	/**
	 * Every mailbox of an agency, for its staff.
	 * @throws ForbiddenException if the user may not see the agency
	 */
	@Transactional(readOnly = true)
	public List<MailboxView> mailboxes(long agencyId) {
		this.access.requireVisible(agencyId);
		return this.mailboxes.findByAgencyIdOrderById(agencyId).stream().map(Mailbox::view).toList();
	}

	/**
	 * Adds a mailbox to an agency, e.g. the party secretary's (书记信箱).
	 * @param leaderName the leader's name, or blank for a mailbox of the agency
	 * @throws ForbiddenException unless the user is a clerk or leader of the agency
	 */
	@Transactional
	public long createMailbox(long agencyId, String name, String leaderName) {
		requireClerkOrLeader(agencyId);
		this.agencies.details(agencyId);
		Mailbox mailbox = this.mailboxes
			.save(new Mailbox(agencyId, mailboxName(name), optional(leaderName, "leader-name", 60), now()));
		this.audit.record(AuditRecord.of("mailbox.created", "Mailbox", mailbox.id())
			.withAgency(agencyId)
			.withAfter(mailbox.auditSummary()));
		return mailbox.id();
	}

	/**
	 * Renames a mailbox or closes it to new letters (letters already written stay).
	 * @throws ForbiddenException unless the user is a clerk or leader of its agency
	 */
	@Transactional
	public void updateMailbox(long mailboxId, String name, String leaderName, boolean active) {
		Mailbox mailbox = this.mailboxes.findById(mailboxId)
			.orElseThrow(() -> new NotFoundException("Mailbox " + mailboxId));
		requireClerkOrLeader(mailbox.agencyId());
		String before = mailbox.auditSummary();
		mailbox.change(mailboxName(name), optional(leaderName, "leader-name", 60), active);
		this.audit.record(AuditRecord.of("mailbox.updated", "Mailbox", mailbox.id())
			.withAgency(mailbox.agencyId())
			.withBefore(before)
			.withAfter(mailbox.auditSummary()));
	}

	// ------------------------------------------------------------------ writing

	/**
	 * Stores a letter from the public. Today (Asia/Shanghai) is the day of receipt; the
	 * reply is due the type's working days after it. The receipt is returned only once
	 * the transaction has committed, so a number shown to the writer is never lost.
	 * @throws NotFoundException if no agency has that code
	 * @throws RuleViolationException naming the first invalid field
	 */
	@Transactional
	public LetterReceipt write(String creditCode, LetterForm form) {
		AgencyDetails agency = agency(creditCode);
		long agencyId = agency.summary().id();
		ValidLetter letter = ValidLetter.of(form);
		Mailbox mailbox = mailboxFor(agencyId, form.mailboxId());
		return store(agencyId, mailbox, letter, PUBLIC, null, null);
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
			String fromRequestNo) {
		LocalDate today = today();
		long serial = this.serials.next(SERIES, agencyId, today.getYear());
		String trackingNo = String.format(Locale.ROOT, "XJ-%d-%d-%05d", today.getYear(), agencyId, serial);
		String code = newCode();
		boolean flagged = this.moderation.flags(valid.subject(), valid.body());
		Letter fresh = new Letter(mailbox.id(), agencyId, trackingNo, hash(trackingNo, code), valid, flagged, now(),
				today, this.properties.replyDays(valid.type()));
		if (fromCaseId != null) {
			fresh.cameFromRequest(fromCaseId, fromRequestNo);
		}
		fresh.noteDue(due(fresh).due());
		Letter letter = this.letters.save(fresh);
		step(letter, StepKind.RECEIVED, actor, null, null, fromRequestNo);
		AuditRecord record = AuditRecord.of("mailbox.letter-received", "Letter", letter.id())
			.withAgency(agencyId)
			.withAfter(letter.auditSummary());
		// a letter from the public has no signed-in user; a take-over is the clerk's
		this.audit.record(PUBLIC.equals(actor) ? record.withActor(PUBLIC) : record);
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
		DueDate due = due(letter);
		List<LetterStepView> shown = this.steps.findByLetterIdOrderByAtAscIdAsc(letter.id())
			.stream()
			.map(LetterStep::view)
			.filter((s) -> s.kind().shownToWriter())
			.map((s) -> new LetterStepView(s.kind(), s.at(), null, s.fromAgency(), s.toAgency(),
					(s.kind() == StepKind.EXTENDED || s.kind() == StepKind.FORWARDED || s.kind() == StepKind.DUE_MOVED)
							? s.note() : null))
			.toList();
		return new LetterTracking(letter.trackingNo(), letter.type(), letter.subject(), letter.status(),
				agencyName(letter.agencyId()), letter.receivedOn(), due.due(), due.provisional(), shown,
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
		record("mailbox.letter-rated", letter, before, PUBLIC);
	}

	private Letter byCode(String trackingNo, String queryCode) {
		String number = (trackingNo != null) ? trackingNo.strip().toUpperCase(Locale.ROOT) : "";
		String code = (queryCode != null) ? queryCode.strip().toUpperCase(Locale.ROOT) : "";
		Letter letter = (number.length() <= 40) ? this.letters.findByTrackingNo(number).orElse(null) : null;
		boolean matches = letter != null
				&& MessageDigest.isEqual(hash(number, code).getBytes(StandardCharsets.US_ASCII),
						letter.queryCodeHash().getBytes(StandardCharsets.US_ASCII));
		if (!matches) {
			throw new NotFoundException("Letter with this code");
		}
		return letter;
	}

	// ------------------------------------------------------------------ public replies

	/**
	 * The public replies of an agency, newest first, moderated: personal data masked, a
	 * withheld question left out, the writer never named.
	 */
	@Transactional(readOnly = true)
	public Page<PublicReply> publicReplies(long agencyId, int page, int size) {
		String name = agencyName(agencyId);
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
		return publicReply(letter, agencyName(agencyId));
	}

	private PublicReply publicReply(Letter letter, String agencyName) {
		boolean withheld = letter.questionWithheld();
		return new PublicReply(letter.trackingNo(), letter.type(),
				withheld ? null : this.moderation.forPublic(letter.subject()),
				withheld ? null : this.moderation.forPublic(letter.body()),
				this.moderation.forPublic(letter.replyText()), letter.receivedOn(), letter.repliedOn(), agencyName);
	}

	/** The reply figures of one agency in total, for its public page. */
	@Transactional(readOnly = true)
	public ReplyFigures publicFigures(long agencyId) {
		return figures(agencyId, agencyName(agencyId), null, this.letters.findByAgencyId(agencyId));
	}

	// ------------------------------------------------------------------ back office

	/**
	 * The letters of every agency the user may see (held or received there): the count of
	 * every list and the rows of the selected one.
	 */
	@Transactional(readOnly = true)
	public LetterDashboard dashboard(LetterList list) {
		LetterList selected = (list != null) ? list : LetterList.OPEN;
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		Map<LetterList, Long> counts = new EnumMap<>(LetterList.class);
		for (LetterList l : LetterList.values()) {
			counts.put(l, 0L);
		}
		List<LetterSummary> rows = new ArrayList<>();
		if (!visible.isEmpty()) {
			StaffPrincipal me = AgencyAccess.current();
			LocalDate soon = this.calendar.rules().deadline(today(), DUE_SOON_DAYS).due();
			Map<Long, String> names = names();
			for (Letter letter : this.letters.findByAgencyIdInOrReceivingAgencyIdInOrderBySubmittedAtDesc(visible,
					visible)) {
				LetterSummary summary = summary(letter, names);
				for (LetterList l : LetterList.values()) {
					if (in(l, summary, me, soon)) {
						counts.merge(l, 1L, Long::sum);
						if (l == selected) {
							rows.add(summary);
						}
					}
				}
			}
		}
		return new LetterDashboard(selected, counts, rows);
	}

	private boolean in(LetterList list, LetterSummary letter, StaffPrincipal me, LocalDate soon) {
		boolean open = letter.status().open();
		return switch (list) {
			case OPEN -> open;
			case MINE -> open && me != null && me.username().equals(letter.assignee());
			case DUE_SOON -> open && !letter.overdue() && !letter.due().isAfter(soon);
			case OVERDUE -> open && letter.overdue();
			case OVER_THREE_MONTHS -> letter.overThreeMonths();
			case FLAGGED -> letter.flagged();
			case REPLIED -> !open;
			case ALL -> true;
		};
	}

	/**
	 * The open letters the signed-in clerk should answer soon or is late with: those
	 * assigned to them, and the unassigned ones of agencies they are a clerk of.
	 */
	@Transactional(readOnly = true)
	public List<LetterReminder> reminders() {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null) {
			return List.of();
		}
		Set<Long> clerkOf = new HashSet<>();
		for (Long id : this.access.visibleAgencies(me)) {
			if (me.has(Role.CLERK, id)) {
				clerkOf.add(id);
			}
		}
		if (clerkOf.isEmpty()) {
			return List.of();
		}
		LocalDate today = today();
		LocalDate soon = this.calendar.rules().deadline(today, DUE_SOON_DAYS).due();
		List<LetterReminder> out = new ArrayList<>();
		for (Letter letter : this.letters.findByAgencyIdIn(clerkOf)) {
			boolean mine = letter.assignee() == null || letter.assignee().equals(me.username());
			if (!letter.status().open() || !mine) {
				continue;
			}
			DueDate due = due(letter);
			if (!due.due().isAfter(soon)) {
				out.add(new LetterReminder(letter.id(), letter.trackingNo(), due.due(), today.isAfter(due.due()),
						due.provisional()));
			}
		}
		out.sort(Comparator.comparing(LetterReminder::due).thenComparing(LetterReminder::trackingNo));
		return out;
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
		return new LetterDetails(summary(letter, names()), mailboxName, letter.body(),
				this.moderation.forPublic(letter.body()), letter.writerName(), letter.phone(), letter.email(),
				letter.publicConsent(), letter.questionWithheld(), letter.periodDays(), letter.extensionDays(),
				letter.extensionReason(), letter.replyText(), letter.replyVisibility(), letter.repliedBy(),
				letter.rating(), letter.requestTrackingNo(), letter.fromRequestNo(),
				this.steps.findByLetterIdOrderByAtAscIdAsc(letterId).stream().map(LetterStep::view).toList(), mayAct,
				mayAct ? this.assignment.clerks(letter.agencyId()) : List.of());
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
		step(letter, StepKind.ASSIGNED, actor(), null, null, who);
		record("mailbox.letter-assigned", letter, before, null);
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
		String text = optional(note, "note", MAX_NOTE);
		String before = letter.auditSummary();
		String from = agencyName(letter.agencyId());
		letter.forward(target.id(), now());
		step(letter, StepKind.FORWARDED, actor(), from, target.name(), text);
		record("mailbox.letter-forwarded", letter, before, null);
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
		if (letter.extensionDays() > 0) {
			throw new RuleViolationException("mailbox.extension.once", "Already extended: " + letterId);
		}
		LocalDate due = due(letter).due();
		if (today().isAfter(due)) {
			throw new RuleViolationException("mailbox.extension.too-late", "Deadline passed on " + letterId, due);
		}
		if (days == null || days < 1 || days > this.properties.maxExtensionDays()) {
			throw new RuleViolationException("mailbox.extension.days-invalid", "Extension days out of range",
					this.properties.maxExtensionDays());
		}
		String text = optional(reason, "reason", MAX_NOTE);
		if (text == null) {
			throw new RuleViolationException("mailbox.reason.invalid", "Extension without reason", MAX_NOTE);
		}
		String before = letter.auditSummary();
		letter.extend(days, text, now());
		letter.noteDue(due(letter).due());
		step(letter, StepKind.EXTENDED, actor(), null, null, text);
		record("mailbox.letter-extended", letter, before, null);
	}

	/**
	 * Answers an open letter. A public reply needs the writer's consent; it is listed on
	 * the portal with personal data masked.
	 * @param text the reply, at most 5000 characters
	 * @throws ForbiddenException unless the user is a clerk of the agency holding it
	 * @throws RuleViolationException if the letter is answered or the input is invalid
	 */
	@Transactional
	public void reply(long letterId, String text, ReplyVisibility visibility) {
		Letter letter = open(letterId);
		String reply = Text.clean(text);
		if (reply.isEmpty() || reply.length() > MAX_REPLY) {
			throw new RuleViolationException("mailbox.reply.invalid", "Bad reply", MAX_REPLY);
		}
		if (visibility == null) {
			throw new RuleViolationException("mailbox.visibility.invalid", "Public or private?");
		}
		if (visibility == ReplyVisibility.PUBLIC && !letter.publicConsent()) {
			throw new RuleViolationException("mailbox.visibility.no-consent", "Writer did not agree to publication");
		}
		String before = letter.auditSummary();
		letter.reply(reply, visibility, today(), actor(), now());
		step(letter, StepKind.REPLIED, actor(), null, null, visibility.name());
		record("mailbox.letter-replied", letter, before, null);
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
		step(letter, StepKind.MODERATED, actor(), null, null, withheld ? "withheld" : "released");
		record("mailbox.letter-moderated", letter, before, null);
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
		step(letter, StepKind.CONVERTED, actor(), null, null, receipt.trackingNo());
		record("mailbox.letter-converted", letter, before, null);
		return receipt;
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
		LetterReceipt receipt = store(agencyId, mailboxFor(agencyId, null), letter, actor(), caseId,
				details.summary().trackingNo());
		this.requests.decide(caseId, Outcome.NOT_HANDLED_PETITION,
				"属于信访、投诉、举报类申请，已转互动交流渠道办理，信件编号 " + receipt.trackingNo() + "（条例第三十九条）");
		return receipt;
	}

	/**
	 * Reply figures per agency and month of receipt for the agencies the user may see,
	 * and a total per agency.
	 */
	@Transactional(readOnly = true)
	public List<ReplyFigures> statistics(boolean monthly) {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		if (visible.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = names();
		// per agency, then per month of receipt (one group per agency for the totals)
		Map<Long, Map<YearMonth, List<Letter>>> grouped = new TreeMap<>();
		for (Letter letter : this.letters.findByAgencyIdIn(visible)) {
			YearMonth month = monthly ? YearMonth.from(letter.receivedOn()) : YearMonth.of(1990, 1);
			grouped.computeIfAbsent(letter.agencyId(), (k) -> new TreeMap<>())
				.computeIfAbsent(month, (k) -> new ArrayList<>())
				.add(letter);
		}
		List<ReplyFigures> out = new ArrayList<>();
		grouped.forEach((agency, months) -> months.forEach((month, list) -> out
			.add(figures(agency, names.getOrDefault(agency, ""), monthly ? month : null, list))));
		return out;
	}

	private ReplyFigures figures(long agencyId, String name, YearMonth month, List<Letter> list) {
		long answered = 0;
		long onTime = 0;
		long days = 0;
		long rated = 0;
		long satisfied = 0;
		WorkingDayRules rules = this.calendar.rules();
		for (Letter letter : list) {
			if (letter.repliedOn() != null) {
				answered++;
				if (!letter.repliedOn().isAfter(rules.deadline(letter.receivedOn(), letter.periodDays()).due())) {
					onTime++;
				}
				days += rules.workingDaysBetween(letter.receivedOn(), letter.repliedOn());
			}
			if (letter.rating() != null) {
				rated++;
				if (letter.rating() != Rating.UNSATISFIED) {
					satisfied++;
				}
			}
		}
		return new ReplyFigures(agencyId, name, month, list.size(), answered, onTime,
				(answered == 0) ? null : Math.round(10.0 * days / answered) / 10.0, rated, satisfied);
	}

	// ------------------------------------------------------------------ helpers

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

	private LetterSummary summary(Letter letter, Map<Long, String> names) {
		DueDate due = due(letter);
		LocalDate today = today();
		boolean open = letter.status().open();
		boolean overdue = open ? today.isAfter(due.due())
				: (letter.repliedOn() != null && letter.repliedOn().isAfter(due.due()));
		boolean overThreeMonths = open && today.isAfter(letter.receivedOn().plusMonths(UNANSWERED_MONTHS));
		return new LetterSummary(letter.id(), letter.trackingNo(), letter.type(), letter.subject(), letter.agencyId(),
				names.getOrDefault(letter.agencyId(), ""), letter.status(), letter.receivedOn(), due.due(),
				due.provisional(), overdue, overThreeMonths, letter.flagged(), letter.assignee(), letter.repliedOn());
	}

	/** The deadline from today's calendar snapshot, so a new holiday notice moves it. */
	private DueDate due(Letter letter) {
		return this.calendar.rules().deadline(letter.receivedOn(), letter.periodDays());
	}

	private void step(Letter letter, StepKind kind, String actor, String from, String to, String note) {
		this.steps.save(new LetterStep(letter.id(), kind, now(), (actor != null) ? actor : PUBLIC, from, to, note));
	}

	private void record(String action, Letter letter, String before, String actor) {
		AuditRecord record = AuditRecord.of(action, "Letter", letter.id())
			.withAgency(letter.agencyId())
			.withBefore(before)
			.withAfter(letter.auditSummary());
		this.audit.record((actor != null) ? record.withActor(actor) : record);
	}

	private void requireClerkOrLeader(long agencyId) {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null || !(me.has(Role.CLERK, agencyId) || me.has(Role.LEADER, agencyId))) {
			throw new ForbiddenException("Clerk or leader of agency " + agencyId + " required");
		}
	}

	private static String mailboxName(String name) {
		return ValidLetter.text(name, "mailbox-name", 60);
	}

	/** Optional plain text: {@code null} when blank. */
	private static String optional(String value, String field, int max) {
		if (value == null || Text.clean(value).isEmpty()) {
			return null;
		}
		return ValidLetter.text(value, field, max);
	}

	private Map<Long, String> names() {
		Map<Long, String> names = new HashMap<>();
		for (AgencySummary agency : this.agencies.all()) {
			names.put(agency.id(), agency.name());
		}
		return names;
	}

	private String agencyName(long agencyId) {
		return this.agencies.details(agencyId).summary().name();
	}

	private static String actor() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : null;
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private String newCode() {
		return newCode(this.random);
	}

	/** A query code: 8 characters without 0/O, 1/I/L, so a code read aloud survives. */
	static String newCode(SecureRandom random) {
		char[] code = new char[8];
		for (int i = 0; i < code.length; i++) {
			code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
		}
		return new String(code);
	}

	/** SHA-256 of the code salted with its tracking number, in hex. */
	static String hash(String trackingNo, String code) {
		return Sha256.hex(trackingNo + ":" + code);
	}

}
