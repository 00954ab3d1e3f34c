package org.gongkai.platform.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.platform.ObjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default store, on this node's disk: the {@link ObjectStoreContract}, and files at
 * {@code <root>/ab/cd/<sha256>} as before the store could be a bucket.
 */
class LocalDiskObjectStoreTests extends ObjectStoreContract {

	@TempDir
	Path root;

	LocalDiskObjectStore store;

	@BeforeEach
	void setUp() {
		this.store = new LocalDiskObjectStore(this.root.resolve("uploads"));
	}

	@Override
	ObjectStore store() {
		return this.store;
	}

	@Test
	void filesLieUnderTheTwoLevelsOfTheirHashAndNoTemporaryFileIsLeft() throws IOException {
		byte[] content = bytes(500);
		String key = key(content);
		this.store.put(key, file(content));
		Path expected = this.root.resolve("uploads")
			.resolve(key.substring(0, 2))
			.resolve(key.substring(2, 4))
			.resolve(key);
		assertThat(this.store.path(key)).isEqualTo(expected);
		assertThat(expected).hasBinaryContent(content);
		try (var temporary = Files.list(this.root.resolve("uploads").resolve("tmp"))) {
			assertThat(temporary).isEmpty();
		}
	}

}
