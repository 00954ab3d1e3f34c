package org.gongkai.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;

import org.gongkai.GongkaiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Serial numbers stay unique and gap-free when many transactions take them at once and
 * some roll back (on H2 here, on PostgreSQL in CI's second run).
 */
@GongkaiTest
class SerialNumbersTests {

	@Autowired
	SerialNumbers serials;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	HikariDataSource pool;

	@Test
	void numbersStartAtOnePerScopeAndYear() {
		long scope = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
		assertThat(take("test", scope, 2026)).isEqualTo(1);
		assertThat(take("test", scope, 2026)).isEqualTo(2);
		assertThat(take("test", scope, 2027)).isEqualTo(1);
		assertThat(take("test", scope - 1, 2026)).isEqualTo(1);
		assertThat(take("other", scope, 2026)).isEqualTo(1);
	}

	@Test
	void concurrentTakersGetEveryNumberOnceAndRollbacksLeaveNoGap() throws Exception {
		long scope = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Long> committed = Collections.synchronizedList(new ArrayList<>());
		try {
			List<Callable<Void>> work = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				int thread = t;
				work.add(() -> {
					for (int i = 0; i < 25; i++) {
						boolean rollBack = (i + thread) % 5 == 0;
						Long number = this.transactions.execute((status) -> {
							long n = this.serials.next("concurrency", scope, 2026);
							if (rollBack) {
								status.setRollbackOnly();
							}
							return n;
						});
						if (!rollBack) {
							committed.add(number);
						}
					}
					return null;
				});
			}
			for (Future<Void> future : pool.invokeAll(work)) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(committed).doesNotHaveDuplicates();
		assertThat(committed).hasSize(160);
		assertThat(committed.stream().mapToLong(Long::longValue).max()).hasValue(160);
	}

	/**
	 * More first takers of a new series than the pool has connections, each holding its
	 * transaction (and so its connection) open: creating the series must not need a
	 * second connection, or they all wait for each other until the pool times out.
	 */
	@Test
	void firstNumbersOfANewSeriesNeverWaitForASecondConnection() throws Exception {
		long scope = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
		int takers = this.pool.getMaximumPoolSize() * 3;
		ExecutorService threads = Executors.newFixedThreadPool(takers);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Long>> numbers = new ArrayList<>();
			for (int i = 0; i < takers; i++) {
				numbers.add(threads.submit(() -> {
					start.await();
					return this.transactions.execute((status) -> this.serials.next("first", scope, 2026));
				}));
			}
			start.countDown();
			List<Long> taken = new ArrayList<>();
			for (Future<Long> number : numbers) {
				taken.add(number.get(60, TimeUnit.SECONDS));
			}
			assertThat(taken).doesNotHaveDuplicates().hasSize(takers);
			assertThat(taken.stream().mapToLong(Long::longValue).max()).hasValue(takers);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void refusesToHandOutANumberOutsideATransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.serials.next("test", 1, 2026));
	}

	private long take(String series, long scope, int year) {
		return this.transactions.execute((status) -> this.serials.next(series, scope, year));
	}

}
