package org.gongkai.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.gongkai.GongkaiApplication;
import org.gongkai.TestClockContextCustomizerFactory;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that goes away while the node runs (its server stopped: every pooled
 * connection broken, new ones refused): a request waits no longer than the pool's
 * connection time-out ({@code spring.datasource.hikari.connection-timeout}, 3 s in
 * application.properties) and is answered 503 with the Chinese page, or JSON under
 * {@code /api/}; readiness reports the node out of service while liveness stays up, so an
 * orchestrator takes the node out of the load balancer without restarting it. Its own
 * application context (the shared one's database must stay up), on an H2 TCP server this
 * test starts and stops.
 */
class DatabaseOutageTests {

	/** The pool's bound, and what a busy test machine adds to it at most. */
	private static final Duration BOUND = Duration.ofSeconds(3).plusSeconds(5);

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static Server database;

	private static ConfigurableApplicationContext node;

	@BeforeAll
	static void startNodeThenLoseItsDatabase() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		database = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists").start();
		Path dataDir = Files.createTempDirectory("gongkai-outage");
		node = new SpringApplicationBuilder(GongkaiApplication.class)
			.initializers((context) -> context
				.addBeanFactoryPostProcessor(new TestClockContextCustomizerFactory.ClockReplacement()))
			.profiles("test")
			.run("--spring.datasource.url=jdbc:h2:tcp://127.0.0.1:" + port + "/mem:outage;DB_CLOSE_DELAY=-1",
					"--spring.datasource.username=sa", "--spring.datasource.password=",
					"--spring.datasource.driver-class-name=org.h2.Driver",
					"--spring.datasource.hikari.connection-init-sql=", "--server.port=0",
					"--gongkai.data-dir=" + dataDir, "--gongkai.request.notice-retry-cron=-",
					"--gongkai.submission.purge-cron=-", "--gongkai.request.daily-cron=-",
					"--gongkai.publication.schedule-check=PT24H", "--gongkai.page-cache.ttl=0",
					"--management.server.port=0");
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		database.stop();
	}

	@AfterAll
	static void stop() {
		if (node != null) {
			node.close();
		}
		if (database != null) {
			database.stop();
		}
	}

	@Test
	void theApiAnswers503InJsonWithinThePoolsTimeOut() throws Exception {
		long started = System.nanoTime();
		HttpResponse<String> api = get("/api/v1/agencies");
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.body()).contains("\"code\":\"error.database-unavailable\"").contains("数据库暂时无法连接");
		assertThat(api.headers().firstValue("Retry-After")).isPresent();
		assertThat(took).isLessThan(BOUND);
	}

	@Test
	void aPageAnswers503WithTheChinesePageWithinThePoolsTimeOut() throws Exception {
		long started = System.nanoTime();
		HttpResponse<String> page = get("/");
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains("数据库暂时无法连接").doesNotContain("Exception");
		assertThat(took).isLessThan(BOUND);
	}

	@Test
	void readinessIsDownAndLivenessUpWithinThePoolsTimeOut() throws Exception {
		long started = System.nanoTime();
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND);
	}

	@Test
	void theActuatorsOwnPortKeepsTheOperatorsAccessRules() throws Exception {
		assertThat(send("127.0.0.1", managementPort(), "/actuator/prometheus")).startsWith("HTTP/1.1 200")
			.contains("gongkai_page_cache_hits_total");
		assertThat(send("127.0.0.2", managementPort(), "/actuator/prometheus")).startsWith("HTTP/1.1 404");
		assertThat(send("127.0.0.2", managementPort(), "/actuator/health/liveness")).startsWith("HTTP/1.1 200")
			.doesNotContain("components");
		// nothing of the Actuator on the site's port
		assertThat(send("127.0.0.1", ((WebServerApplicationContext) node).getWebServer().getPort(),
				"/actuator/health/liveness"))
			.startsWith("HTTP/1.1 404");
	}

	private static int managementPort() {
		return Integer.parseInt(node.getEnvironment().getProperty("local.management.port"));
	}

	/** One GET on its own connection from the given local address: the whole answer. */
	private static String send(String from, int port, String path) throws IOException {
		try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: "
					+ (path.endsWith("prometheus") ? "text/plain" : "application/json")
					+ "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** A GET on the site's port, or on the Actuator's for {@code /actuator/} paths. */
	private static HttpResponse<String> get(String path) throws Exception {
		int port = path.startsWith("/actuator/") ? managementPort()
				: ((WebServerApplicationContext) node).getWebServer().getPort();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept",
					path.startsWith("/api/") || path.startsWith("/actuator/") ? "application/json" : "text/html")
			.timeout(Duration.ofSeconds(60))
			.GET()
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
