package org.gongkai.publication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.gongkai.GongkaiApplication;
import org.gongkai.GongkaiTest;
import org.gongkai.TestClock;
import org.gongkai.TestClockContextCustomizerFactory;
import org.gongkai.platform.cache.PageInvalidationLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two nodes of a cluster on one database (this test's context and a second application
 * started beside it on the same in-memory H2): a page the second node keeps is forgotten
 * there soon after the first node withdraws the item, through the invalidation table;
 * changes that show on no public page write no row; old rows are purged.
 */
@Tag("cluster")
@GongkaiTest
@TestPropertySource(properties = { "gongkai.cluster.enabled=true", "gongkai.page-cache.poll-interval=100ms" })
class PageCacheClusterTests {

	static ConfigurableApplicationContext other;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PageInvalidationLog log;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startTheOtherNode() {
		other = new SpringApplicationBuilder(GongkaiApplication.class)
			.initializers(
					(c) -> c.addBeanFactoryPostProcessor(new TestClockContextCustomizerFactory.ClockReplacement()))
			// arguments, not default properties: application.properties' settings would
			// win
			// over those (the second node ran without cluster mode and never polled)
			.run("--server.port=0", "--gongkai.cluster.enabled=true", "--gongkai.page-cache.poll-interval=100ms");
	}

	@AfterAll
	static void stopTheOtherNode() {
		if (other != null) {
			other.close();
		}
	}

	@Test
	// + "node keeps serving the withdrawn item for longer than 10 s; under investigation
	// (closing note)")
	void aWithdrawalOnOneNodeIsForgottenByTheOther() throws Exception {
		// the steps through the API with tokens: in cluster mode sessions live in the
		// database, where MockMvc's sessions are not
		ApiDesk desk = new ApiDesk(this.mvc, this.context);
		ApiDesk.Tokens agency = desk.agency("集群县");
		long id = desk.draft(agency,
				ApiDesk.draftJson(agency, "集群撤回测试", "正文", TestClock.INSTANCE.today().minusDays(3).toString()));
		desk.step(agency.clerk(), id, "submit", null).andExpect(status().isOk());
		desk.step(agency.reviewer(), id, "content-review", "{\"approve\":true,\"comment\":\"\"}")
			.andExpect(status().isOk());
		desk.step(agency.confidentiality(), id, "confidentiality-review", "{\"approve\":true,\"comment\":\"无涉密内容\"}")
			.andExpect(status().isOk());
		String item = "/agencies/" + agency.creditCode() + "/publications/" + id;
		String column = "/agencies/" + agency.creditCode() + "/columns/" + agency.column();

		// the other node keeps both pages
		for (String page : new String[] { item, column }) {
			assertThat(read(page).statusCode()).isEqualTo(200);
			HttpResponse<String> second = read(page);
			assertThat(second.headers().firstValue("X-Page-Cache")).hasValue("hit");
			assertThat(second.body()).contains("集群撤回测试");
		}

		// nothing public: a draft writes no row
		long rows = rows();
		desk.draft(agency, ApiDesk.draftJson(agency, "集群草稿", "正文", TestClock.INSTANCE.today().toString()));
		assertThat(rows()).isEqualTo(rows);
		assertThat(read(item).headers().firstValue("X-Page-Cache")).hasValue("hit");

		desk.step(agency.leader(), id, "withdraw", "{\"reason\":\"内容有误\"}").andExpect(status().isOk());
		assertThat(rows()).isEqualTo(rows + 1);
		this.mvc.perform(get(item)).andExpect(status().isNotFound());

		assertThat(within(Duration.ofSeconds(10), () -> read(item).statusCode() == 404)).isTrue();
		HttpResponse<String> list = read(column);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).doesNotContain("集群撤回测试");
	}

	@Test
	void oldRowsArePurged() {
		this.jdbc.update("INSERT INTO plt_page_invalidation (node, tags, created_at) VALUES ('gone', 'item:1', ?)",
				java.sql.Timestamp.from(TestClock.INSTANCE.instant().minus(Duration.ofHours(1))));
		assertThat(this.log.purge()).isGreaterThanOrEqualTo(1);
		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM plt_page_invalidation WHERE node = 'gone'", Long.class))
			.isZero();
	}

	private long rows() {
		return this.jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM plt_page_invalidation", Long.class);
	}

	private HttpResponse<String> read(String path) throws Exception {
		String port = other.getEnvironment().getProperty("local.server.port");
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static boolean within(Duration limit, Callable<Boolean> condition) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.call()) {
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

}
