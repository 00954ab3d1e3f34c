package org.gongkai.platform.storage;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.platform.StorageProperties;

/**
 * A real S3-compatible server for the cluster tests: s3proxy with its filesystem blob
 * store, run from its self-contained jar as a process of its own on 127.0.0.1 (the
 * {@code cluster} profile copies the jar to {@code target/s3proxy/s3proxy.jar}, Surefire
 * names it in the system property {@code s3proxy.jar}). The first start takes an
 * ephemeral port, read from the server's log; a restart after {@link #stop()} takes the
 * same port and finds the same objects, so a test can show an outage and the recovery.
 */
public final class S3ProxyServer implements AutoCloseable {

	public static final String ACCESS_KEY = "gongkai-test";

	public static final String SECRET_KEY = "gongkai-test-secret";

	private static final Pattern STARTED = Pattern.compile("Started ServerConnector.*\\{127\\.0\\.0\\.1:(\\d+)\\}");

	private static final Duration START_TIME = Duration.ofSeconds(90);

	private final Path directory;

	private final String bucket;

	private Process process;

	private int port;

	private S3ProxyServer(Path directory, String bucket) {
		this.directory = directory;
		this.bucket = bucket;
	}

	/**
	 * Starts a server keeping its objects under {@code directory}, with an empty bucket.
	 */
	public static S3ProxyServer start(Path directory, String bucket) throws IOException, InterruptedException {
		S3ProxyServer server = new S3ProxyServer(directory, bucket);
		// a bucket of the filesystem blob store is a directory; one that others may read
		// is
		// public-read (anyone lists and reads it unsigned), as deploy/object-store.sh
		// avoids too
		Path blobs = Files.createDirectories(directory.resolve("blobs").resolve(bucket));
		Files.setPosixFilePermissions(blobs, PosixFilePermissions.fromString("rwx------"));
		server.run(0);
		return server;
	}

	/** The settings that point the application at this server's bucket. */
	public StorageProperties.S3 settings() {
		return new StorageProperties.S3(this.bucket, endpoint(), "us-east-1", ACCESS_KEY, SECRET_KEY, true);
	}

	/** The same settings as application properties. */
	public List<String> properties() {
		return List.of("gongkai.storage.type=s3", "gongkai.storage.s3.bucket=" + this.bucket,
				"gongkai.storage.s3.endpoint=" + endpoint(), "gongkai.storage.s3.access-key=" + ACCESS_KEY,
				"gongkai.storage.s3.secret-key=" + SECRET_KEY, "gongkai.storage.s3.path-style=true");
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	/** Where the server keeps an object (its filesystem blob store). */
	public Path file(String objectName) {
		return this.directory.resolve("blobs").resolve(this.bucket).resolve(objectName);
	}

	/** Stops the server: an outage until {@link #restart()}. */
	public void stop() throws InterruptedException {
		if (this.process != null) {
			this.process.destroy();
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
			}
			this.process = null;
		}
	}

	/** Starts the server again on the same port with the same objects. */
	public void restart() throws IOException, InterruptedException {
		run(this.port);
	}

	@Override
	public void close() throws InterruptedException {
		stop();
	}

	private void run(int requestedPort) throws IOException, InterruptedException {
		String jar = System.getProperty("s3proxy.jar", "target/s3proxy/s3proxy.jar");
		if (!Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException(
					"No s3proxy jar at " + jar + ": run the cluster tests with ./mvnw -B -Pcluster test");
		}
		Path config = this.directory.resolve("s3proxy.properties");
		Files.writeString(config,
				String.join("\n", "s3proxy.endpoint=http://127.0.0.1:" + requestedPort,
						"s3proxy.authorization=aws-v2-or-v4", "s3proxy.identity=" + ACCESS_KEY,
						"s3proxy.credential=" + SECRET_KEY, "jclouds.provider=filesystem",
						"jclouds.filesystem.basedir=" + this.directory.resolve("blobs").toAbsolutePath(), ""),
				StandardCharsets.UTF_8);
		Path log = this.directory.resolve("s3proxy-" + System.nanoTime() + ".log");
		String java = ProcessHandle.current().info().command().orElse("java");
		this.process = new ProcessBuilder(java, "-Xmx256m", "-jar", jar, "--properties", config.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		long deadline = System.nanoTime() + START_TIME.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"s3proxy stopped at start: " + Files.readString(log, StandardCharsets.ISO_8859_1));
			}
			Matcher started = STARTED.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
			if (started.find()) {
				this.port = Integer.parseInt(started.group(1));
				if (accepts(this.port)) {
					return;
				}
			}
			Thread.sleep(100);
		}
		stop();
		throw new IllegalStateException("s3proxy did not start within " + START_TIME + ": "
				+ Files.readString(log, StandardCharsets.ISO_8859_1));
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
