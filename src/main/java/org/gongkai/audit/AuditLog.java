package org.gongkai.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.platform.ContentGeneration;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log's API: write an entry in the caller's transaction, list and filter
 * entries, verify the chain.
 */
@Service
public class AuditLog {

	/** Summaries longer than this are cut; the column holds 4000 characters. */
	static final int MAX_SUMMARY = 3900;

	private static final int VERIFY_BATCH = 1000;

	private final AuditEntries entries;

	private final EntityManager entityManager;

	private final Clock clock;

	private final ContentGeneration generation;

	AuditLog(AuditEntries entries, EntityManager entityManager, Clock clock, ContentGeneration generation) {
		this.generation = generation;
		this.entries = entries;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * Appends an entry. Must run inside the transaction of the state change it records,
	 * so both commit or neither does.
	 * @param record what happened
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditRecord record) {
		AuditChainHead head = this.entries.lockHead()
			.orElseThrow(() -> new IllegalStateException("Audit head missing"));
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		AuditRecord trimmed = new AuditRecord(limit(record.action(), 80), limit(record.objectType(), 60),
				limit(record.objectId(), 100), record.agencyId(), limit(record.before(), MAX_SUMMARY),
				limit(record.after(), MAX_SUMMARY), record.actor());
		AuditEntry entry = new AuditEntry(head.lastSeq() + 1, now, limit(actor(record), 100), trimmed, remoteAddr(),
				head.lastHash());
		this.entityManager.persist(entry);
		head.advance(entry);
		// every state change passes here: rendered pages of the old state go stale
		this.generation.advanceAfterCommit();
	}

	/**
	 * Lists entries matching the query, newest first.
	 * @param query the filters
	 * @param page the zero-based page
	 * @param size the page size (1–200)
	 * @return one page of entries
	 */
	@Transactional(readOnly = true)
	public Page<AuditEntryView> find(AuditQuery query, int page, int size) {
		Specification<AuditEntry> spec = (root, cq, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (hasText(query.actor())) {
				where.add(cb.equal(root.get("actor"), query.actor().strip()));
			}
			if (hasText(query.action())) {
				where.add(cb.like(root.get("action"), query.action().strip() + "%"));
			}
			if (hasText(query.objectType())) {
				where.add(cb.equal(root.get("objectType"), query.objectType().strip()));
			}
			if (hasText(query.objectId())) {
				where.add(cb.equal(root.get("objectId"), query.objectId().strip()));
			}
			ZoneId zone = this.clock.getZone();
			if (query.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), query.from().atStartOfDay(zone).toInstant()));
			}
			if (query.to() != null) {
				where.add(cb.lessThan(root.get("occurredAt"), query.to().plusDays(1).atStartOfDay(zone).toInstant()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
				Sort.by(Sort.Direction.DESC, "seq"));
		return this.entries.findAll(spec, request).map((entry) -> entry.view(this.clock.getZone()));
	}

	/**
	 * Walks the chain from the first entry to the head and reports the first broken link:
	 * an entry whose content no longer matches its hash (altered), whose link to its
	 * predecessor does not match (altered or reordered), a gap in the sequence (deleted),
	 * or a head that points past the last entry (deleted at the end).
	 * @return the verification result
	 */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		AuditChainHead head = this.entries.head().orElseThrow(() -> new IllegalStateException("Audit head missing"));
		long expectedSeq = 1;
		String expectedPrev = AuditChain.GENESIS;
		long checked = 0;
		while (true) {
			List<AuditEntry> batch = this.entries.after(expectedSeq - 1, PageRequest.of(0, VERIFY_BATCH));
			if (batch.isEmpty()) {
				break;
			}
			for (AuditEntry entry : batch) {
				if (entry.seq() != expectedSeq) {
					return AuditVerification.broken(checked, expectedSeq, "entry missing (deleted)");
				}
				if (!entry.prevHash().equals(expectedPrev)) {
					return AuditVerification.broken(checked, entry.seq(), "link to the previous entry does not match");
				}
				if (!AuditChain.hash(entry).equals(entry.hash())) {
					return AuditVerification.broken(checked, entry.seq(), "content does not match its hash (altered)");
				}
				checked++;
				expectedSeq++;
				expectedPrev = entry.hash();
			}
		}
		if (head.lastSeq() != expectedSeq - 1 || !head.lastHash().equals(expectedPrev)) {
			return AuditVerification.broken(checked, expectedSeq, "entries at the end of the chain are missing");
		}
		return AuditVerification.ok(checked);
	}

	private static String actor(AuditRecord record) {
		if (record.actor() != null) {
			return record.actor();
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return (RequestContextHolder.getRequestAttributes() != null) ? "anonymous" : "system";
		}
		return authentication.getName();
	}

	private static String remoteAddr() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static String limit(String value, int max) {
		if (value == null || value.length() <= max) {
			return value;
		}
		return value.substring(0, max - 1) + "…";
	}

}
