package org.gongkai.operations;

import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.GongkaiTest;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What operators watch and who may watch it: health and its probe groups answer anyone
 * with the status alone; the metrics, the health details and every other Actuator path
 * answer the operators' network (the test client 127.0.0.1 is in the default
 * {@code gongkai.operations.allowed-networks}) or the bearer token
 * ({@code gongkai.operations.token} of the test configuration), and 404 to anyone else.
 * The platform's own figures are in the metrics and move with what happens: an
 * application or a letter received, a page served from the cache, a rate limit refusing.
 */
@GongkaiTest
class OperationsAccessTests {

	static final String TOKEN = "test-operations-token-0123456789abcdef";

	static final String OUTSIDE = "203.0.113.9";

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Test
	void healthAndItsProbesAnswerAnyoneWithTheStatusAlone() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			String body = this.mvc.perform(get(path).with(from(OUTSIDE)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).as(path).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("db");
		}
		// a component's own path would tell its details
		this.mvc.perform(get("/actuator/health/db").with(from(OUTSIDE))).andExpect(status().isNotFound());
	}

	@Test
	void operatorsSeeTheDetailsWithTheDatabaseInReadinessAndNotInLiveness() throws Exception {
		assertThat(body("/actuator/health", from("127.0.0.1"))).contains("\"db\"").contains("\"diskSpace\"");
		assertThat(body("/actuator/health/readiness", from("127.0.0.1"))).contains("\"db\"")
			.contains("\"readinessState\"");
		assertThat(body("/actuator/health/liveness", from("127.0.0.1"))).contains("\"livenessState\"")
			.doesNotContain("\"db\"");
		assertThat(body("/actuator/health", bearer(TOKEN))).contains("\"db\"");
	}

	@Test
	void theMetricsAnswerTheOperatorsNetworkAndTheTokenAndNobodyElse() throws Exception {
		this.mvc.perform(get("/actuator/prometheus").with(from("127.0.0.1"))).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/prometheus").with(from("::1"))).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/prometheus").with(from(OUTSIDE)).with(bearer(TOKEN)))
			.andExpect(status().isOk());

		this.mvc.perform(get("/actuator/prometheus").with(from(OUTSIDE)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("页面不存在")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("gongkai_"))));
		this.mvc.perform(get("/actuator/prometheus").with(from("127.0.0.2"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/actuator/prometheus").with(from(OUTSIDE)).with(bearer(TOKEN + "x")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/actuator/prometheus").with(from(OUTSIDE)).with(bearer("")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/actuator/prometheus").with(from(OUTSIDE)).header("Authorization", "Basic " + TOKEN))
			.andExpect(status().isNotFound());
		// the endpoint list, an endpoint that is not exposed, an unknown one: all as if
		// absent
		for (String path : new String[] { "/actuator", "/actuator/env", "/actuator/heapdump", "/actuator/nothing" }) {
			this.mvc.perform(get(path).with(from(OUTSIDE))).andExpect(status().isNotFound());
		}
	}

	@Test
	void theMetricsCarryThePlatformsOwnFigures() throws Exception {
		String metrics = body("/actuator/prometheus", from("127.0.0.1"));
		assertThat(metrics).contains("gongkai_applications_received_total{channel=\"online\"}")
			.contains("gongkai_applications_received_total{channel=\"walk_in\"}")
			.contains("gongkai_letters_received_total{type=\"complaint\"}")
			.contains("gongkai_cases_due_soon ")
			.contains("gongkai_cases_overdue ")
			.contains("gongkai_search_seconds_count{backend=\"lucene\"}")
			.contains("gongkai_search_seconds_bucket{backend=\"lucene\"")
			.contains("gongkai_search_index_lag 0.0")
			.contains("gongkai_search_index_aborted 0.0")
			.contains("gongkai_page_cache_hits_total ")
			.contains("gongkai_page_cache_misses_total ")
			.contains("gongkai_page_cache_evictions_total ")
			.contains("gongkai_page_cache_invalidations_total ")
			.contains("gongkai_page_cache_size_bytes ")
			.contains("gongkai_page_cache_pages ")
			.contains("jvm_memory_used_bytes")
			.contains("hikaricp_connections_active");
		assertThat(value(metrics, "gongkai_cases_due_soon ")).isNotNaN().isNotNegative();
		assertThat(value(metrics, "gongkai_cases_overdue ")).isNotNaN().isNotNegative();
	}

	@Test
	void theMetricsMoveWhenAnApplicationAndALetterAreReceived() throws Exception {
		AgencyData data = AgencyFixtures.county("指标县" + System.nanoTime());
		this.agencies.create(data);
		String applications = "gongkai_applications_received_total{channel=\"online\"}";
		String letters = "gongkai_letters_received_total{type=\"suggestion\"}";
		String before = body("/actuator/prometheus", from("127.0.0.1"));

		apply(data.creditCode(), newAddress()).andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/agencies/" + data.creditCode() + "/letters").contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"SUGGESTION\",\"subject\":\"建议增设公交站\",\"body\":\"建议在人民路口增设公交站。\","
						+ "\"name\":\"李四\",\"phone\":\"13800138001\",\"publicConsent\":false}")
				.with(from(newAddress())))
			.andExpect(status().isCreated());

		String after = body("/actuator/prometheus", from("127.0.0.1"));
		assertThat(value(after, applications) - value(before, applications)).isEqualTo(1.0);
		assertThat(value(after, letters) - value(before, letters)).isEqualTo(1.0);
	}

	@Test
	void theMetricsMoveWhenAPageIsServedFromTheCacheAndWhenARateLimitRefuses() throws Exception {
		AgencyData data = AgencyFixtures.county("限流县" + System.nanoTime());
		this.agencies.create(data);
		String hits = "gongkai_page_cache_hits_total ";
		String refusals = "gongkai_rate_limit_refusals_total{limit=\"request-apply\"}";
		String before = body("/actuator/prometheus", from("127.0.0.1"));

		this.mvc.perform(get("/")).andExpect(status().isOk());
		this.mvc.perform(get("/")).andExpect(status().isOk());
		// gongkai.request.applications-per-minute=3 in the tests
		String address = newAddress();
		for (int i = 0; i < 3; i++) {
			apply(data.creditCode(), address).andExpect(status().isCreated());
		}
		apply(data.creditCode(), address).andExpect(status().isTooManyRequests());

		String after = body("/actuator/prometheus", from("127.0.0.1"));
		assertThat(value(after, hits) - value(before, hits)).isGreaterThanOrEqualTo(1.0);
		assertThat(value(after, refusals) - value(before, refusals)).isEqualTo(1.0);
		// the client's address is never a label
		assertThat(after).doesNotContain(address);
	}

	@Test
	void aSearchIsTimed() throws Exception {
		String count = "gongkai_search_seconds_count{backend=\"lucene\"}";
		String before = body("/actuator/prometheus", from("127.0.0.1"));
		this.mvc.perform(get("/api/v1/publications").param("q", "通知").with(from(newAddress())))
			.andExpect(status().isOk());
		String after = body("/actuator/prometheus", from("127.0.0.1"));
		assertThat(value(after, count) - value(before, count)).isEqualTo(1.0);
	}

	private org.springframework.test.web.servlet.ResultActions apply(String creditCode, String address)
			throws Exception {
		return this.mvc
			.perform(post("/api/v1/agencies/" + creditCode + "/requests").contentType(MediaType.APPLICATION_JSON)
				.content("{\"applicantType\":\"NATURAL_PERSON\",\"applicantName\":\"张三\",\"idType\":\"居民身份证\","
						+ "\"idNumber\":\"110101199003077777\",\"phone\":\"13800138000\",\"address\":\"人民路2号\","
						+ "\"description\":\"2025年本县财政预算公开文件\",\"formats\":[\"EMAIL\"],\"delivery\":\"ONLINE\","
						+ "\"email\":\"zhangsan@example.com\"}")
				.with(from(address)));
	}

	private String body(String path, RequestPostProcessor who) throws Exception {
		MockHttpServletRequestBuilder request = get(path).with(who);
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The value of the first sample whose line starts with {@code series}, or 0. */
	static double value(String metrics, String series) {
		for (String line : metrics.split("\n")) {
			if (line.startsWith(series)) {
				return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return 0;
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static RequestPostProcessor bearer(String token) {
		return (request) -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

	private static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "10.88." + (n / 250) + "." + (n % 250 + 1);
	}

}
