package org.gongkai.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.ObjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link ObjectStore} does, whatever keeps the files: the local disk
 * ({@link LocalDiskObjectStoreTests}) and an S3-compatible server
 * ({@link S3ObjectStoreTests}).
 */
abstract class ObjectStoreContract {

	/** Keys that are not a SHA-256 and must never reach the store. */
	static final List<String> HOSTILE_KEYS = List.of("", "../../etc/passwd", "..", "ab/../../cd", "A".repeat(64),
			"0".repeat(63), "0".repeat(65), "0".repeat(62) + "/x", "0".repeat(63) + "\n", "0".repeat(63) + "\u0000",
			"%2e%2e%2f" + "0".repeat(55), "uploads/00/00/" + "0".repeat(64));

	@TempDir
	Path files;

	abstract ObjectStore store();

	@Test
	void aFileIsStoredUnderItsHashAndReadBackAsAStream() throws IOException {
		byte[] content = bytes(3 * 1024 * 1024 + 17);
		String key = key(content);
		assertThat(store().exists(key)).isFalse();
		store().put(key, file(content));
		assertThat(store().exists(key)).isTrue();
		try (InputStream in = store().get(key)) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void theSameContentTwiceIsOneObjectAndTheSourceFileIsLeftAsItIs() throws IOException {
		byte[] content = "公开内容".getBytes(StandardCharsets.UTF_8);
		String key = key(content);
		Path source = file(content);
		store().put(key, source);
		store().put(key, source);
		assertThat(source).hasBinaryContent(content);
		try (InputStream in = store().get(key)) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void aMissingObjectIsNotFound() {
		String key = key(bytes(10));
		assertThatThrownBy(() -> store().get(key)).isInstanceOf(NotFoundException.class);
		assertThat(store().exists(key)).isFalse();
		store().delete(key);
	}

	@Test
	void aDeletedObjectIsGone() throws IOException {
		byte[] content = bytes(1000);
		String key = key(content);
		store().put(key, file(content));
		store().delete(key);
		assertThat(store().exists(key)).isFalse();
		assertThatThrownBy(() -> store().get(key)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void hostileKeysAreRefusedBeforeTheStoreIsTouched() throws IOException {
		Path source = file(bytes(10));
		for (String key : HOSTILE_KEYS) {
			assertThatThrownBy(() -> store().get(key)).as(key).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> store().exists(key)).as(key).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> store().delete(key)).as(key).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> store().put(key, source)).as(key).isInstanceOf(IllegalArgumentException.class);
		}
		assertThatThrownBy(() -> store().get(null)).isInstanceOf(IllegalArgumentException.class);
	}

	Path file(byte[] content) throws IOException {
		return Files.write(Files.createTempFile(this.files, "source-", ".bin"), content);
	}

	static byte[] bytes(int size) {
		byte[] content = new byte[size];
		new Random(System.nanoTime()).nextBytes(content);
		return content;
	}

	static String key(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
