package org.gongkai.mailbox.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;
import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.mailbox.moderation.Moderation;
import org.gongkai.mailbox.rules.PlainText;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.ListPage;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.platform.Text;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public consultations on draft policies (意见征集, docs/legal-rules.md, Interaction): the
 * draft is published with its comment period, the public comments while it runs,
 * moderators publish or withhold each comment (personal data masked on the portal), and
 * after the period the agency publishes how the comments were used (采纳情况). A consultation
 * past its period without that summary is flagged.
 */
@Service
public class PolicyConsultations {

	static final int MAX_TITLE = 200;

	static final int MAX_DRAFT = 20000;

	static final int MAX_SUMMARY = 10000;

	/** A commenter's name, as long as a letter writer's. */
	static final int MAX_NAME = 60;

	/** A comment, as long as a letter. */
	static final int MAX_COMMENT = 3000;

	private final DraftConsultations consultations;

	private final DraftComments comments;

	private final AgencyManagement agencies;

	private final AgencyAccess access;

	private final AuditLog audit;

	private final Clock clock;

	private final Moderation moderation;

	PolicyConsultations(DraftConsultations consultations, DraftComments comments, AgencyManagement agencies,
			AgencyAccess access, AuditLog audit, Clock clock, Moderation moderation) {
		this.consultations = consultations;
		this.comments = comments;
		this.agencies = agencies;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
		this.moderation = moderation;
	}

