package org.gongkai.audit;

import org.gongkai.platform.Sha256;

/**
 * The chain's hash: SHA-256 over the previous hash and every field of the entry,
 * separated by the ASCII unit separator so no field can be shifted into its neighbour.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	static String hash(AuditEntry entry) {
		String canonical = String.join("\u001f", entry.prevHash(), Long.toString(entry.seq()),
				entry.occurredAt().toString(), entry.actor(), entry.action(), entry.objectType(), entry.objectId(),
				text(entry.agencyId()), text(entry.remoteAddr()), text(entry.beforeSummary()),
				text(entry.afterSummary()));
		return Sha256.hex(canonical);
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
