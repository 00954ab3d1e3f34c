package org.gongkai.request.letters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.agency.AgencySummary;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.SerialNumbers;
import org.gongkai.rendering.CjkFonts;
import org.gongkai.request.CaseStatus;
import org.gongkai.request.casework.CaseFiles;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.casework.DisclosureRequests;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters of a case: issued from the agency's current template when the step they
 * belong to is taken (the reply once the answer is final, i.e. after the leader's
 * approval where one is needed; the correction, extension and consultation letters with
 * their steps), produced as DOCX or PDF, delivered and released to the applicant.
 *
 * <p>
 * Document numbers read {@code <agency short name><kind prefix>〔<year>〕<serial>号}, e.g.
 * 青府依申复〔2026〕3号, with a gap-free serial per agency, kind and year. An issued letter keeps
 * its merged text, so later template edits never change it. Dates in letters are written
 * 2026年11月22日 (GB/T 9704-2012 7.3.5.3: Arabic numerals, year, month and day in full).
 */
@Service
public class ReplyLetters {

	/** The largest fee a notice may state, in yuan. */
	public static final BigDecimal MAX_FEE = new BigDecimal("1000000");

	private final DisclosureRequests cases;

	private final IssuedLetters letters;

	private final LetterRenderer renderer;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final SerialNumbers serials;

	private final AuditLog audit;

	private final LetterText text;

	private final CaseFiles files;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ReplyLetters(DisclosureRequests cases, IssuedLetters letters, LetterRenderer renderer, AgencyManagement agencies,
			AgencyAccess access, SerialNumbers serials, AuditLog audit, LetterText text, CaseFiles files, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.cases = cases;
		this.letters = letters;
		this.renderer = renderer;
		this.agencies = agencies;
		this.access = access;
		this.serials = serials;
		this.audit = audit;
		this.text = text;
		this.files = files;
		this.clock = clock;
	}

	/**
	 * Issues the letter of a step just taken, in the caller's transaction: numbers it,
	 * merges the agency's current template and stores the text. The caller has checked
	 * access.
	 */
	public void issue(DisclosureRequest request, LetterKind kind) {
		issue(request, kind, Map.of());
	}

