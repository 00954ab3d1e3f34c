package org.gongkai.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

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

	@Test
	void refusesToHandOutANumberOutsideATransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.serials.next("test", 1, 2026));
	}

	private long take(String series, long scope, int year) {
		return this.transactions.execute((status) -> this.serials.next(series, scope, year));
	}

}
