package org.gongkai.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.platform.PublicPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * entries, verify the chain. Entries are signed with the audit key ({@link AuditKeys},
 * not in the database) and the chain's head is anchored in the checkpoint file
 * ({@link AuditCheckpoints}), so that someone who can write the database can neither
 * rewrite entries nor cut or empty the log unnoticed.
 */
@Service
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	/** Summaries longer than this are cut; the column holds 4000 characters. */
	static final int MAX_SUMMARY = 3900;

	private static final int VERIFY_BATCH = 1000;

	private final AuditEntries entries;

	private final EntityManager entityManager;

	private final Clock clock;

	private final PublicPages pages;

	private final AuditKeys keys;

	private final AuditCheckpoints checkpoints;

	AuditLog(AuditEntries entries, EntityManager entityManager, Clock clock, PublicPages pages, AuditKeys keys,
			AuditCheckpoints checkpoints) {
		this.pages = pages;
		this.entries = entries;
		this.entityManager = entityManager;
		this.clock = clock;
		this.keys = keys;
		this.checkpoints = checkpoints;
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
				head.lastHash(), this.keys.current());
		this.entityManager.persist(entry);
		head.advance(entry);
		// every state change passes here: the public pages showing what changed are
		// forgotten once it commits (each module's footprint says which)
		this.pages.changed(trimmed.action(), trimmed.objectType(), trimmed.objectId(), trimmed.agencyId());
	}

	/** The action codes the log holds, in code order: the filter's choices. */
	@Transactional(readOnly = true)
	public List<String> actions() {
		return this.entries.distinctActions();
	}

	/** The object types the log holds, in name order: the filter's choices. */
	@Transactional(readOnly = true)
	public List<String> objectTypes() {
		return this.entries.distinctObjectTypes();
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
	 * an entry whose content no longer matches its signature (altered, or re-hashed
	 * without the audit key), whose link to its predecessor does not match (altered or
	 * reordered), a gap in the sequence (deleted), a head that points past the last entry
	 * (deleted at the end), or a log that ends before, or differs from, a checkpoint in
	 * the checkpoint file (cut, emptied or rewritten). A damaged or forged checkpoint is
	 * reported too. When the chain is intact, its head is appended to the checkpoint
	 * file.
	 * @return the verification result
	 */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		AuditChainHead head = this.entries.head().orElseThrow(() -> new IllegalStateException("Audit head missing"));
		AuditCheckpoints.Anchors anchors = this.checkpoints.read();
		if (anchors.problem() != null) {
			return AuditVerification.broken(0, (anchors.problemSeq() != null) ? anchors.problemSeq() : 1,
					AuditVerification.Break.CHECKPOINTS_DAMAGED, anchors.problem());
		}
		ChainWalk walk = ChainWalk.fromGenesis(this.keys, anchors);
		Optional<AuditVerification> broken = walk(walk, Long.MAX_VALUE);
		if (broken.isPresent()) {
			return broken.get();
		}
		if (head.lastSeq() != walk.lastSeq() || !head.lastHash().equals(walk.lastHash())) {
			return AuditVerification.broken(walk.checked(), walk.nextSeq(), AuditVerification.Break.TAIL_CUT,
					"entries at the end of the chain are missing");
		}
		Optional<AuditCheckpoints.Checkpoint> last = anchors.last();
		if (last.isPresent() && last.get().seq() > walk.lastSeq()) {
			AuditCheckpoints.Checkpoint anchor = last.get();
			String problem = (walk.lastSeq() == 0)
					? "the log is empty: entries 1 to " + anchor.seq() + " are missing (checkpoint of "
							+ anchor.signedAt() + ")"
					: "entries at the end of the chain are missing: the log ends at " + walk.lastSeq()
							+ ", the checkpoint of " + anchor.signedAt() + " records entry " + anchor.seq();
			return AuditVerification.broken(walk.checked(), walk.nextSeq(),
					(walk.lastSeq() == 0) ? AuditVerification.Break.EMPTIED : AuditVerification.Break.TAIL_CUT,
					problem);
		}
		if (walk.lastSeq() > last.map(AuditCheckpoints.Checkpoint::seq).orElse(0L)) {
			this.checkpoints.append(walk.lastSeq(), walk.lastHash());
		}
		return AuditVerification.ok(walk.checked());
	}

	/**
	 * Appends a checkpoint of the head to the checkpoint file if the head moved since the
	 * last one, after checking the entries written since (run on start, on a schedule and
	 * at shutdown). A chain that is broken there, or behind its last checkpoint, gets no
	 * checkpoint and an error in the log; {@link #verify} reports it.
	 */
	@Transactional(readOnly = true)
	void checkpoint() {
		AuditChainHead head = this.entries.head().orElseThrow(() -> new IllegalStateException("Audit head missing"));
		AuditCheckpoints.Anchors anchors = this.checkpoints.read();
		if (head.lastSeq() == 0 && anchors.bySeq().isEmpty()) {
			return;
		}
		if (anchors.problem() != null) {
			log.error("Audit checkpoint not written: {}", anchors.problem());
			return;
		}
		Optional<AuditCheckpoints.Checkpoint> last = anchors.last();
		ChainWalk walk = ChainWalk.fromGenesis(this.keys, anchors);
		if (last.isPresent()) {
			AuditCheckpoints.Checkpoint anchor = last.get();
			if (anchor.seq() == head.lastSeq() && anchor.hash().equals(head.lastHash())) {
				return;
			}
			Optional<AuditEntry> anchored = this.entries.findById(anchor.seq());
			if (anchor.seq() > head.lastSeq() || anchored.isEmpty() || !anchored.get().hash().equals(anchor.hash())) {
				log.error("Audit checkpoint not written: the chain (head {}) no longer holds checkpointed entry {};"
						+ " verify the audit log", head.lastSeq(), anchor.seq());
				return;
			}
			walk = ChainWalk.after(anchored.get(), this.keys, anchors);
		}
		Optional<AuditVerification> broken = walk(walk, head.lastSeq());
		if (broken.isPresent() || walk.lastSeq() != head.lastSeq() || !walk.lastHash().equals(head.lastHash())) {
			log.error("Audit checkpoint not written: the chain is broken at entry {} ({}); verify the audit log",
					broken.map(AuditVerification::firstBrokenSeq).orElse(walk.nextSeq()),
					broken.map(AuditVerification::problem).orElse("head does not match"));
			return;
		}
		this.checkpoints.append(walk.lastSeq(), walk.lastHash());
	}

	/**
	 * Signs from now on with the key ring's current key: when the chain's last entry was
	 * signed with another key, writes a prominent entry saying so
	 * ({@code audit.key.rotated}), or, when it was hashed before the chain was keyed, the
	 * cut-over entry ({@code audit.chain.keyed}) that anchors the unkeyed entries under
	 * the key. Run on start.
	 */
	@Transactional
	void adoptCurrentKey() {
		AuditChainHead head = this.entries.lockHead()
			.orElseThrow(() -> new IllegalStateException("Audit head missing"));
		if (head.lastSeq() == 0) {
			return;
		}
		Optional<AuditEntry> last = this.entries.findById(head.lastSeq());
		AuditKey current = this.keys.current();
		if (last.isEmpty() || current.id().equals(last.get().keyId())) {
			return;
		}
		if (last.get().keyId() == null) {
			log.warn("Audit chain keyed from entry {} on with key {} (entries 1 to {} keep their SHA-256 hashes)",
					head.lastSeq() + 1, current.id(), head.lastSeq());
			record(AuditRecord.of("audit.chain.keyed", "AuditKey", current.id())
				.withBefore("SHA-256, entries 1-" + head.lastSeq())
				.withAfter(current.id())
				.withActor("system"));
		}
		else {
			log.warn("Audit key rotated: {} signs from entry {} on (was {})", current.id(), head.lastSeq() + 1,
					last.get().keyId());
			record(AuditRecord.of("audit.key.rotated", "AuditKey", current.id())
				.withBefore(last.get().keyId())
				.withAfter(current.id())
				.withActor("system"));
		}
	}

	private Optional<AuditVerification> walk(ChainWalk walk, long upTo) {
		while (true) {
			List<AuditEntry> batch = this.entries.after(walk.nextSeq() - 1, PageRequest.of(0, VERIFY_BATCH));
			if (batch.isEmpty()) {
				return Optional.empty();
			}
			for (AuditEntry entry : batch) {
				if (entry.seq() > upTo) {
					return Optional.empty();
				}
				Optional<AuditVerification> broken = walk.step(entry);
				if (broken.isPresent()) {
					return broken;
				}
			}
		}
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
