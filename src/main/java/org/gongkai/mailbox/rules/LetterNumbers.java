package org.gongkai.mailbox.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.random.RandomGenerator;

import org.gongkai.platform.Sha256;

/**
 * Tracking numbers and query codes of letters. A tracking number reads
 * {@code XJ-<year>-<agency id>-<serial>} with a five-digit serial per receiving agency
 * and year ({@code XJ-2026-42-00017}). A query code is 8 characters without 0/O, 1/I/L,
 * so a code read aloud survives; only its SHA-256, salted with the tracking number, is
 * stored.
 */
public final class LetterNumbers {

	static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	static final int LENGTH = 8;

	private LetterNumbers() {
	}

	/** The tracking number of a letter. */
	public static String trackingNo(int year, long agencyId, long serial) {
		return String.format(Locale.ROOT, "XJ-%d-%d-%05d", year, agencyId, serial);
	}

	/** A fresh query code drawn from {@code random} (a {@code SecureRandom} in use). */
	public static String newCode(RandomGenerator random) {
		char[] code = new char[LENGTH];
		for (int i = 0; i < code.length; i++) {
			code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
		}
		return new String(code);
	}

	/** SHA-256 of the code salted with its tracking number, in hex. */
	public static String hash(String trackingNo, String code) {
		return Sha256.hex(trackingNo + ":" + code);
	}

	/**
	 * Whether a code matches the stored hash, in time independent of where they differ.
	 */
	public static boolean matches(String trackingNo, String code, String storedHash) {
		return MessageDigest.isEqual(hash(trackingNo, code).getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}

}
