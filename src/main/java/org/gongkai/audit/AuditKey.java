package org.gongkai.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.gongkai.platform.Sha256;

/**
 * One secret of the audit key ring with the MAC it signs with. Its id
 * ({@code <algorithm>:<fingerprint>}) is stored with every entry and checkpoint it signs;
 * the fingerprint is 48 bits of a SHA-256 of the secret, which names the key without
 * revealing it.
 */
final class AuditKey {

	static final String HMAC_SHA256 = "HmacSHA256";

	static final String HMAC_SM3 = "HmacSM3";

	private final String algorithm;

	private final String id;

	private final byte[] secret;

	private AuditKey(String algorithm, String secret) {
		this.algorithm = algorithm;
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.id = algorithm + ":" + fingerprint(secret);
	}

	/**
	 * @param algorithm {@link #HMAC_SHA256} or {@link #HMAC_SM3}
	 * @param secret at least 32 characters
	 */
	static AuditKey of(String algorithm, String secret) {
		if (!HMAC_SHA256.equals(algorithm) && !HMAC_SM3.equals(algorithm)) {
			throw new IllegalStateException(
					"gongkai.audit.algorithm must be HmacSHA256 or HmacSM3, not '" + algorithm + "'");
		}
		if (secret.length() < 32) {
			throw new IllegalStateException("An audit key must have at least 32 characters (openssl rand -base64 32)");
		}
		return new AuditKey(algorithm, secret);
	}

	static String fingerprint(String secret) {
		return Sha256.hex("gongkai-audit-key\u001f" + secret).substring(0, 12);
	}

	static String algorithmOf(String keyId) {
		int colon = keyId.indexOf(':');
		return (colon > 0) ? keyId.substring(0, colon) : "";
	}

	static String fingerprintOf(String keyId) {
		return keyId.substring(keyId.indexOf(':') + 1);
	}

	String id() {
		return this.id;
	}

	/** The MAC of the text's UTF-8 bytes, as 64 lower-case hex digits. */
	String sign(String text) {
		byte[] data = text.getBytes(StandardCharsets.UTF_8);
		if (HMAC_SM3.equals(this.algorithm)) {
			HMac mac = new HMac(new SM3Digest());
			mac.init(new KeyParameter(this.secret));
			mac.update(data, 0, data.length);
			byte[] out = new byte[mac.getMacSize()];
			mac.doFinal(out, 0);
			return HexFormat.of().formatHex(out);
		}
		try {
			Mac mac = Mac.getInstance(HMAC_SHA256);
			mac.init(new SecretKeySpec(this.secret, HMAC_SHA256));
			return HexFormat.of().formatHex(mac.doFinal(data));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is missing from this JVM", ex);
		}
	}

	@Override
	public String toString() {
		return "AuditKey[" + this.id + "]";
	}

}
