package org.gongkai;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.platform.RateLimits;
import org.gongkai.request.notices.NoticeRetries;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes in cluster mode ({@code gongkai.cluster.enabled=true}) on one database: a
 * named in-memory H2 that both application contexts of this JVM open. A session made on
 * node 1 is signed in on node 2, a locked job runs on one node at a time, a rate limit
 * counts the attempts on both, and when the database goes away a request is answered 503
 * within seconds. Its own two contexts (the shared test context is a single node); the
 * database is shut down by the last test, so the order is fixed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("cluster")
class ClusterNodesTests {

	private static final String DATABASE = "jdbc:h2:mem:cluster-nodes;DB_CLOSE_DELAY=-1";

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static Connection keeper;

	private static ConfigurableApplicationContext node1;

	private static ConfigurableApplicationContext node2;

	@BeforeAll
	static void startTwoNodes() throws Exception {
		// the database exists before the nodes, which refuse to create an empty one
		// (IFEXISTS) once it is gone
		keeper = DriverManager.getConnection(DATABASE, "sa", "");
		node1 = node("node1");
		node2 = node("node2");
	}

	@AfterAll
	static void stopNodes() throws Exception {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { node2, node1 }) {
			if (node != null) {
				node.close();
			}
		}
		if (keeper != null) {
			keeper.close();
		}
	}

	private static ConfigurableApplicationContext node(String name) throws Exception {
		Path dataDir = Files.createTempDirectory("gongkai-" + name);
		return new SpringApplicationBuilder(GongkaiApplication.class, CountingJob.class)
			.initializers((context) -> context
				.addBeanFactoryPostProcessor(new TestClockContextCustomizerFactory.ClockReplacement()))
			.profiles("test")
			.run("--spring.datasource.url=" + DATABASE + ";IFEXISTS=TRUE", "--spring.datasource.username=sa",
					"--spring.datasource.password=", "--spring.datasource.driver-class-name=org.h2.Driver",
					"--spring.datasource.hikari.connection-init-sql=SELECT 1", "--gongkai.cluster.enabled=true",
					"--server.port=0", "--gongkai.data-dir=" + dataDir, "--gongkai.request.notice-retry-cron=-",
					"--gongkai.submission.purge-cron=-", "--gongkai.request.daily-cron=-",
					"--gongkai.publication.schedule-check=PT24H", "--gongkai.cluster.rate-limit-purge-cron=-",
					"--gongkai.search.searches-per-minute=4");
	}

	private static String base(ConfigurableApplicationContext node) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	@Test
	@Order(1)
	void aSessionMadeOnOneNodeIsSignedInOnTheOther() throws Exception {
		String username = Staff.create(node1.getBean(AccountManagement.class), Role.SYSTEM_ADMIN, null);
		String session = signIn(base(node1), username);

		HttpResponse<String> onNode2 = get(base(node2) + "/admin", session);
		assertThat(onNode2.statusCode()).isEqualTo(200);
		assertThat(onNode2.body()).contains("action=\"/logout\"");
		assertThat(get(base(node2) + "/admin", null).statusCode()).as("without the session").isEqualTo(302);

		// signing out on node 2 ends the session on node 1 too
		String csrf = csrf(onNode2.body());
		HttpResponse<String> out = HTTP.send(HttpRequest.newBuilder(URI.create(base(node2) + "/logout"))
			.header("Cookie", "JSESSIONID=" + session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(get(base(node1) + "/admin", session).statusCode()).isEqualTo(302);
	}

	@Test
	@Order(2)
	void aLockedJobRunsOnOneNodeAtATime() throws Exception {
		CountingJob.RUNS.set(0);
		node1.getBean(CountingJob.class).run();
		node2.getBean(CountingJob.class).run();
		assertThat(CountingJob.RUNS).as("the second node finds the job locked").hasValue(1);

		node1.getBean(NoticeRetries.class).retryDueNow();
		assertThat(count("select count(*) from shedlock where name = 'request.notice-retry'")).isEqualTo(1);
	}

	@Test
	void everyScheduledJobTakesTheClusterLockButTheNodesOwnCheckpoint() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
		List<String> unlocked = new ArrayList<>();
		int scheduled = 0;
		for (var candidate : scanner.findCandidateComponents("org.gongkai")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			for (Method method : type.getDeclaredMethods()) {
				if (method.isAnnotationPresent(Scheduled.class)) {
					scheduled++;
					if (!method.isAnnotationPresent(SchedulerLock.class)) {
						unlocked.add(type.getSimpleName() + "." + method.getName());
					}
				}
			}
		}
		assertThat(scheduled).isGreaterThanOrEqualTo(6);
		// each node writes its own checkpoint file of the audit chain
		assertThat(unlocked).containsExactly("AuditAnchoring.scheduled");
	}

	@Test
	@Order(3)
	void aRateLimitCountsTheAttemptsOnBothNodes() {
		RateLimits limits1 = node1.getBean(RateLimits.class);
		RateLimits limits2 = node2.getBean(RateLimits.class);
		String key = "cluster-test:203.0.113.7";
		assertThat(limits1.tryAcquire(key, 3)).isTrue();
		assertThat(limits2.tryAcquire(key, 3)).isTrue();
		assertThat(limits1.tryAcquire(key, 3)).isTrue();
		assertThat(limits2.tryAcquire(key, 3)).as("the fourth attempt of the minute, on either node").isFalse();
		assertThat(limits1.tryAcquire(key, 3)).isFalse();

		TestClock.INSTANCE.advance(Duration.ofMinutes(1));
		assertThat(limits2.tryAcquire(key, 3)).as("refilled by the injected clock").isTrue();
	}

	@Test
	@Order(4)
	void aPublicFormIsLimitedAcrossNodes() throws Exception {
		// the search page takes a token per client address: its limit holds whichever
		// node
		// answers
		int limit = 4;
		int refused = 0;
		for (int i = 0; i < limit + 2; i++) {
			ConfigurableApplicationContext node = (i % 2 == 0) ? node1 : node2;
			if (get(base(node) + "/search?q=%E9%80%9A%E7%9F%A5", null).statusCode() == 429) {
				refused++;
			}
		}
		assertThat(refused).isEqualTo(2);
	}

	@Test
	@Order(10)
	void aLostDatabaseIsAnswered503WithinSeconds() throws Exception {
		String username = Staff.create(node1.getBean(AccountManagement.class), Role.SYSTEM_ADMIN, null);
		String session = signIn(base(node1), username);
		try (Statement shutdown = keeper.createStatement()) {
			shutdown.execute("shutdown");
		}

		long started = System.nanoTime();
		HttpResponse<String> api = get(base(node1) + "/api/v1/agencies", null);
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.body()).contains("\"code\":\"error.database-unavailable\"").contains("数据库暂时无法连接");
		assertThat(api.headers().firstValue("Retry-After")).isPresent();

		HttpResponse<String> page = get(base(node2) + "/admin", session);
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains("数据库暂时无法连接").doesNotContain("Exception");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
	}

	private static long count(String sql) throws Exception {
		try (Statement statement = keeper.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static HttpResponse<String> get(String url, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
		if (session != null) {
			request.header("Cookie", "JSESSIONID=" + session);
		}
		return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Signs in through the login form and returns the session id. */
	private static String signIn(String base, String username) throws Exception {
		HttpResponse<String> form = get(base + "/login", null);
		String session = cookie(form);
		String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(Staff.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf(form.body()), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Cookie", "JSESSIONID=" + session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		String renewed = cookie(signedIn);
		return (renewed != null) ? renewed : session;
	}

	private static String cookie(HttpResponse<?> response) {
		for (String header : response.headers().allValues("Set-Cookie")) {
			if (header.startsWith("JSESSIONID=")) {
				return header.substring("JSESSIONID=".length(), header.indexOf(';'));
			}
		}
		return null;
	}

	private static String csrf(String html) {
		Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
		assertThat(token.find()).as("CSRF token in the form").isTrue();
		return token.group(1);
	}

	/** A job under the cluster lock that counts its runs (on both nodes together). */
	static class CountingJob {

		static final AtomicInteger RUNS = new AtomicInteger();

		@SchedulerLock(name = "cluster-test.counting", lockAtLeastFor = "PT30S")
		public void run() {
			RUNS.incrementAndGet();
		}

	}

}
