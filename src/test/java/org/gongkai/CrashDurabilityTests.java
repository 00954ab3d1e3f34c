package org.gongkai;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyLevel;
import org.gongkai.agency.AgencyManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Acknowledged means durable, on the embedded default: the platform runs as its own
 * process on an H2 file database, sixteen applicants submit without pause, and the
 * process is killed with SIGKILL (no shutdown of any kind) in the middle of the stream.
 * After a restart on the same data directory (in the test's JVM: a second process only
 * cost start-up time) every application whose tracking number and query code were
 * answered is there and can be tracked with its code, and new numbers continue above
 * every number already handed out.
 * <p>
 * The process is the whole application ({@link Server}) with one county to apply to,
 * registered through {@code AgencyManagement} at first start, rather than the demo
 * county: the demo's two thousand published items have nothing to do with durability and
 * took a third of the test's CPU time.
 */
class CrashDurabilityTests {

	/** The one county of the server process, registered by {@link OneCounty}. */
	private static final String COUNTY = "11451227526018159G";

	private static final Pattern RECEIPT = Pattern
		.compile("\"trackingNo\":\"(YSQ-\\d{4}-\\d+-(\\d{5}))\",\"queryCode\":\"([A-Z0-9]+)\"");

	private static final String APPLICATION = """
			{"applicantType":"NATURAL_PERSON","applicantName":"张三","idType":"居民身份证",\
			"idNumber":"110101199003077777","phone":"13800138000","email":"zhangsan@example.com",\
			"address":"人民路2号","description":"本县2025年财政预算公开文件","formats":["EMAIL"],"delivery":"ONLINE"}""";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void everyAcknowledgedApplicationSurvivesAKilledServerAndNoNumberIsIssuedTwice(@TempDir Path dataDir)
			throws Exception {
		assumeFalse(System.getProperty("spring.profiles.active", "").contains("postgres"),
				"about the embedded H2 database");
		int port = freePort();
		Map<String, String> acknowledged = new ConcurrentHashMap<>();
		Process server = start(dataDir, port);
		try {
			awaitReady(server, port);
			AtomicBoolean killed = new AtomicBoolean();
			ExecutorService applicants = Executors.newFixedThreadPool(16);
			List<Future<?>> streams = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				streams.add(applicants.submit(() -> {
					while (!killed.get()) {
						try {
							Matcher receipt = RECEIPT.matcher(apply(port));
							if (receipt.find()) {
								acknowledged.put(receipt.group(1), receipt.group(3));
							}
						}
						catch (IOException ex) {
							// the server died under this request: not acknowledged
						}
					}
					return null;
				}));
			}
			// kill in the middle of the stream: after a few hundred answers, or 20 s at
			// most
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
			while (acknowledged.size() < 400 && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			server.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close
			server.waitFor(30, TimeUnit.SECONDS);
			killed.set(true);
			applicants.shutdown();
			assertThat(applicants.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
			for (Future<?> stream : streams) {
				stream.get();
			}
		}
		finally {
			server.destroyForcibly();
		}
		assertThat(acknowledged).hasSizeGreaterThan(50);

		// the restart runs in this JVM, whose classes are loaded and compiled already: a
		// second process cost 12-15 s of the suite's time to start; what it reads is the
		// same data directory the killed process left
		try (ConfigurableApplicationContext restarted = restartHere(dataDir, port)) {
			List<String> lost = new ArrayList<>();
			acknowledged.forEach((trackingNo, code) -> {
				if (!track(port, trackingNo, code).contains("\"trackingNo\":\"" + trackingNo + "\"")) {
					lost.add(trackingNo);
				}
			});
			assertThat(lost).as("acknowledged applications lost by the crash").isEmpty();
			int highest = acknowledged.keySet()
				.stream()
				.mapToInt((no) -> Integer.parseInt(no.substring(no.length() - 5)))
				.max()
				.orElseThrow();
			for (int i = 0; i < 16; i++) {
				Matcher receipt = RECEIPT.matcher(apply(port));
				assertThat(receipt.find()).isTrue();
				assertThat(acknowledged).doesNotContainKey(receipt.group(1));
				assertThat(Integer.parseInt(receipt.group(2))).isGreaterThan(highest);
			}
		}
	}

	/**
	 * Starts the application in this JVM on the data directory, as {@code java -jar}
	 * would: none of the test profile (its in-memory database), the arguments of
	 * {@link #start}. Logging stays as the test JVM has it: the application does not
	 * configure it again.
	 */
	private static ConfigurableApplicationContext restartHere(Path dataDir, int port) {
		String loggingSystem = LoggingSystem.class.getName();
		System.setProperty(loggingSystem, LoggingSystem.NONE);
		try {
			return new SpringApplicationBuilder(GongkaiApplication.class, OneCounty.class)
				.run(arguments(dataDir, port, "--spring.profiles.active=restart"));
		}
		finally {
			System.clearProperty(loggingSystem);
		}
	}

	private static String[] arguments(Path dataDir, int port, String... more) {
		List<String> arguments = new ArrayList<>(List.of("--gongkai.data-dir=" + dataDir, "--server.port=" + port,
				"--gongkai.request.applications-per-minute=1000000", "--gongkai.request.lookups-per-minute=1000000",
				"--gongkai.request.daily-cron=-"));
		arguments.addAll(List.of(more));
		return arguments.toArray(String[]::new);
	}

	private Process start(Path dataDir, int port) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Path log = Path.of("target", "crash-test", "killed.log");
		Files.createDirectories(log.getParent());
		// C1 only: the process lives for seconds, and C2 would spend them compiling
		List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
				"-cp", System.getProperty("java.class.path"), Server.class.getName()));
		command.addAll(List.of(arguments(dataDir, port, "--logging.level.root=WARN")));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	/**
	 * Waits until the server answers and lists the county (registered after start-up).
	 */
	private void awaitReady(Process server, int port) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (System.nanoTime() < deadline) {
			assertThat(server.isAlive()).as("server process (see target/crash-test)").isTrue();
			try {
				HttpResponse<String> agencies = this.http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/agencies")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (agencies.statusCode() == 200 && agencies.body().contains(COUNTY)) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("server did not start in 180 s (see target/crash-test)");
	}

	private String apply(int port) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/agencies/" + COUNTY + "/requests"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(APPLICATION))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	private String track(int port, String trackingNo, String code) {
		try {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/requests/" + trackingNo + "?code=" + code))
				.timeout(Duration.ofSeconds(30))
				.build();
			return this.http.send(request, HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException ex) {
			return ex.toString();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ex.toString();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * The server process: the application as {@code java -jar} starts it, plus
	 * {@link OneCounty}.
	 */
	static final class Server {

		public static void main(String[] args) {
			new SpringApplicationBuilder(GongkaiApplication.class, OneCounty.class).run(args);
		}

	}

	/**
	 * Registers the county applications go to, on the first start of a data directory.
	 */
	static final class OneCounty implements ApplicationRunner {

		private final AgencyManagement agencies;

		OneCounty(AgencyManagement agencies) {
			this.agencies = agencies;
		}

		@Override
		public void run(ApplicationArguments args) {
			if (this.agencies.findByCreditCode(COUNTY).isEmpty()) {
				this.agencies.create(new AgencyData(COUNTY, "青溪县人民政府", "青溪县政府", AgencyLevel.COUNTY, null, "青溪县城关镇人民路1号",
						"530700", "工作日 8:30-12:00，14:30-17:30", "0771-5210001", null, "qxzwgk@qingxi.gov.cn", null, 0));
			}
		}

	}

}
