package org.gongkai.platform.web;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.gongkai.GongkaiTest;
import org.gongkai.agency.AgencyData;
import org.gongkai.agency.AgencyFixtures;
import org.gongkai.agency.AgencyManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A submission that cannot get its lock in time (another transaction holds the audit
 * chain's head longer than the database waits) answers 503 with a Chinese "busy, nothing
 * was saved, send it again", never a 500, and stores nothing. H2 gives up after its lock
 * time-out, PostgreSQL after the 10 s {@code lock_timeout} of the postgres profile.
 */
@GongkaiTest
class DatabaseBusyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyManagement agencies;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aSubmissionThatCannotGetItsLockIsABusy503AndStoresNothing() throws Exception {
		AgencyData data = AgencyFixtures.county("繁忙县" + System.nanoTime());
		long agency = this.agencies.create(data);
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService holder = Executors.newSingleThreadExecutor();
		try {
			Future<?> held = holder.submit(() -> this.transactions.executeWithoutResult((status) -> {
				this.jdbc.queryForObject("select last_seq from aud_chain_head where id = 1 for update", Long.class);
				locked.countDown();
				try {
					release.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
			this.mvc.perform(
					post("/api/v1/agencies/" + data.creditCode() + "/requests").contentType(MediaType.APPLICATION_JSON)
						.content(
								"""
										{"applicantType":"NATURAL_PERSON","applicantName":"张三","idType":"居民身份证",
										"idNumber":"110101199003077777","phone":"13800138000","email":"zhangsan@example.com","address":"人民路2号",
										"description":"本县财政预算公开文件","formats":["EMAIL"],"delivery":"ONLINE"}""")
						.with((request) -> {
							request.setRemoteAddr("10.99.0.1");
							return request;
						}))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "5"))
				.andExpect(jsonPath("$.code").value("error.busy"))
				.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("没有保存")));
			release.countDown();
			held.get(30, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			holder.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from req_case where agency_id = ?", Long.class, agency))
			.isZero();
	}

}
