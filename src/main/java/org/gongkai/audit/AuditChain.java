package org.gongkai.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