	/**
	 * Publishes a draft for comment from {@code opensOn} through {@code closesOn}.
	 * @throws ForbiddenException unless the user is a clerk of the agency
	 * @throws RuleViolationException for a missing text or a period ending before it
	 * starts
	 */
	@Transactional
	public long create(long agencyId, String title, String draft, LocalDate opensOn, LocalDate closesOn) {
		this.access.require(Role.CLERK, agencyId);
		String t = PlainText.required(title, "title", MAX_TITLE);
		String d = Text.clean(draft);
		if (d.isEmpty() || d.length() > MAX_DRAFT) {
			throw new RuleViolationException("mailbox.draft.invalid", "Bad draft", MAX_DRAFT);
		}
		if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn)) {
			throw new RuleViolationException("mailbox.period.invalid", "Bad comment period");
		}
		DraftConsultation consultation = this.consultations
			.save(new DraftConsultation(agencyId, t, d, opensOn, closesOn, Instant.now(this.clock)));
		this.audit.record(AuditRecord.of("mailbox.consultation-created", "DraftConsultation", consultation.id())
			.withAgency(agencyId)
			.withAfter(consultation.auditSummary()));
		return consultation.id();
	}

	/** The consultations of an agency that have opened, newest first. */
	@Transactional(readOnly = true)
	public List<ConsultationView> publicList(long agencyId) {
		LocalDate today = today();
		return this.consultations.findByAgencyIdOrderByOpensOnDescIdDesc(agencyId)
			.stream()
			.filter((c) -> !c.opensOn().isAfter(today))
			.map(this::view)
			.toList();
	}

	/**
	 * One consultation that has opened.
	 * @throws NotFoundException if there is none such for the agency
	 */
	@Transactional(readOnly = true)
	public ConsultationView publicView(long agencyId, long id) {
		return view(publicOne(agencyId, id));
	}

	/** The published comments of a consultation, masked, without names. */
	@Transactional(readOnly = true)
	public List<CommentView> publicComments(long agencyId, long id) {
		DraftConsultation consultation = publicOne(agencyId, id);
		return this.comments.findByConsultationIdOrderBySubmittedAtAscIdAsc(consultation.id())
			.stream()
			.filter((c) -> c.status() == CommentStatus.PUBLISHED)
			.map((c) -> new CommentView(c.id(), null, this.moderation.forPublic(c.body()), c.status(), false,
					c.submittedAt(), day(c.submittedAt())))
			.toList();
	}

	/**
	 * Stores a comment while the period runs; it awaits moderation.
	 * @throws RuleViolationException outside the period or for invalid text
	 */
	@Transactional
	public void comment(long agencyId, long id, String name, String body) {
		DraftConsultation consultation = publicOne(agencyId, id);
		if (!consultation.openOn(today())) {
			throw new RuleViolationException("mailbox.comment.closed", "Consultation " + id + " not open");
		}
		String writer = PlainText.required(name, "name", MAX_NAME);
		String text = PlainText.required(body, "body", MAX_COMMENT);
		DraftComment comment = this.comments.save(new DraftComment(consultation.id(), writer, text,
				this.moderation.flags(text), Instant.now(this.clock)));
		this.audit.record(AuditRecord.of("mailbox.comment-received", "DraftComment", comment.id())
			.withAgency(agencyId)
			.withActor("public")
			.withAfter("consultation=" + id + ", flagged=" + comment.flagged()));
	}

	/**
	 * Publishes or withholds a comment.
	 * @throws ForbiddenException unless the user is a clerk of the agency
	 */
	@Transactional
	public void moderate(long commentId, boolean publish) {
		DraftComment comment = this.comments.findById(commentId)
			.orElseThrow(() -> new NotFoundException("Comment " + commentId));
		DraftConsultation consultation = load(comment.consultationId());
		this.access.require(Role.CLERK, consultation.agencyId());
		CommentStatus before = comment.status();
		comment.moderate(publish ? CommentStatus.PUBLISHED : CommentStatus.WITHHELD);
		this.audit.record(AuditRecord.of("mailbox.comment-moderated", "DraftComment", comment.id())
			.withAgency(consultation.agencyId())
			.withBefore("status=" + before)
			.withAfter("status=" + comment.status()));
	}

	/**
	 * Publishes how the comments were used (采纳情况), on or after the last day of the
	 * period.
	 * @throws ForbiddenException unless the user is a clerk of the agency
	 * @throws RuleViolationException before the period ends or for an invalid text
	 */
	@Transactional
	public void publishSummary(long id, String summary) {
		DraftConsultation consultation = load(id);
		this.access.require(Role.CLERK, consultation.agencyId());
		if (today().isBefore(consultation.closesOn())) {
			throw new RuleViolationException("mailbox.summary.too-early", "Period still running",
					consultation.closesOn());
		}
		String text = Text.clean(summary);
		if (text.isEmpty() || text.length() > MAX_SUMMARY) {
			throw new RuleViolationException("mailbox.summary.invalid", "Bad summary", MAX_SUMMARY);
		}
		String before = consultation.auditSummary();
		consultation.publishSummary(text, today());
		this.audit.record(AuditRecord.of("mailbox.consultation-summary", "DraftConsultation", id)
			.withAgency(consultation.agencyId())
			.withBefore(before)
			.withAfter(consultation.auditSummary()));
	}

	/** Most rows on one page of the consultation list. */
	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * One page of the consultations of the agencies the user may see, narrowed by
	 * {@code filter}, newest opening first; an agency the user may not see gives none.
	 * @param page from 0; past the end shows the last page
	 * @param size rows per page, clamped to 1..{@link #MAX_PAGE_SIZE}
	 */
	@Transactional(readOnly = true)
	public Page<ConsultationView> adminPage(ConsultationFilter filter, int page, int size) {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		if (filter.agencyId() != null) {
			visible = visible.contains(filter.agencyId()) ? Set.of(filter.agencyId()) : Set.of();
		}
		if (visible.isEmpty()) {
			return Page.empty(PageRequest.of(0, Math.min(Math.max(size, 1), MAX_PAGE_SIZE)));
		}
		return ListPage
			.of(this.consultations, matching(visible, filter, today()), page, size, MAX_PAGE_SIZE,
					Sort.by(Sort.Order.desc("opensOn"), Sort.Order.desc("id")))
			.map(this::view);
	}

	private static Specification<DraftConsultation> matching(Set<Long> agencies, ConsultationFilter filter,
			LocalDate today) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(root.get("agencyId").in(agencies));
			if (filter.stage() != null) {
				where.add(switch (filter.stage()) {
					case UPCOMING -> cb.greaterThan(root.get("opensOn"), today);
					case OPEN -> cb.and(cb.lessThanOrEqualTo(root.get("opensOn"), today),
							cb.greaterThanOrEqualTo(root.get("closesOn"), today));
					case CLOSED -> cb.lessThan(root.get("closesOn"), today);
					case SUMMARY_MISSING ->
						cb.and(cb.lessThan(root.get("closesOn"), today), cb.isNull(root.get("summaryPublishedOn")));
				});
			}
			if (filter.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("opensOn"), filter.from()));
			}
			if (filter.to() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("opensOn"), filter.to()));
			}
			String pattern = ListPage.containsPattern(filter.text());
			if (pattern != null) {
				where.add(cb.like(cb.lower(root.get("title")), pattern, '\\'));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/**
	 * Every consultation of the agency, newest opening first, also those not yet open: a
	 * system reading (callers check who may see the result), for
	 * {@link org.gongkai.mailbox.Consultations}.
	 */
	@Transactional(readOnly = true)
	public List<ConsultationView> allOf(long agencyId) {
		return this.consultations.findByAgencyIdOrderByOpensOnDescIdDesc(agencyId).stream().map(this::view).toList();
	}

	/**
	 * One consultation, whatever its agency and period: a system reading, for
	 * {@link org.gongkai.mailbox.Consultations}.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<ConsultationView> find(long id) {
		return this.consultations.findById(id).map(this::view);
	}

	/**
	 * One consultation for its agency's staff.
	 * @throws ForbiddenException if the user may not see the agency
	 */
	@Transactional(readOnly = true)
	public ConsultationView adminView(long id) {
		DraftConsultation consultation = load(id);
		this.access.requireVisible(consultation.agencyId());
		return view(consultation);
	}

	/** Every comment of a consultation, with names, for its agency's staff. */
	@Transactional(readOnly = true)
	public List<CommentView> adminComments(long id) {
		DraftConsultation consultation = load(id);
		this.access.requireVisible(consultation.agencyId());
		return this.comments.findByConsultationIdOrderBySubmittedAtAscIdAsc(id)
			.stream()
			.map((c) -> new CommentView(c.id(), c.writerName(), c.body(), c.status(), c.flagged(), c.submittedAt(),
					day(c.submittedAt())))
			.toList();
	}

	private ConsultationView view(DraftConsultation c) {
		LocalDate today = today();
		boolean closed = today.isAfter(c.closesOn());
		return new ConsultationView(c.id(), c.agencyId(), this.agencies.details(c.agencyId()).summary().name(),
				c.title(), c.draft(), c.opensOn(), c.closesOn(), c.summary(), c.summaryPublishedOn(), c.openOn(today),
				closed, closed && c.summaryPublishedOn() == null,
				this.comments.countByConsultationIdAndStatus(c.id(), CommentStatus.PENDING),
				this.comments.countByConsultationIdAndStatus(c.id(), CommentStatus.PUBLISHED));
	}

	private DraftConsultation publicOne(long agencyId, long id) {
		return this.consultations.findById(id)
			.filter((c) -> c.agencyId() == agencyId && !c.opensOn().isAfter(today()))
			.orElseThrow(() -> new NotFoundException("Consultation " + id));
	}

	private DraftConsultation load(long id) {
		return this.consultations.findById(id).orElseThrow(() -> new NotFoundException("Consultation " + id));
	}

	private LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, this.clock.getZone());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
