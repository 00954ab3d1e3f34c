package org.gongkai.platform.storage;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.nio.file.Path;
import java.time.Duration;

import org.gongkai.platform.ObjectStore;
import org.gongkai.platform.StorageUnavailableException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store in a bucket of a real S3-compatible server (s3proxy, {@link S3ProxyServer}):
 * the {@link ObjectStoreContract}, objects named as the files on disk, and an outage
 * (server stopped, wrong credentials, no bucket) met within seconds as
 * {@link StorageUnavailableException}. Tagged {@code cluster}: the server is a process of
 * its own that takes seconds to start ({@code ./mvnw -B -Pcluster test}).
 */
@Tag("cluster")
class S3ObjectStoreTests extends ObjectStoreContract {

	@TempDir
	static Path serverFiles;

	static S3ProxyServer server;

	static S3ObjectStore store;

	@BeforeAll
	static void startServer() throws Exception {
		server = S3ProxyServer.start(serverFiles, "gongkai-store-tests");
		store = S3ObjectStore.of(server.settings());
	}

	@AfterAll
	static void stopServer() throws Exception {
		store.close();
		server.close();
	}

	@Override
	ObjectStore store() {
		return store;
	}

	@Test
	void objectsAreNamedLikeTheFilesUnderTheDataDirectory() throws IOException {
		byte[] content = bytes(2048);
		String key = key(content);
		store.put(key, file(content));
		assertThat(S3ObjectStore.objectName(key))
			.isEqualTo("uploads/" + key.substring(0, 2) + "/" + key.substring(2, 4) + "/" + key);
		assertThat(server.file(S3ObjectStore.objectName(key))).hasBinaryContent(content);
	}

	@Test
	void anOutageIsMetWithinSecondsAsStorageUnavailableAndTheStoreRecovers() throws Exception {
		byte[] content = bytes(4096);
		String key = key(content);
		store.put(key, file(content));
		server.stop();
		try {
			long start = System.nanoTime();
			assertThatThrownBy(() -> store.get(key)).isInstanceOf(StorageUnavailableException.class);
			assertThatThrownBy(() -> store.exists(key)).isInstanceOf(StorageUnavailableException.class);
			Path other = file(bytes(10));
			assertThatThrownBy(() -> store.put(key(bytes(10)), other)).isInstanceOf(StorageUnavailableException.class);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
		}
		finally {
			server.restart();
		}
		try (var in = store.get(key)) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void theBucketRefusesUnsignedRequests() throws IOException {
		byte[] content = bytes(100);
		String key = key(content);
		store.put(key, file(content));
		for (String path : new String[] { "/gongkai-store-tests",
				"/gongkai-store-tests/" + S3ObjectStore.objectName(key) }) {
			HttpURLConnection connection = (HttpURLConnection) server.endpoint().resolve(path).toURL().openConnection();
			assertThat(connection.getResponseCode()).as(path).isEqualTo(403);
			connection.disconnect();
		}
	}

	@Test
	void wrongCredentialsOrAMissingBucketAreAnOutageNotA500() throws IOException {
		var settings = server.settings();
		byte[] content = bytes(100);
		Path source = file(content);
		try (S3ObjectStore wrongKey = S3ObjectStore.of(new org.gongkai.platform.StorageProperties.S3(settings.bucket(),
				settings.endpoint(), settings.region(), settings.accessKey(), "not-the-secret", true));
				S3ObjectStore noBucket = S3ObjectStore
					.of(new org.gongkai.platform.StorageProperties.S3("no-such-bucket", settings.endpoint(),
							settings.region(), settings.accessKey(), settings.secretKey(), true))) {
			for (S3ObjectStore broken : new S3ObjectStore[] { wrongKey, noBucket }) {
				assertThatThrownBy(() -> broken.put(key(content), source)).as(broken.toString())
					.isInstanceOf(StorageUnavailableException.class);
				assertThatThrownBy(() -> broken.get(key(content))).as(broken.toString())
					.isInstanceOf(StorageUnavailableException.class);
			}
		}
	}

}
