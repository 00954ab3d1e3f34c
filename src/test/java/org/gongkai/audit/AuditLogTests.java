package org.gongkai.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongkai.GongkaiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The audit chain: entries written in the caller's transaction, and a verification that
 * finds the first altered or deleted row. Tampering tests put the row back, since the
 * database is shared.
 */
@GongkaiTest
class AuditLogTests {

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void recordsWhoWhatAndWhenInTheCallersTransaction() {
		String id = "obj-" + System.nanoTime();
		this.transactions
			.executeWithoutResult((status) -> this.audit.record(AuditRecord.of("test.changed", "TestObject", id)
				.withBefore("a=1")
				.withAfter("a=2")
				.withAgency(7L)
				.withActor("tester")));
		AuditEntryView entry = this.audit.find(new AuditQuery(null, null, "TestObject", id, null, null), 0, 10)
			.getContent()
			.get(0);
		assertThat(entry.actor()).isEqualTo("tester");
		assertThat(entry.occurredAt()).isNotNull();
		assertThat(entry.action()).isEqualTo("test.changed");
		assertThat(entry.before()).isEqualTo("a=1");
		assertThat(entry.after()).isEqualTo("a=2");
		assertThat(entry.agencyId()).isEqualTo(7L);
		assertThat(entry.hash()).hasSize(64);
	}

	@Test
	void anEntryRolledBackWithItsChangeLeavesNoTrace() {
		String id = "rolled-back-" + System.nanoTime();
		this.transactions.executeWithoutResult((status) -> {
			this.audit.record(AuditRecord.of("test.changed", "TestObject", id));
			status.setRollbackOnly();
		});
		assertThat(this.audit.find(new AuditQuery(null, null, "TestObject", id, null, null), 0, 10)).isEmpty();
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void refusesToWriteOutsideATransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.audit.record(AuditRecord.of("test.changed", "TestObject", "x")));
	}

	@Test
	void verificationFindsAnAlteredRow() {
		long seq = write("tamper-" + System.nanoTime());
		write("after-" + System.nanoTime());
		assertThat(this.audit.verify().intact()).isTrue();
		String original = this.jdbc.queryForObject("select after_summary from aud_entry where seq = ?", String.class,
				seq);
		Insider insider = new Insider(this.jdbc);
		insider.tamper(() -> this.jdbc.update("update aud_entry set after_summary = ? where seq = ?", "amount=0", seq));
		try {
			AuditVerification result = this.audit.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(seq);
			assertThat(result.problem()).contains("altered");
		}
		finally {
			insider
				.tamper(() -> this.jdbc.update("update aud_entry set after_summary = ? where seq = ?", original, seq));
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void verificationFindsADeletedRow() {
		long seq = write("delete-" + System.nanoTime());
		write("after-" + System.nanoTime());
		Map<String, Object> row = this.jdbc.queryForMap("select * from aud_entry where seq = ?", seq);
		new Insider(this.jdbc).tamper(() -> this.jdbc.update("delete from aud_entry where seq = ?", seq));
		try {
			AuditVerification result = this.audit.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(seq);
			assertThat(result.problem()).contains("missing");
		}
		finally {
			reinsert(row);
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void verificationFindsTheLastRowDeleted() {
		long seq = write("last-" + System.nanoTime());
		Map<String, Object> row = this.jdbc.queryForMap("select * from aud_entry where seq = ?", seq);
		new Insider(this.jdbc).tamper(() -> this.jdbc.update("delete from aud_entry where seq = ?", seq));
		try {
			AuditVerification result = this.audit.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(seq);
		}
		finally {
			reinsert(row);
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void concurrentWritersKeepTheChainWhole() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				futures.add(pool.submit(() -> {
					for (int i = 0; i < 15; i++) {
						write("concurrent-" + System.nanoTime());
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		Long count = this.jdbc.queryForObject("select count(*) from aud_entry", Long.class);
		Long max = this.jdbc.queryForObject("select max(seq) from aud_entry", Long.class);
		assertThat(max).isEqualTo(count);
		assertThat(this.audit.verify().intact()).isTrue();
	}

	private long write(String id) {
		this.transactions.executeWithoutResult((status) -> this.audit
			.record(AuditRecord.of("test.changed", "TestObject", id).withAfter("amount=100")));
		return this.jdbc.queryForObject("select seq from aud_entry where object_id = ?", Long.class, id);
	}

	private void reinsert(Map<String, Object> row) {
		Insider insider = new Insider(this.jdbc);
		insider.restore(List.of(row), insider.head());
	}

}
