package org.gongkai.request.appeals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.gongkai.account.AgencyAccess;
import org.gongkai.account.Role;
import org.gongkai.account.StaffPrincipal;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.ListPage;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.RuleViolationException;
import org.gongkai.request.AppealCounts;
import org.gongkai.request.AppealKind;
import org.gongkai.request.AppealRecorded;
import org.gongkai.request.AppealResult;
import org.gongkai.request.casework.DisclosureRequest;
import org.gongkai.request.casework.DisclosureRequests;
import org.gongkai.request.intake.ValidApplication;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrative reconsiderations (行政复议) and lawsuits (行政诉讼, direct or after
 * reconsideration) about cases, recorded by the agency's staff (docs/legal-rules.md,
 * Appeals), and their counts for table 四 of the annual report.
 */
@Service
public class RequestAppeals {

	/** At most this many characters for the reconsideration body or court. */
	static final int MAX_BODY = 100;

	private final Appeals appeals;

	private final DisclosureRequests cases;

	private final AgencyAccess access;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RequestAppeals(Appeals appeals, DisclosureRequests cases, AgencyAccess access, AuditLog audit, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.appeals = appeals;
		this.cases = cases;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records a reconsideration or lawsuit about a case, pending or already decided.
	 * @param kind the table-四 kind; a lawsuit after reconsideration must name it
	 * @param followsId the reconsideration of the same case a lawsuit follows, else
	 * ignored
	 * @param filedOn the filing day: not before the case was received (or submitted), not
	 * in the future
	 * @param body the reconsideration body or court, not blank, at most 100 characters
	 * @param decidedOn the decision day (not before filing, not in the future), or
	 * {@code null} while pending
	 * @param result the result; {@link AppealResult#PENDING} exactly when
	 * {@code decidedOn} is {@code null}
	 * @return the appeal's id
	 * @throws ForbiddenException unless the user is a clerk, leader or disclosure office
	 * of the case's agency
	 * @throws RuleViolationException naming the first invalid field
	 */
	@Transactional
	public long record(long caseId, AppealKind kind, Long followsId, LocalDate filedOn, String body,
			LocalDate decidedOn, AppealResult result) {
		DisclosureRequest request = load(caseId);
		requireStaff(request.agencyId());
		if (kind == null) {
			throw new RuleViolationException("request.appeal.kind.invalid", "Unknown appeal kind");
		}
		String text = ValidApplication.text(body);
		if (text.isEmpty() || text.length() > MAX_BODY) {
			throw new RuleViolationException("request.appeal.body.invalid", "Appeal body missing", MAX_BODY);
		}
		LocalDate submitted = (request.receivedOn() != null) ? request.receivedOn()
				: LocalDate.ofInstant(request.summary(null).submittedAt(), this.clock.getZone());
		if (filedOn == null || filedOn.isBefore(submitted) || filedOn.isAfter(today())) {
			throw new RuleViolationException("request.appeal.filed-on.invalid", "Filing date out of range", submitted,
					today());
		}
		Long follows = null;
		if (kind == AppealKind.LAWSUIT_AFTER_RECONSIDERATION) {
			Appeal reconsideration = (followsId != null) ? this.appeals.findById(followsId).orElse(null) : null;
			if (reconsideration == null || reconsideration.caseId() != caseId
					|| reconsideration.kind() != AppealKind.RECONSIDERATION
					|| filedOn.isBefore(reconsideration.filedOn())) {
				throw new RuleViolationException("request.appeal.follows.invalid",
						"A lawsuit after reconsideration needs an earlier reconsideration of the same case");
			}
			follows = reconsideration.id();
		}
		checkDecision(filedOn, decidedOn, result);
		Appeal appeal = new Appeal(caseId, request.agencyId(), kind, follows, filedOn, text, actor(), now());
		if (result != AppealResult.PENDING) {
			appeal.decide(decidedOn, result, now());
		}
		appeal = this.appeals.save(appeal);
		request.note("appeal-recorded", filedOn, actor(), kind + " " + text + " " + result, now());
		this.audit.record(AuditRecord.of("request.appeal-recorded", "RequestAppeal", appeal.id())
			.withAgency(request.agencyId())
			.withAfter(appeal.auditSummary()));
		this.events.publishEvent(
				new AppealRecorded(appeal.id(), caseId, request.agencyId(), kind, filedOn, appeal.result(), false));
		return appeal.id();
	}

	/**
	 * Records the decision of a pending (or corrects that of a decided) appeal.
	 * @throws ForbiddenException unless the user is a clerk, leader or disclosure office
	 * of its agency
	 * @throws RuleViolationException if the date or result is invalid
	 */
	@Transactional
	public void decide(long appealId, LocalDate decidedOn, AppealResult result) {
		Appeal appeal = this.appeals.findById(appealId).orElseThrow(() -> new NotFoundException("Appeal " + appealId));
		requireStaff(appeal.agencyId());
		checkDecision(appeal.filedOn(), decidedOn, result);
		String before = appeal.auditSummary();
		appeal.decide(decidedOn, result, now());
		DisclosureRequest request = load(appeal.caseId());
		request.note("appeal-decided", (decidedOn != null) ? decidedOn : today(), actor(), appeal.kind() + " " + result,
				now());
		this.audit.record(AuditRecord.of("request.appeal-decided", "RequestAppeal", appeal.id())
			.withAgency(appeal.agencyId())
			.withBefore(before)
			.withAfter(appeal.auditSummary()));
		this.events.publishEvent(new AppealRecorded(appeal.id(), appeal.caseId(), appeal.agencyId(), appeal.kind(),
				appeal.filedOn(), appeal.result(), true));
	}

	/**
	 * The appeals about one case, oldest first.
	 * @throws ForbiddenException if the user may not see its agency
	 */
	@Transactional(readOnly = true)
	public List<AppealView> forCase(long caseId) {
		DisclosureRequest request = load(caseId);
		this.access.requireVisible(request.agencyId());
		return this.appeals.findByCaseIdOrderByFiledOnAscIdAsc(caseId)
			.stream()
			.map((a) -> a.view(request.trackingNo()))
			.toList();
	}

	/** Most rows on one page of the appeal list. */
	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * One page of the appeals of the agencies the signed-in user may see, narrowed by
	 * {@code filter}, newest filing first; an agency the user may not see gives none.
	 * @param page from 0; past the end shows the last page
	 * @param size rows per page, clamped to 1..{@link #MAX_PAGE_SIZE}
	 */
	@Transactional(readOnly = true)
	public Page<AppealView> page(AppealFilter filter, int page, int size) {
		Set<Long> visible = this.access.visibleAgencies(AgencyAccess.current());
		if (filter.agencyId() != null) {
			visible = visible.contains(filter.agencyId()) ? Set.of(filter.agencyId()) : Set.of();
		}
		if (visible.isEmpty()) {
			return Page.empty(PageRequest.of(0, Math.min(Math.max(size, 1), MAX_PAGE_SIZE)));
		}
		Page<Appeal> appeals = ListPage.of(this.appeals, matching(visible, filter), page, size, MAX_PAGE_SIZE,
				Sort.by(Sort.Order.desc("filedOn"), Sort.Order.desc("id")));
		Map<Long, String> numbers = new HashMap<>();
		this.cases.findAllById(appeals.stream().map(Appeal::caseId).distinct().toList())
			.forEach((c) -> numbers.put(c.id(), c.trackingNo()));
		return appeals.map((a) -> a.view(numbers.get(a.caseId())));
	}

	private static Specification<Appeal> matching(Set<Long> agencies, AppealFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(root.get("agencyId").in(agencies));
			if (filter.kind() != null) {
				where.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.result() != null) {
				where.add(cb.equal(root.get("result"), filter.result()));
			}
			if (filter.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("filedOn"), filter.from()));
			}
			if (filter.to() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("filedOn"), filter.to()));
			}
			String pattern = ListPage.containsPattern(filter.text());
			if (pattern != null) {
				Subquery<Long> numbered = query.subquery(Long.class);
				Root<DisclosureRequest> request = numbered.from(DisclosureRequest.class);
				numbered.select(request.get("id")).where(cb.like(cb.lower(request.get("trackingNo")), pattern, '\\'));
				where.add(cb.or(cb.like(cb.lower(root.get("body")), pattern, '\\'), root.get("caseId").in(numbered)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/**
	 * Table 四 of the annual report: the appeals about the cases of {@code agencyIds}
	 * filed in {@code year}, by kind and result as recorded now. No access check: the
	 * caller (the annual report) decides which agencies it reports on.
	 */
	@Transactional(readOnly = true)
	public AppealCounts counts(Collection<Long> agencyIds, int year) {
		Map<AppealKind, Map<AppealResult, Long>> counts = new EnumMap<>(AppealKind.class);
		if (agencyIds != null && !agencyIds.isEmpty()) {
			for (Appeal appeal : this.appeals.findByAgencyIdInAndFiledOnBetween(agencyIds, LocalDate.of(year, 1, 1),
					LocalDate.of(year, 12, 31))) {
				counts.computeIfAbsent(appeal.kind(), (k) -> new EnumMap<>(AppealResult.class))
					.merge(appeal.result(), 1L, Long::sum);
			}
		}
		return new AppealCounts(year, counts);
	}

	private void checkDecision(LocalDate filedOn, LocalDate decidedOn, AppealResult result) {
		if (result == null) {
			throw new RuleViolationException("request.appeal.result.invalid", "Unknown appeal result");
		}
		if (result == AppealResult.PENDING) {
			if (decidedOn != null) {
				throw new RuleViolationException("request.appeal.pending-decided", "Pending with a decision date");
			}
			return;
		}
		if (decidedOn == null || decidedOn.isBefore(filedOn) || decidedOn.isAfter(today())) {
			throw new RuleViolationException("request.appeal.decided-on.invalid", "Decision date out of range", filedOn,
					today());
		}
	}

	private void requireStaff(long agencyId) {
		StaffPrincipal me = AgencyAccess.current();
		if (me == null || !(me.has(Role.CLERK, agencyId) || me.has(Role.LEADER, agencyId)
				|| me.has(Role.DISCLOSURE_OFFICE, agencyId))) {
			throw new ForbiddenException("Staff of agency " + agencyId + " required");
		}
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
