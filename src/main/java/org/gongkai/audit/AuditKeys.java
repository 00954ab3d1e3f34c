package org.gongkai.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.gongkai.platform.GongkaiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The audit key ring: the secrets that sign the chain, kept out of the database. They
 * come from {@code GONGKAI_AUDIT_KEY} ({@code gongkai.audit.key}) or else from the key
 * file ({@code gongkai.audit.key-file}, default {@code <data-dir>-audit.key} next to the
 * data directory, generated with one random key on first start). The last secret signs
 * new entries; the earlier ones verify older entries. Rotating a key means adding a
 * secret at the end and restarting: {@link AuditLog#adoptCurrentKey} then writes an
 * {@code audit.key.rotated} entry. A key met in the chain that the ring does not hold
 * makes it read its source again (another node may have rotated).
 */
@Component
class AuditKeys {

	private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);

	private final AuditProperties properties;

	private final Path keyFile;

	private volatile List<String> secrets;

	AuditKeys(AuditProperties properties, GongkaiProperties platform) {
		this.properties = properties;
		this.keyFile = fromEnvironment(properties) ? null : (properties.keyFile() != null)
				? properties.keyFile().toAbsolutePath().normalize() : defaultKeyFile(platform.dataDir());
		if (this.keyFile != null && !Files.exists(this.keyFile)) {
			generate(this.keyFile);
		}
		this.secrets = load();
		current();
	}

	/** The default key file: {@code <data-dir>-audit.key}, beside the data directory. */
	static Path defaultKeyFile(Path dataDir) {
		Path absolute = dataDir.toAbsolutePath().normalize();
		Path name = absolute.getFileName();
		Path parent = absolute.getParent();
		String file = ((name != null) ? name.toString() : "gongkai") + "-audit.key";
		return (parent != null) ? parent.resolve(file) : absolute.resolve(file);
	}

	private static boolean fromEnvironment(AuditProperties properties) {
		return properties.key() != null && !properties.key().isBlank();
	}

	/** The key that signs new entries and checkpoints. */
	AuditKey current() {
		List<String> ring = this.secrets;
		return AuditKey.of(this.properties.algorithm(), ring.get(ring.size() - 1));
	}

	/**
	 * The key with this id, reading the key source again once if the ring lacks it.
	 * @param id a key id as stored with an entry
	 * @return the key, or empty when no secret of the ring has that id
	 */
	Optional<AuditKey> find(String id) {
		Optional<AuditKey> key = lookUp(id);
		if (key.isEmpty()) {
			reload();
			key = lookUp(id);
		}
		return key;
	}

	/** Reads the key source again (a secret added for rotation). */
	void reload() {
		this.secrets = load();
	}

	/** Where the ring comes from, for logs and messages (never the key itself). */
	String source() {
		return (this.keyFile != null) ? this.keyFile.toString() : "GONGKAI_AUDIT_KEY";
	}

	Path keyFile() {
		return this.keyFile;
	}

	private Optional<AuditKey> lookUp(String id) {
		String algorithm = AuditKey.algorithmOf(id);
		String fingerprint = AuditKey.fingerprintOf(id);
		if (!AuditKey.HMAC_SHA256.equals(algorithm) && !AuditKey.HMAC_SM3.equals(algorithm)) {
			return Optional.empty();
		}
		return this.secrets.stream()
			.filter((secret) -> AuditKey.fingerprint(secret).equals(fingerprint))
			.findFirst()
			.map((secret) -> AuditKey.of(algorithm, secret));
	}

	private List<String> load() {
		List<String> ring;
		if (this.keyFile == null) {
			ring = Arrays.stream(this.properties.key().split(","))
				.map(String::strip)
				.filter((s) -> !s.isEmpty())
				.toList();
		}
		else {
			try {
				ring = Files.readAllLines(this.keyFile, StandardCharsets.UTF_8)
					.stream()
					.map(String::strip)
					.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
					.toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the audit key file " + this.keyFile, ex);
			}
		}
		if (ring.isEmpty()) {
			throw new IllegalStateException("The audit key ring in " + source() + " holds no key");
		}
		ring.forEach((secret) -> AuditKey.of(this.properties.algorithm(), secret));
		return ring;
	}

	/** A fresh random secret: 32 bytes, Base64. */
	static String newSecret() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	private static void generate(Path file) {
		String text = "# Gongkai audit key ring: one secret a line, the last one signs new audit entries.\n"
				+ "# Keep every older line: it verifies the entries it signed. Keep this file off the data disk\n"
				+ "# and out of database backups (gongkai.audit.key-file, or GONGKAI_AUDIT_KEY instead).\n"
				+ newSecret() + "\n";
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the directory's permissions protect it
			}
			log.warn("Generated the audit key file {}. For production keep it off the data disk "
					+ "(gongkai.audit.key-file) or set GONGKAI_AUDIT_KEY.", file);
		}
		catch (FileAlreadyExistsException ex) {
			// another process generated it first: use theirs
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the audit key file " + file, ex);
		}
	}

}
