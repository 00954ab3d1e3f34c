package org.gongkai.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Walks the chain entry by entry and stops at the first broken link: a gap in the
 * sequence (deleted), a link to the previous entry that does not match, an entry whose
 * content does not match its signature (or, before the cut-over to keyed entries, its
 * plain hash), an unsigned entry after the cut-over, a key the ring does not hold, or an
 * entry whose hash differs from a checkpoint of it.
 */
final class ChainWalk {

	private final AuditKeys keys;

	private final AuditCheckpoints.Anchors anchors;

	private final Map<String, Optional<AuditKey>> keysById = new HashMap<>();

	private long nextSeq;

	private String prevHash;

	private boolean keyed;

	private long checked;

	private ChainWalk(AuditKeys keys, AuditCheckpoints.Anchors anchors, long nextSeq, String prevHash, boolean keyed) {
		this.keys = keys;
		this.anchors = anchors;
		this.nextSeq = nextSeq;
		this.prevHash = prevHash;
		this.keyed = keyed;
	}

	/** A walk from the first entry. */
	static ChainWalk fromGenesis(AuditKeys keys, AuditCheckpoints.Anchors anchors) {
		return new ChainWalk(keys, anchors, 1, AuditChain.GENESIS, false);
	}

	/** A walk that continues after an entry already known to be sound. */
	static ChainWalk after(AuditEntry sound, AuditKeys keys, AuditCheckpoints.Anchors anchors) {
		return new ChainWalk(keys, anchors, sound.seq() + 1, sound.hash(), sound.keyId() != null);
	}

	/**
	 * Checks the next entry.
	 * @return empty when it is a sound link, else the broken verification
	 */
	Optional<AuditVerification> step(AuditEntry entry) {
		if (entry.seq() != this.nextSeq) {
			return broken(this.nextSeq, AuditVerification.Break.DELETED, "entry missing (deleted)");
		}
		if (!entry.prevHash().equals(this.prevHash)) {
			return broken(entry.seq(), AuditVerification.Break.RELINKED, "link to the previous entry does not match");
		}
		Optional<AuditVerification> content = checkContent(entry);
		if (content.isPresent()) {
			return content;
		}
		Optional<AuditCheckpoints.Checkpoint> anchor = this.anchors.at(entry.seq());
		if (anchor.isPresent() && !anchor.get().hash().equals(entry.hash())) {
			return broken(entry.seq(), AuditVerification.Break.REWRITTEN,
					"entry differs from its checkpoint of " + anchor.get().signedAt() + " (rewritten)");
		}
		this.checked++;
		this.nextSeq++;
		this.prevHash = entry.hash();
		this.keyed = this.keyed || entry.keyId() != null;
		return Optional.empty();
	}

	private Optional<AuditVerification> checkContent(AuditEntry entry) {
		if (entry.keyId() == null) {
			if (this.keyed) {
				return broken(entry.seq(), AuditVerification.Break.ALTERED,
						"entry not signed with the audit key after the chain was keyed (altered)");
			}
			if (!AuditChain.legacyHash(entry).equals(entry.hash())) {
				return broken(entry.seq(), AuditVerification.Break.ALTERED,
						"content does not match its hash (altered)");
			}
			return Optional.empty();
		}
		Optional<AuditKey> key = this.keysById.computeIfAbsent(entry.keyId(), this.keys::find);
		if (key.isEmpty()) {
			return broken(entry.seq(), AuditVerification.Break.UNKNOWN_KEY,
					"signed with key " + entry.keyId() + ", which the key ring does not hold");
		}
		if (!AuditChain.sign(entry, key.get()).equals(entry.hash())) {
			return broken(entry.seq(), AuditVerification.Break.ALTERED,
					"content does not match its signature (altered)");
		}
		return Optional.empty();
	}

	private Optional<AuditVerification> broken(long seq, AuditVerification.Break kind, String problem) {
		return Optional.of(AuditVerification.broken(this.checked, seq, kind, problem));
	}

	/** The sequence number the next entry must have. */
	long nextSeq() {
		return this.nextSeq;
	}

	/** The last sound entry's sequence number (0 before the first). */
	long lastSeq() {
		return this.nextSeq - 1;
	}

	/** The last sound entry's hash ({@link AuditChain#GENESIS} before the first). */
	String lastHash() {
		return this.prevHash;
	}

	long checked() {
		return this.checked;
	}

}
