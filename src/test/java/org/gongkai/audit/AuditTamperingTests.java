package org.gongkai.audit;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.gongkai.GongkaiTest;
import org.gongkai.platform.PublicPages;
import org.gongkai.platform.GongkaiProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An insider with write access to the database but not to the audit key or the checkpoint
 * file rewrites the log; verification (the API, the admin page and
 * {@link AuditLog#verify}) reports the first broken point. Each test puts the rows back.
 */
@GongkaiTest
class AuditTamperingTests {

	@Autowired
	private MessageSource messages;

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditEntries entries;

	@Autowired
	EntityManager entityManager;

	@Autowired
	Clock clock;

	@Autowired
	PublicPages pages;

	@Autowired
	AuditProperties properties;

	@Autowired
	GongkaiProperties platform;

	@Autowired
	AuditCheckpoints checkpoints;

	Insider insider;

	@BeforeEach
	void insider() {
		this.insider = new Insider(this.jdbc);
	}

	@Test
	void cuttingTheTailAndRewindingTheHeadIsReported() throws Exception {
		long first = write("kept");
		long cut = write("cut-1");
		write("cut-2");
		assertThat(this.audit.verify().intact()).isTrue();
		List<Map<String, Object>> rows = this.insider.rowsFrom(cut);
		Map<String, Object> head = this.insider.head();
		this.insider.deleteFrom(cut);
		this.insider.setHead(first, this.insider.hashOf(first));
		try {
			assertBrokenAt(cut, "missing");
		}
		finally {
			this.insider.restore(rows, head);
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void emptyingTheLogIsReported() throws Exception {
		write("before-wipe");
		assertThat(this.audit.verify().intact()).isTrue();
		List<Map<String, Object>> rows = this.insider.rowsFrom(1);
		Map<String, Object> head = this.insider.head();
		this.insider.deleteFrom(1);
		this.insider.setHead(0, "0".repeat(64));
		try {
			assertBrokenAt(1, "empty");
		}
		finally {
			this.insider.restore(rows, head);
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void anEditedRowWithTheChainRecomputedWithPlainSha256IsReported() throws Exception {
		assertThat(this.audit.verify().intact()).isTrue();
		long edited = write("edited");
		write("after-1");
		write("after-2");
		List<Map<String, Object>> rows = this.insider.rowsFrom(edited);
		Map<String, Object> head = this.insider.head();
		this.insider.editAndRecomputeWithSha256(edited, "amount=0");
		try {
			assertBrokenAt(edited, "signature");
		}
		finally {
			this.insider.restore(rows, head);
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void editedRowsPosingAsWrittenBeforeTheKeyAreReported() throws Exception {
		assertThat(this.audit.verify().intact()).isTrue();
		long edited = write("unkeyed");
		write("after-1");
		List<Map<String, Object>> rows = this.insider.rowsFrom(edited);
		Map<String, Object> head = this.insider.head();
		this.insider.editAndRecomputeAsUnkeyed(edited, "amount=0");
		try {
			assertBrokenAt(edited, "not signed");
		}
		finally {
			this.insider.restore(rows, head);
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void anEditedRowWithTheChainRecomputedWithAnotherKeyIsReported() throws Exception {
		assertThat(this.audit.verify().intact()).isTrue();
		long edited = write("wrong-key");
		write("after-1");
		List<Map<String, Object>> rows = this.insider.rowsFrom(edited);
		Map<String, Object> head = this.insider.head();
		this.insider.editAndRecomputeWithKey(edited, "amount=0",
				AuditKey.of(AuditKey.HMAC_SHA256, AuditKeys.newSecret()));
		try {
			assertBrokenAt(edited, "signature");
		}
		finally {
			this.insider.restore(rows, head);
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void anIntactLogStaysIntactAcrossARestartAndACutIsStillFoundFromTheCheckpointFile() throws Exception {
		write("before-restart");
		long cut = write("cut-after-restart");
		assertThat(this.audit.verify().intact()).isTrue();
		AuditLog restarted = restarted();
		AuditVerification afterRestart = restarted.verify();
		assertThat(afterRestart.intact()).isTrue();
		assertThat(afterRestart.checked()).isGreaterThanOrEqualTo(cut);
		List<Map<String, Object>> rows = this.insider.rowsFrom(cut);
		Map<String, Object> head = this.insider.head();
		this.insider.deleteFrom(cut);
		this.insider.setHead(cut - 1, this.insider.hashOf(cut - 1));
		try {
			AuditVerification result = restarted().verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(cut);
			assertThat(result.kind()).isEqualTo(AuditVerification.Break.TAIL_CUT);
			assertThat(result.problem()).contains("missing");
		}
		finally {
			this.insider.restore(rows, head);
		}
		assertThat(restarted().verify().intact()).isTrue();
	}

	@Test
	void onPostgresqlAuditEntriesCannotBeUpdatedDeletedOrTruncated() {
		assumeTrue(this.insider.postgres(), "the append-only trigger is PostgreSQL's");
		long seq = write("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update aud_entry set after_summary = 'x' where seq = ?", seq))
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from aud_entry where seq = ?", seq))
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
				// rolled back should the trigger be missing: the suite's database stays
				// whole
				status.setRollbackOnly();
				this.jdbc.execute("truncate table aud_entry");
			}))
			.withMessageContaining("append-only");
		assertThat(this.audit.verify().intact()).isTrue();
	}

	/**
	 * The audit log as a restarted application has it: key ring and checkpoints read
	 * again from their files.
	 */
	private AuditLog restarted() {
		AuditKeys keys = new AuditKeys(this.properties, this.platform);
		return new AuditLog(this.entries, this.entityManager, this.clock, this.pages, keys,
				new AuditCheckpoints(this.checkpoints.file(), keys, this.clock));
	}

	private void assertBrokenAt(long seq, String problem) throws Exception {
		AuditVerification result = this.audit.verify();
		assertThat(result.intact()).as(result.toString()).isFalse();
		assertThat(result.firstBrokenSeq()).as(result.toString()).isEqualTo(seq);
		assertThat(result.problem()).contains(problem);
		this.mvc.perform(get("/api/v1/admin/audit/verify").with(user("auditor").roles("AUDIT_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.firstBrokenSeq").value(seq));
		this.mvc.perform(post("/admin/audit/verify").with(user("auditor").roles("AUDIT_ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 " + seq + " 号记录处")))
			.andExpect(content().string(containsString(
					this.messages.getMessage("audit.break." + result.kind(), null, Locale.SIMPLIFIED_CHINESE))));
	}

	private long write(String name) {
		String id = name + "-" + System.nanoTime();
		this.transactions.executeWithoutResult((status) -> this.audit
			.record(AuditRecord.of("test.changed", "TestObject", id).withAfter("amount=100")));
		return this.jdbc.queryForObject("select seq from aud_entry where object_id = ?", Long.class, id);
	}

}