	/**
	 * Issues the fee notice of an open case (Regulations art. 42, 国办函〔2020〕109号) for the
	 * amount the fee schedule gave. The notice only informs; recording the fee and
	 * pausing the clock while it is unpaid belong to the fee step.
	 * @param amount yuan, more than 0, at most {@link #MAX_FEE}, at most two decimals
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 * @throws RuleViolationException if the case is not open or the amount is invalid
	 */
	@Transactional
	public void issueFeeNotice(long caseId, BigDecimal amount) {
		DisclosureRequest request = load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		if (request.status() != CaseStatus.RECEIVED) {
			throw new RuleViolationException("request.case.not-open", "Case " + caseId + " not open for a fee");
		}
		if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_FEE) > 0
				|| amount.stripTrailingZeros().scale() > 2) {
			throw new RuleViolationException("letters.fee.invalid", "Invalid fee amount", MAX_FEE.toPlainString());
		}
		issueFee(request, amount);
	}

	/** The fee notice of the fee step just taken, in the caller's transaction. */
	public void issueFee(DisclosureRequest request, BigDecimal amount) {
		issue(request, LetterKind.FEE, Map.of("feeAmount", amount.setScale(2, RoundingMode.HALF_UP).toPlainString()));
	}

	private void issue(DisclosureRequest request, LetterKind kind, Map<String, String> extra) {
		LocalDate today = today();
		int year = today.getYear();
		long serial = this.serials.next("letter-" + kind.slug(), request.agencyId(), year);
		AgencySummary agency = this.agencies.details(request.agencyId()).summary();
		String prefix = (agency.shortName() != null && !agency.shortName().isBlank()) ? agency.shortName()
				: agency.name();
		String number = this.text.message("letters.number", prefix, this.text.message("letters.number." + kind.name()),
				String.valueOf(year), String.valueOf(serial));
		LetterText.Draft draft = this.text.draft(request, kind, number, today, extra);
		String actor = actor();
		IssuedLetter letter = this.letters.save(new IssuedLetter(request.id(), request.agencyId(), kind, draft.key(),
				draft.version(), number, draft.addressee(), draft.body(), today, actor, now()));
		this.audit.record(AuditRecord.of("request.letter-issued", "IssuedLetter", letter.id())
			.withAgency(request.agencyId())
			.withAfter("case=" + request.trackingNo() + ", " + letter.auditSummary()));
		this.events.publishEvent(new LetterIssued(request.id(), letter.id(), kind));
		if (kind == LetterKind.CORRECTION) {
			// the applicant must act on it within its period: no separate release step
			releaseIssued(request, letter);
		}
	}

	/**
	 * The issued letters of a case, oldest first.
	 * @throws ForbiddenException if the user may not see the case's agency
	 */
	@Transactional(readOnly = true)
	public CaseLetters lettersOf(long caseId) {
		DisclosureRequest request = load(caseId);
		this.access.requireVisible(request.agencyId());
		StaffPrincipal me = AgencyAccess.current();
		return new CaseLetters(this.letters.findByCaseIdOrderById(caseId).stream().map(IssuedLetter::view).toList(),
				me != null && me.has(Role.CLERK, request.agencyId()));
	}

	/**
	 * A letter of a case as a file, for staff who may see its agency: the issued letter
	 * {@code letterId}, else the latest issued letter of {@code kind}, else an unnumbered
	 * draft from the current template.
	 * @param letterId an issued letter of this case, or {@code null}
	 * @throws NotFoundException for an unknown case or a letter of another case
	 * @throws ForbiddenException if the user may not see the case's agency
	 * @throws RuleViolationException for a reply before the answer is recorded, or if no
	 * CJK font is installed for a PDF
	 */
	@Transactional(readOnly = true)
	public LetterFile file(long caseId, LetterKind kind, Long letterId, LetterFormat format) {
		DisclosureRequest request = load(caseId);
		this.access.requireVisible(request.agencyId());
		List<IssuedLetter> issued = this.letters.findByCaseIdOrderById(caseId);
		IssuedLetter letter = null;
		if (letterId != null) {
			letter = issued.stream()
				.filter((l) -> l.id().equals(letterId) && l.kind() == kind)
				.findFirst()
				.orElseThrow(() -> new NotFoundException("Letter " + letterId + " of case " + caseId));
		}
		else {
			letter = issued.stream().filter((l) -> l.kind() == kind).reduce((a, b) -> b).orElse(null);
		}
		LetterContent content;
		if (letter != null) {
			content = this.text.content(letter);
		}
		else {
			if (kind == LetterKind.REPLY && request.outcome() == null) {
				throw new RuleViolationException("letters.reply.no-outcome", "No answer recorded on " + caseId);
			}
			content = this.text.preview(request, kind);
		}
		return render(request.trackingNo(), kind, letter == null, content, format);
	}

	/**
	 * Records how and when a letter reached its addressee, in the case log and the audit
	 * log.
	 * @param method the delivery method, not {@code null}
	 * @param on the day: not before the letter was issued, not in the future
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 * @throws RuleViolationException for a missing method or an invalid date
	 */
	@Transactional
	public void recordDelivery(long caseId, long letterId, LetterDelivery method, LocalDate on) {
		DisclosureRequest request = load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		IssuedLetter letter = letterOf(caseId, letterId);
		if (method == null) {
			throw new RuleViolationException("letters.delivery.invalid", "Delivery method missing");
		}
		if (on == null || on.isBefore(letter.issuedOn()) || on.isAfter(today())) {
			throw new RuleViolationException("letters.delivery.date.invalid", "Delivery date out of range",
					letter.issuedOn(), today());
		}
		String before = letter.auditSummary();
		letter.deliver(method, on, actor());
		request.logLetter("letter-delivered", on, actor(),
				letter.documentNo() + " " + this.text.message("letters.delivery." + method.name()), now());
		this.audit.record(AuditRecord.of("request.letter-delivered", "IssuedLetter", letter.id())
			.withAgency(request.agencyId())
			.withBefore(before)
			.withAfter(letter.auditSummary()));
	}

	/**
	 * Releases a letter to the applicant: it can then be downloaded with the tracking
	 * number and query code.
	 * @throws ForbiddenException unless the user is a clerk of the case's agency
	 */
	@Transactional
	public void release(long caseId, long letterId) {
		DisclosureRequest request = load(caseId);
		this.access.require(Role.CLERK, request.agencyId());
		IssuedLetter letter = letterOf(caseId, letterId);
		if (letter.released()) {
			return;
		}
		releaseIssued(request, letter);
	}

	private void releaseIssued(DisclosureRequest request, IssuedLetter letter) {
		String before = letter.auditSummary();
		letter.release(today());
		request.logLetter("letter-released", today(), actor(), letter.documentNo(), now());
		this.audit.record(AuditRecord.of("request.letter-released", "IssuedLetter", letter.id())
			.withAgency(request.agencyId())
			.withBefore(before)
			.withAfter(letter.auditSummary()));
		this.events.publishEvent(new LetterReleased(request.id(), letter.id(), letter.kind()));
	}

	/**
	 * The letters released to the applicant of a case, for the holder of its tracking
	 * number and query code.
	 * @throws NotFoundException for an unknown number or a wrong code, alike
	 */
	@Transactional(readOnly = true)
	public List<ReleasedLetter> released(String trackingNo, String queryCode) {
		DisclosureRequest request = this.files.byCode(trackingNo, queryCode);
		return this.letters.findByCaseIdOrderById(request.id())
			.stream()
			.filter(IssuedLetter::released)
			.map((l) -> new ReleasedLetter(l.id(), l.kind(), l.documentNo(), l.issuedOn(),
					"/api/v1/requests/" + request.trackingNo() + "/letters/" + l.id() + ".pdf"))
			.toList();
	}

	/**
	 * A released letter as a file, for the holder of the tracking number and query code.
	 * @throws NotFoundException for an unknown number, a wrong code, or a letter not
	 * released on this case, alike
	 */
	@Transactional(readOnly = true)
	public LetterFile releasedFile(String trackingNo, String queryCode, long letterId, LetterFormat format) {
		DisclosureRequest request = this.files.byCode(trackingNo, queryCode);
		IssuedLetter letter = this.letters.findById(letterId)
			.filter((l) -> l.caseId() == request.id() && l.released())
			.orElseThrow(() -> new NotFoundException("Released letter " + letterId));
		return render(request.trackingNo(), letter.kind(), false, this.text.content(letter), format);
	}

	/**
	 * The day the case's reply letter reached the applicant as recorded by the office, or
	 * {@code null} if no delivery of it is recorded. Runs in the caller's transaction.
	 */
	public LocalDate replyDeliveredOn(long caseId) {
		return this.letters.findByCaseIdOrderById(caseId)
			.stream()
			.filter((l) -> l.kind() == LetterKind.REPLY && l.deliveredOn() != null)
			.map(IssuedLetter::deliveredOn)
			.reduce((a, b) -> b)
			.orElse(null);
	}

	/**
	 * The letter as a file named in Chinese after its kind and case (答复告知书（YSQ-…）.pdf, a
	 * draft marked as such) with an ASCII name for old clients (YSQ-…-reply.pdf).
	 */
	private LetterFile render(String trackingNo, LetterKind kind, boolean draft, LetterContent content,
			LetterFormat format) {
		String name = this.text.message(draft ? "letters.file-name.draft" : "letters.file-name",
				this.text.message("letters.kind." + kind.name()), trackingNo) + "." + format.extension();
		String baseName = trackingNo + "-" + kind.slug() + (draft ? "-draft" : "");
		byte[] bytes;
		if (format == LetterFormat.DOCX) {
			bytes = this.renderer.docx(content);
		}
		else {
			try {
				bytes = this.renderer.pdf(content);
			}
			catch (CjkFonts.FontMissingException ex) {
				throw new RuleViolationException("letters.font.missing", ex.getMessage());
			}
		}
		return new LetterFile(name, baseName + "." + format.extension(), format.contentType(), bytes);
	}

	private IssuedLetter letterOf(long caseId, long letterId) {
		return this.letters.findById(letterId)
			.filter((l) -> l.caseId() == caseId)
			.orElseThrow(() -> new NotFoundException("Letter " + letterId + " of case " + caseId));
	}

	private DisclosureRequest load(long caseId) {
		return this.cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
	}

	private static String actor() {
		StaffPrincipal me = AgencyAccess.current();
		return (me != null) ? me.username() : "system";
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
