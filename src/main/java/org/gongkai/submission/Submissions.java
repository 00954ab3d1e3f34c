package org.gongkai.submission;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.platform.Sha256;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files a public submission once per idempotency key, and keeps its receipt.
 *
 * <p>
 * The key is stored, hashed, with a unique constraint per kind, in the transaction that
 * files the submission: both commit or neither does. A repeat with the same key and the
 * same content gets the first answer and files nothing; with other content it is refused
 * ({@link SubmissionKeyReused}). Two twins racing (a double click) meet at the unique
 * constraint: the second waits for the first and answers with its result.
 *
 * <p>
 * The first answer's secret (a query code) and receipt are sealed with AES-GCM under a
 * key derived from the idempotency key, which is kept only as a hash: the platform can
 * give them back to whoever presents the key again, and to no one else. A receipt page
 * shows the secret only to the browser holding the receipt's cookie and only for
 * {@link SubmissionProperties#receiptLifetime()}; the secret is stored encrypted under
 * the cookie's value and blanked when that time is over.
 */
@Service
public class Submissions {

	/** Tokens and cookie values: 128 random bits, URL-safe Base64 without padding. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");

	/** How long a repeat waits for its twin to commit at most, in 100 ms steps. */
	private static final int TWIN_WAITS = 100;

	private final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final TransactionTemplate reads;

	private final Clock clock;

	private final SubmissionProperties properties;

	private final AuditLog audit;

	Submissions(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
			SubmissionProperties properties, AuditLog audit) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
		this.clock = clock;
		this.properties = properties;
		this.audit = audit;
	}

	/**
	 * The answer of an earlier submission with this key, if one was filed.
	 * @param payload the submission's content in a canonical text form
	 * @throws SubmissionKeyReused if the earlier one had other content
	 */
	public Optional<Submitted> repeat(SubmissionKey key, String payload) {
		return this.reads.execute((status) -> earlier(key, fingerprint(key, payload)));
	}

	/**
	 * Files a submission once: runs {@code action} in a new transaction together with
	 * storing the key (and the receipt, if asked for), unless a submission with this key
	 * was filed before, in which case its answer is returned and nothing runs.
	 * @param key the idempotency key, or {@code null} to file without one (an API call
	 * without the header)
	 * @param payload the submission's content in a canonical text form
	 * @param receipt whether to keep a receipt page for it
	 * @param action files the submission; joins the transaction; its exceptions roll
	 * everything back (the key stays unused) and pass through
	 * @throws SubmissionKeyReused if the key was used with other content
	 * @throws SubmissionPending if a twin with this key did not finish in time
	 */
	public Submitted submit(SubmissionKey key, String payload, boolean receipt, Supplier<Filed> action) {
		if (key == null) {
			return this.transactions.execute((status) -> file(null, null, receipt, action));
		}
		String fingerprint = fingerprint(key, payload);
		Optional<Submitted> earlier = this.reads.execute((status) -> earlier(key, fingerprint));
		if (earlier.isPresent()) {
			return earlier.get();
		}
		try {
			return this.transactions.execute((status) -> file(key, fingerprint, receipt, action));
		}
		catch (TwinFirst ex) {
			return awaitTwin(key, fingerprint);
		}
	}

	/** How long a receipt shows its secret. */
	public Duration receiptLifetime() {
		return this.properties.receiptLifetime();
	}

	/**
	 * A receipt page's content.
	 * @param kind the kind the page shows; a token of another kind is not found
	 * @param token the token from the page's address
	 * @param cookie the receipt cookie's value the browser sent, or {@code null}
	 * @return empty for an unknown or malformed token
	 */
	public Optional<ReceiptView> receipt(String kind, String token, String cookie) {
		return receipt(kind, token, cookie, Instant.now(this.clock));
	}

	Optional<ReceiptView> receipt(String kind, String token, String cookie, Instant at) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return this.reads.execute((status) -> this.jdbc.query(
				"select kind, cookie_hash, reference, secret, has_secret, expires_at from sub_receipt where token_hash = ?",
				(rs, n) -> {
					if (!kind.equals(rs.getString(1))) {
						return null;
					}
					boolean valid = at.isBefore(rs.getObject(6, OffsetDateTime.class).toInstant());
					boolean ownBrowser = cookie != null && TOKEN.matcher(cookie).matches()
							&& MessageDigest.isEqual(Sha256.hex("cookie:" + cookie).getBytes(StandardCharsets.US_ASCII),
									rs.getString(2).getBytes(StandardCharsets.US_ASCII));
					String sealed = rs.getString(4);
					String secret = (valid && ownBrowser && sealed != null) ? unseal("cookie:" + cookie, sealed).get(0)
							: null;
					return new ReceiptView(rs.getString(3), secret, rs.getBoolean(5) && secret == null);
				}, Sha256.hex("token:" + token))
			.stream()
			.filter((v) -> v != null)
			.findFirst());
	}

	/**
	 * Blanks the secrets of expired receipts, and deletes keys and receipts older than
	 * the key retention; audited when anything went.
	 * @return how many rows changed
	 */
	int purge(Instant at) {
		OffsetDateTime now = utc(at);
		OffsetDateTime old = utc(at.minus(this.properties.keyRetention()));
		return this.transactions.execute((status) -> {
			int secrets = this.jdbc
				.update("update sub_receipt set secret = null where expires_at <= ? and secret is not null", now);
			int receipts = this.jdbc.update("delete from sub_receipt where created_at < ?", old);
			int keys = this.jdbc.update("delete from sub_submission where created_at < ?", old);
			if (secrets + receipts + keys > 0) {
				this.audit.record(AuditRecord.of("submission.purged", "Submission", "expired")
					.withActor("system")
					.withAfter("secrets blanked=" + secrets + ", receipts deleted=" + receipts + ", keys deleted="
							+ keys));
			}
			return secrets + receipts + keys;
		});
	}

	private Submitted file(SubmissionKey key, String fingerprint, boolean receipt, Supplier<Filed> action) {
		Instant now = Instant.now(this.clock);
		if (key != null) {
			try {
				// first, so a twin waits here before it takes a serial number or a lock
				this.jdbc.update(
						"insert into sub_submission (kind, key_hash, fingerprint, created_at) values (?, ?, ?, ?)",
						key.kind(), keyHash(key), fingerprint, utc(now));
			}
			catch (DuplicateKeyException ex) {
				throw new TwinFirst(ex);
			}
		}
		Filed filed = action.get();
		String token = receipt ? newToken() : null;
		String cookie = receipt ? newToken() : null;
		if (receipt) {
			String secret = (filed.secret() != null) ? seal("cookie:" + cookie, filed.secret()) : null;
			this.jdbc.update(
					"insert into sub_receipt (kind, token_hash, cookie_hash, reference, secret, has_secret, created_at, "
							+ "expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
					(key != null) ? key.kind() : "-", Sha256.hex("token:" + token), Sha256.hex("cookie:" + cookie),
					filed.reference(), secret, filed.secret() != null, utc(now),
					utc(now.plus(this.properties.receiptLifetime())));
		}
		if (key != null) {
			this.jdbc.update("update sub_submission set reference = ?, sealed = ? where kind = ? and key_hash = ?",
					filed.reference(), seal("key:" + key.kind() + ":" + key.value(), filed.secret(), token, cookie),
					key.kind(), keyHash(key));
		}
		return new Submitted(filed.reference(), filed.secret(), token, cookie, false);
	}

	private Optional<Submitted> earlier(SubmissionKey key, String fingerprint) {
		return this.jdbc
			.query("select fingerprint, reference, sealed from sub_submission where kind = ? and key_hash = ?",
					(rs, n) -> {
						if (!fingerprint.equals(rs.getString(1))) {
							throw new SubmissionKeyReused(key.kind());
						}
						List<String> open = unseal("key:" + key.kind() + ":" + key.value(), rs.getString(3));
						return new Submitted(rs.getString(2), open.get(0), open.get(1), open.get(2), true);
					}, key.kind(), keyHash(key))
			.stream()
			.findFirst();
	}

	/**
	 * The twin holding the key has committed by now on PostgreSQL (the insert waited for
	 * it); H2 may refuse the insert while the twin still runs, so look again a little
	 * later.
	 */
	private Submitted awaitTwin(SubmissionKey key, String fingerprint) {
		for (int i = 0; i < TWIN_WAITS; i++) {
			Optional<Submitted> twin = this.reads.execute((status) -> earlier(key, fingerprint));
			if (twin.isPresent()) {
				return twin.get();
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new SubmissionPending(key.kind());
	}

	private static String keyHash(SubmissionKey key) {
		return Sha256.hex("key:" + key.kind() + ":" + key.value());
	}

	private static String fingerprint(SubmissionKey key, String payload) {
		return Sha256.hex("payload:" + key.kind() + ":" + payload);
	}

	private String newToken() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** AES-256-GCM under SHA-256 of {@code secret}; the parts joined by newlines. */
	private String seal(String secret, String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			text.append((part != null) ? part : "").append('\n');
		}
		try {
			byte[] iv = new byte[12];
			this.random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, aesKey(secret), new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(text.toString().getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM unavailable", ex);
		}
	}

	/** The parts {@link #seal} joined, an empty part as {@code null}. */
	private static List<String> unseal(String secret, String sealed) {
		try {
			byte[] bytes = Base64.getDecoder().decode(sealed);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, aesKey(secret), new GCMParameterSpec(128, bytes, 0, 12));
			String text = new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8);
			return text.lines().map((p) -> p.isEmpty() ? null : p).toList();
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("Sealed submission unreadable", ex);
		}
	}

	private static SecretKeySpec aesKey(String secret) {
		return new SecretKeySpec(HexFormat.of().parseHex(Sha256.hex("seal:" + secret)), "AES");
	}

	/** The insert of the key met a twin's: it filed first. */
	private static final class TwinFirst extends RuntimeException {

		TwinFirst(Throwable cause) {
			super(cause);
		}

	}

}
