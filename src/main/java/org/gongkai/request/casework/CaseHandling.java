package org.gongkai.request.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.CaseStatus;
import org.gongkai.request.CorrectionItem;
import org.gongkai.request.RequestClosed;
import org.gongkai.request.intake.ValidApplication;
import org.gongkai.request.letters.LetterKind;
import org.gongkai.request.letters.ReplyLetters;
import org.gongkai.request.rules.ClockFacts;
import org.gongkai.request.rules.ClockReading;
import org.gongkai.request.rules.Outcome;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clerk's and the leader's steps on a received case before and up to its answer:
 * correction (Regulations art. 30), consultation (arts. 32, 34), extension (art. 33), the
 * decision and its approval; each step issues its letter through {@link ReplyLetters}.
 */
@Service
public class CaseHandling {

	/** Longest comment a leader sends back with, in characters. */
	public static final int MAX_RETURN_COMMENT = 1000;

	private final AgencyAccess access;

	private final ReplyLetters letters;

	private final ApplicationEventPublisher events;

	private final CaseFiles files;

	CaseHandling(AgencyAccess access, ReplyLetters letters, ApplicationEventPublisher events, CaseFiles files) {
		this.access = access;
		this.letters = letters;
		this.events = events;
		this.files = files;
	}

	/**
	 * Sends the one correction notice (Regulations art. 30: "一次性", saying what is to be
	 * corrected): the clock stops until the corrected application arrives. Today is the
	 * notice date. The notice is released to the applicant at once: it asks them to act.
	 * @param periodEndsOn the last day of the period the notice sets, after today
	 * @param items what to correct: 1 to {@link CorrectionItem#MAX_ITEMS} items (items
	 * left wholly blank are dropped), each text at most {@link CorrectionItem#MAX_LENGTH}
	 * characters, control characters removed
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 * @throws RuleViolationException if a notice was already sent, the case is not
	 * received and open, the period does not end after today, or the items are invalid
	 */
	@Transactional
	public void requestCorrection(long caseId, LocalDate periodEndsOn, List<CorrectionItem> items) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		if (request.status() != CaseStatus.RECEIVED) {
			throw notOpen(caseId);
		}
		if (request.correctionRequestedOn() != null) {
			throw new RuleViolationException("request.correction.once", "Correction already requested on " + caseId);
		}
		if (periodEndsOn == null || !periodEndsOn.isAfter(this.files.today())) {
			throw new RuleViolationException("request.correction.period.invalid", "Correction period must end later");
		}
		// Regulations art. 30: the correction notice goes out within 7 working days of
		// receipt; a later notice would stop a clock the law lets run.
		LocalDate noticeDue = this.files.read(request).correctionNoticeDue();
		if (noticeDue != null && this.files.today().isAfter(noticeDue)) {
			throw new RuleViolationException("request.correction.too-late", "Correction notice after " + noticeDue,
					noticeDue);
		}
		List<CorrectionItem> listed = correctionItems(items);
		String before = request.auditSummary();
		request.requestCorrection(this.files.today(), periodEndsOn, listed, CaseFiles.actor(), this.files.now());
		this.files.record("request.correction-requested", request, before);
		this.letters.issue(request, LetterKind.CORRECTION);
	}

	/**
	 * The items of a correction notice, cleaned; wholly blank ones dropped.
	 * @throws RuleViolationException {@code request.correction.items.none},
	 * {@code request.correction.items.too-many} or
	 * {@code request.correction.item.invalid} (with the item's number and the longest
	 * length)
	 */
	static List<CorrectionItem> correctionItems(List<CorrectionItem> items) {
		List<CorrectionItem> given = (items != null) ? items : List.of();
		if (given.size() > CorrectionItem.MAX_ITEMS) {
			throw new RuleViolationException("request.correction.items.too-many", "Too many correction items",
					CorrectionItem.MAX_ITEMS);
		}
		List<CorrectionItem> listed = new ArrayList<>();
		int number = 0;
		for (CorrectionItem item : given) {
			number++;
			String missing = ValidApplication.text((item != null) ? item.missing() : null);
			String suggestion = ValidApplication.text((item != null) ? item.suggestion() : null);
			if (missing.isEmpty() && suggestion.isEmpty()) {
				continue;
			}
			if (missing.isEmpty() || missing.length() > CorrectionItem.MAX_LENGTH
					|| suggestion.length() > CorrectionItem.MAX_LENGTH) {
				throw new RuleViolationException("request.correction.item.invalid", "Bad correction item " + number,
						number, CorrectionItem.MAX_LENGTH);
			}
			listed.add(new CorrectionItem(missing, suggestion.isEmpty() ? null : suggestion));
		}
		if (listed.isEmpty()) {
			throw new RuleViolationException("request.correction.items.none", "No correction item");
		}
		return listed;
	}

	/**
	 * Records the corrected application; the 20 working days run again from {@code on}
	 * (Regulations art. 30).
	 * @param on the day it arrived: not before the notice, not in the future
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 * @throws RuleViolationException if no correction is awaited or the date is invalid
	 */
	@Transactional
	public void receiveCorrection(long caseId, LocalDate on) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		if (request.status() != CaseStatus.RECEIVED || request.correctionRequestedOn() == null
				|| request.correctionReceivedOn() != null) {
			throw new RuleViolationException("request.correction.not-awaited", "No correction awaited on " + caseId);
		}
		this.files.requireDate(on, request.correctionRequestedOn());
		String before = request.auditSummary();
		request.receiveCorrection(on, CaseFiles.actor(), this.files.now());
		this.files.record("request.correction-received", request, before);
	}

	/**
	 * Records a written consultation of a third party (Regulations art. 32) or of another
	 * agency (art. 34): working days after {@code sentOn} do not count until the answer,
	 * at most 15 working days.
	 * @param kind {@code THIRD_PARTY_CONSULTATION} or {@code AGENCY_CONSULTATION}
	 * @param sentOn the day the letter was sent: not before the clock started, not in the
	 * future
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 * @throws RuleViolationException if the clock does not run, a consultation is still
	 * open, or the input is invalid
	 */
	@Transactional
	public void startConsultation(long caseId, ClockFacts.PauseKind kind, LocalDate sentOn) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		ClockReading clock = this.files.read(request);
		if (request.status() != CaseStatus.RECEIVED || clock.countsFrom() == null) {
			throw notOpen(caseId);
		}
		if (request.openConsultation() != null) {
			throw new RuleViolationException("request.consultation.open", "A consultation is open on " + caseId);
		}
		if (kind == null || kind == ClockFacts.PauseKind.FEE_PAYMENT) {
			throw new RuleViolationException("request.consultation.kind.invalid", "Unknown consultation kind");
		}
		this.files.requireDate(sentOn, clock.countsFrom());
		String before = request.auditSummary();
		request.startConsultation(kind, sentOn, CaseFiles.actor(), this.files.now());
		this.files.record("request.consultation-sent", request, before);
		this.letters.issue(request, LetterKind.CONSULTATION);
	}

	/**
	 * Records the answer to the open consultation; the clock runs again the next working
	 * day.
	 * @param answeredOn the day the answer came: not before the letter, not in the future
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 * @throws RuleViolationException if no consultation is open or the date is invalid
	 */
	@Transactional
	public void answerConsultation(long caseId, LocalDate answeredOn) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		Consultation open = request.openConsultation();
		if (request.status() != CaseStatus.RECEIVED || open == null) {
			throw new RuleViolationException("request.consultation.none", "No open consultation on " + caseId);
		}
		this.files.requireDate(answeredOn, open.sentOn());
		String before = request.auditSummary();
		request.answerConsultation(open, answeredOn, CaseFiles.actor(), this.files.now());
		this.files.record("request.consultation-answered", request, before);
	}

	/** Longest reason for an extension, in characters. */
	public static final int MAX_EXTENSION_REASON = 500;

	/**
	 * Extends the deadline by 20 working days at once (Regulations art. 33): the head of
	 * the office decides on their own proposal. A clerk's proposal pending is settled by
	 * it.
	 * @param reason why, not blank, at most {@link #MAX_EXTENSION_REASON} characters
	 * @throws ForbiddenException unless the user is a leader of the case's agency
	 * @throws RuleViolationException as {@link #extensionRefusal}, or if the reason is
	 * missing or too long
	 */
	@Transactional
	public void extend(long caseId, String reason) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.require(Role.LEADER, request.agencyId());
		requireExtensible(request);
		String text = extensionReason(reason);
		String before = request.auditSummary();
		request.extend(this.files.today(), CaseFiles.actor(), text, this.files.now());
		this.files.record("request.extended", request, before);
		this.letters.issue(request, LetterKind.EXTENSION);
	}

	/**
	 * The clerk asks the head of the office to extend the deadline (Regulations art. 33),
	 * with the reason; nothing moves until a leader approves ({@link #approveExtension}).
	 * @param reason why, not blank, at most {@link #MAX_EXTENSION_REASON} characters,
	 * control characters removed
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 * @throws RuleViolationException as {@link #extensionRefusal}, if a proposal is
	 * already pending, or if the reason is missing or too long
	 */
	@Transactional
	public void proposeExtension(long caseId, String reason) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		requireExtensible(request);
		if (request.extensionPending()) {
			throw new RuleViolationException("request.extension.pending", "Extension already proposed on " + caseId);
		}
		String text = extensionReason(reason);
		String before = request.auditSummary();
		request.proposeExtension(text, this.files.today(), CaseFiles.actor(), this.files.now());
		this.files.record("request.extension-proposed", request, before);
	}

	/**
	 * The head of the office approves the pending proposal: the deadline moves by 20
	 * working days and the extension letter is issued, as {@link #extend}.
	 * @throws ForbiddenException unless the user is a leader of the case's agency
	 * @throws RuleViolationException if no proposal is pending, or as
	 * {@link #extensionRefusal} ({@code request.extension.approval.too-late} once the
	 * original due date has passed meanwhile)
	 */
	@Transactional
	public void approveExtension(long caseId) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.require(Role.LEADER, request.agencyId());
		requirePending(request);
		RuleViolationException refused = extensionRefusal(request, this.files.read(request), this.files.today());
		if (refused != null && refused.messageKey().equals("request.extension.too-late")) {
			throw new RuleViolationException("request.extension.approval.too-late", refused.getMessage(),
					refused.arguments());
		}
		if (refused != null) {
			throw refused;
		}
		String before = request.auditSummary();
		request.approveExtension(this.files.today(), CaseFiles.actor(), this.files.now());
		this.files.record("request.extended", request, before);
		this.letters.issue(request, LetterKind.EXTENSION);
	}

	/**
	 * The head of the office sends the pending proposal back to the clerk with a comment;
	 * the deadline does not move, and the clerk may propose again. The case log keeps the
	 * proposal and the comment.
	 * @param comment why, not blank, at most {@link #MAX_RETURN_COMMENT} characters
	 * @throws ForbiddenException unless the user is a leader of the case's agency
	 * @throws RuleViolationException if no proposal is pending or the comment is missing
	 * or too long
	 */
	@Transactional
	public void returnExtension(long caseId, String comment) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.require(Role.LEADER, request.agencyId());
		requirePending(request);
		String text = returnComment(comment);
		String before = request.auditSummary();
		request.returnExtension(text, this.files.today(), CaseFiles.actor(), this.files.now());
		this.files.record("request.extension-returned", request, before);
	}

	/**
	 * Why the case's deadline cannot be extended now, or {@code null} if it can: the one
	 * place of the art. 33 conditions, for the steps and for the page's forms.
	 * @return {@code request.case.not-open} unless the case is received, open and its
	 * clock runs; {@code request.extension.once} if already extended;
	 * {@code request.extension.too-late} (with the original due date) after the original
	 * due date
	 */
	public static RuleViolationException extensionRefusal(DisclosureRequest request, ClockReading clock,
			LocalDate today) {
		if (request.status() != CaseStatus.RECEIVED || clock.countsFrom() == null || clock.originalDue() == null) {
			return notOpen(request.id());
		}
		if (request.extended()) {
			return new RuleViolationException("request.extension.once", "Already extended: " + request.id());
		}
		// Regulations art. 33: the applicant is told of the extension before the original
		// deadline.
		if (today.isAfter(clock.originalDue())) {
			return new RuleViolationException("request.extension.too-late",
					"Original deadline passed on " + request.id(), clock.originalDue());
		}
		return null;
	}

	private void requireExtensible(DisclosureRequest request) {
		RuleViolationException refused = extensionRefusal(request, this.files.read(request), this.files.today());
		if (refused != null) {
			throw refused;
		}
	}

	private static void requirePending(DisclosureRequest request) {
		if (!request.open() || !request.extensionPending()) {
			throw new RuleViolationException("request.extension.not-pending",
					"No extension proposed on " + request.id());
		}
	}

	/** The reason for an extension, cleaned. */
	private static String extensionReason(String reason) {
		String text = ValidApplication.text(reason);
		if (text.isEmpty() || text.length() > MAX_EXTENSION_REASON) {
			throw new RuleViolationException("request.extension.reason.invalid", "Extension reason missing",
					MAX_EXTENSION_REASON);
		}
		return text;
	}

	/** A leader's comment sending a proposal back, cleaned. */
	private static String returnComment(String comment) {
		String text = ValidApplication.text(comment);
		if (text.isEmpty() || text.length() > MAX_RETURN_COMMENT) {
			throw new RuleViolationException("request.return.comment.invalid", "Return comment missing",
					MAX_RETURN_COMMENT);
		}
		return text;
	}

	/**
	 * Records the answer. Full disclosure closes the case at once; every other answer
	 * waits for a leader's approval ({@link Outcome#needsLeaderApproval()}).
	 * @param outcome the table-三 row, not {@code null}
	 * @param note the clerk's note, at most 2000 characters, may be {@code null}
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 * @throws RuleViolationException if the case is not open or the input is invalid
	 */
	@Transactional
	public void decide(long caseId, Outcome outcome, String note) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		if (request.status() != CaseStatus.RECEIVED) {
			throw notOpen(caseId);
		}
		if (outcome == null) {
			throw new RuleViolationException("request.outcome.invalid", "Unknown outcome");
		}
		String text = ValidApplication.text(note).isEmpty() ? null : ValidApplication.text(note);
		if (text != null && text.length() > 2000) {
			throw new RuleViolationException("request.decision.note.invalid", "Note too long", 2000);
		}
		String before = request.auditSummary();
		request.decide(outcome, text, this.files.today(), CaseFiles.actor(), this.files.now());
		this.files.record("request.decided", request, before);
		if (request.status() == CaseStatus.CLOSED) {
			this.letters.issue(request, LetterKind.REPLY);
			this.events.publishEvent(closed(request));
		}
	}

	/**
	 * A leader approves the recorded answer; the case closes today.
	 * @throws ForbiddenException unless the user is a leader of the case's agency
	 * @throws RuleViolationException if no answer awaits approval
	 */
	@Transactional
	public void approveDecision(long caseId) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.require(Role.LEADER, request.agencyId());
		if (request.status() != CaseStatus.AWAITING_APPROVAL) {
			throw new RuleViolationException("request.approval.not-awaiting", "Nothing to approve on " + caseId);
		}
		String before = request.auditSummary();
		request.approve(this.files.today(), CaseFiles.actor(), this.files.now());
		this.files.record("request.approved", request, before);
		this.letters.issue(request, LetterKind.REPLY);
		this.events.publishEvent(closed(request));
	}

	/**
	 * A leader sends the proposed answer back to the clerk with a comment: the case is
	 * open again (its clock unchanged) and the clerk proposes anew. The case log keeps
	 * the proposal and the comment.
	 * @param comment why, not blank, at most {@link #MAX_RETURN_COMMENT} characters
	 * @throws ForbiddenException unless the user is a leader of the case's agency
	 * @throws RuleViolationException if no answer awaits approval or the comment is
	 * missing or too long
	 */
	@Transactional
	public void sendBack(long caseId, String comment) {
		DisclosureRequest request = this.files.load(caseId);
		this.access.require(Role.LEADER, request.agencyId());
		if (request.status() != CaseStatus.AWAITING_APPROVAL) {
			throw new RuleViolationException("request.approval.not-awaiting", "Nothing to send back on " + caseId);
		}
		String text = returnComment(comment);
		String before = request.auditSummary();
		request.sendBack(text, this.files.today(), CaseFiles.actor(), this.files.now());
		this.files.record("request.decision-returned", request, before);
	}

	/** The event of a case just closed. */
	public static RequestClosed closed(DisclosureRequest request) {
		return new RequestClosed(request.id(), request.agencyId(), request.receivedOn(), request.closedOn(),
				request.outcome());
	}

	private static RuleViolationException notOpen(long caseId) {
		return new RuleViolationException("request.case.not-open", "Case " + caseId + " not open for this step");
	}

}
