package org.gongkai.audit;

import org.gongkai.platform.Sha256;

/**
 * The chain's link: a MAC with the audit key ({@link AuditKey}) over the key's id, the
 * previous hash and every field of the entry, separated by the ASCII unit separator so no
 * field can be shifted into its neighbour. Entries written before the chain was keyed
 * carry no key id and a plain SHA-256 of the same fields ({@link #legacyHash}); they are
 * only accepted before the first keyed entry.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private static final String SEPARATOR = "\u001f";

	private AuditChain() {
	}

	static String sign(AuditEntry entry, AuditKey key) {
		return key.sign(key.id() + SEPARATOR + canonical(entry));
	}

	static String legacyHash(AuditEntry entry) {
		return Sha256.hex(canonical(entry));
	}

	private static String canonical(AuditEntry entry) {
		return String.join(SEPARATOR, entry.prevHash(), Long.toString(entry.seq()), entry.occurredAt().toString(),
				entry.actor(), entry.action(), entry.objectType(), entry.objectId(), text(entry.agencyId()),
				text(entry.remoteAddr()), text(entry.beforeSummary()), text(entry.afterSummary()));
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
