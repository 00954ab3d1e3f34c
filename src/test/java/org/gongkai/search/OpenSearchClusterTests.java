package org.gongkai.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongSupplier;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManagerFactory;
import org.gongkai.GongkaiApplication;
import org.gongkai.GongkaiTest;
import org.gongkai.Staff;
import org.gongkai.account.AccountManagement;
import org.gongkai.account.Role;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.catalog.CatalogManagement;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search in cluster mode on a real OpenSearch node (tag {@code cluster}: run with
 * {@code -Pcluster} against the node of deploy/opensearch.sh at
 * {@code -Dgongkai.test.opensearch}, default {@code http://127.0.0.1:9200}): the recall
 * cases of the embedded index give the same hits, a published item is found and a
 * withdrawn one is gone once the outbox has been processed, and a second node on the same
 * database, whose own event processor is off, finds what the first indexed and has what
 * it writes indexed by the first; the reindex API rebuilds the OpenSearch index from the
 * table.
 */
@Tag("cluster")
@GongkaiTest
// test properties, not a dynamic property source: the backend is chosen while the
// environment is prepared, before dynamic properties are added
@TestPropertySource(properties = { "gongkai.search.backend=opensearch",
		"gongkai.search.opensearch.uris=${gongkai.test.opensearch:http://127.0.0.1:9200}" })
class OpenSearchClusterTests {

	/** Outbox processing and the index's refresh take about a second; wait up to 30. */
	private static final int ATTEMPTS = 150;

	private static String uris() {
		return System.getProperty("gongkai.test.opensearch", "http://127.0.0.1:9200");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	SearchDocuments documents;

	@Autowired
	PublicationSearch search;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSharedRecallCasesPassOnOpenSearch() {
		assertThat(Search.mapping(this.entityManagerFactory).backend().unwrap(ElasticsearchBackend.class))
			.as("the backend is OpenSearch, not the embedded index")
			.isNotNull();
		SearchRecallCases.Written written = SearchRecallCases.write(this.documents, this.transactions, today());
		awaitCount(() -> SearchRecallCases.indexed(this.search, written), SearchRecallCases.ITEMS.size());
		assertThat(SearchRecallCases.check(this.search, written)).isEqualTo(SearchRecallCases.CASES.size());
	}

	@Test
	void aPublishedItemIsFoundAndAWithdrawnOneIsGone() throws Exception {
		Agency agency = agency("集群县");
		long id = publish(agency, "关于集群检索试运行的通知", "全县政务公开平台检索服务迁移至集群。");
		awaitCount(() -> found(this.search, "集群检索", agency.creditCode).size(), 1);
		assertThat(found(this.search, "集群检索", agency.creditCode)).containsExactly(id);
		assertThat(found(this.search, "检索服务", agency.creditCode)).containsExactly(id);
		perform(agency.leader, post("/admin/publications/" + id + "/withdraw").param("reason", "试运行结束"));
		awaitCount(() -> found(this.search, "集群检索", agency.creditCode).size(), 0);
		assertThat(found(this.search, "", agency.creditCode)).isEmpty();
	}

	@Test
	void aSecondNodeOnTheSameDatabaseSeesWhatTheFirstIndexedAndTheFirstIndexesWhatItWrites() throws Exception {
		Agency agency = agency("双节点县");
		long id = publish(agency, "关于双节点部署的公告", "两台服务器共用一个检索集群。");
		awaitCount(() -> found(this.search, "双节点", agency.creditCode).size(), 1);
		try (ConfigurableApplicationContext second = secondNode()) {
			PublicationSearch secondSearch = second.getBean(PublicationSearch.class);
			assertThat(found(secondSearch, "双节点", agency.creditCode)).containsExactly(id);
			// the second node writes; its event processor is off, so the first one's
			// indexes what the outbox holds: nothing is lost with the node that wrote it
			SearchRecallCases.Written written = SearchRecallCases.write(second.getBean(SearchDocuments.class),
					second.getBean(PlatformTransactionManager.class), today());
			awaitCount(() -> SearchRecallCases.indexed(this.search, written), SearchRecallCases.ITEMS.size());
			assertThat(SearchRecallCases.indexed(secondSearch, written)).isEqualTo(SearchRecallCases.ITEMS.size());
			assertThat(SearchRecallCases.check(secondSearch, written)).isEqualTo(SearchRecallCases.CASES.size());
		}
	}

	@Test
	void theReindexApiRebuildsTheOpenSearchIndexFromTheTable() throws Exception {
		// the mass indexer empties the index first with _delete_by_query: a node without
		// OpenSearch's reindex module answered that with an error, so neither the API nor
		// the rebuild at start-up (an empty index beside stored documents) could run
		Agency agency = agency("重建索引县");
		long id = publish(agency, "关于湿地保护重建演练的通知", "保护湿地。");
		awaitCount(() -> found(this.search, "湿地保护", agency.creditCode).size(), 1);
		this.jdbc.update("UPDATE search_document SET title = title || '红树林' WHERE publication_id = ?", id);
		String admin = Staff.token(this.mvc, Staff.create(this.accounts, Role.SYSTEM_ADMIN, null));
		String result = this.mvc
			.perform(post("/api/v1/admin/search/reindex").header("Authorization", "Bearer " + admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Integer>read(result, "$.documents")).isGreaterThanOrEqualTo(1);
		awaitCount(() -> found(this.search, "红树林", agency.creditCode).size(), 1);
		assertThat(found(this.search, "红树林", agency.creditCode)).containsExactly(id);
		assertThat(found(this.search, "湿地保护", agency.creditCode)).containsExactly(id);
	}

	private ConfigurableApplicationContext secondNode() {
		// command-line arguments: they win over application.properties
		return new SpringApplicationBuilder(GongkaiApplication.class).run("--server.port=0",
				"--gongkai.search.backend=opensearch", "--gongkai.search.opensearch.uris=" + uris(),
				"--spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false");
	}

	private static List<Long> found(PublicationSearch search, String q, String creditCode) {
		SearchQuery query = SearchQuery.parse(q, creditCode, null, null, null, null, "50", null);
		return search.search(query).items().stream().map(SearchHit::id).toList();
	}

	/** Waits until the count is reached (the outbox is processed after the commit). */
	private static void awaitCount(LongSupplier count, long expected) {
		long last = -1;
		for (int i = 0; i < ATTEMPTS; i++) {
			last = count.getAsLong();
			if (last == expected) {
				return;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		assertThat(last).as("indexed within 30 s").isEqualTo(expected);
	}

	// fixtures: an agency with its staff, an item through the review workflow

	private long publish(Agency agency, String title, String body) throws Exception {
		String location = this.mvc
			.perform(post("/admin/publications/new").session(agency.clerk)
				.with(csrf())
				.param("agencyId", "" + agency.id)
				.param("title", title)
				.param("summary", "")
				.param("body", body)
				.param("madeOn", today().toString())
				.param("genre", "NOTICE")
				.param("validity", "VALID")
				.param("columnId", "" + agency.news))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		perform(agency.clerk, post("/admin/publications/" + id + "/submit"));
		perform(agency.reviewer, post("/admin/publications/" + id + "/content-review").param("approve", "true"));
		perform(agency.confidentiality,
				post("/admin/publications/" + id + "/confidentiality-review").param("approve", "true"));
		return id;
	}

	private void perform(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
		this.mvc.perform(request.session(session).with(csrf())).andExpect(status().is3xxRedirection());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Agency agency(String name) throws Exception {
		AgencyData data = AgencyFixtures.county(name + System.nanoTime());
		long id = this.agencies.create(data);
		long news = this.catalog.publicTree(id)
			.stream()
			.filter((c) -> "news".equals(c.code()))
			.findFirst()
			.orElseThrow()
			.id();
		return new Agency(id, data.creditCode(), news,
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CLERK, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.REVIEWER, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.CONFIDENTIALITY_REVIEWER, id)),
				Staff.signIn(this.mvc, Staff.create(this.accounts, Role.LEADER, id)));
	}

	record Agency(long id, String creditCode, long news, MockHttpSession clerk, MockHttpSession reviewer,
			MockHttpSession confidentiality, MockHttpSession leader) {

	}

}
