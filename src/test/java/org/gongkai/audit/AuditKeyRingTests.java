package org.gongkai.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key's life on a database of its own (H2, also in the PostgreSQL run): a log written
 * before the chain was keyed is taken over by a keyed cut-over entry and still verifies,
 * and a rotated key signs on with a prominent entry while the older entries verify with
 * the older key.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:audit-key-ring;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=",
		"spring.datasource.driver-class-name=org.h2.Driver", "spring.datasource.hikari.connection-init-sql=",
		"gongkai.audit.key-file=${user.dir}/target/test-audit-key-ring/${random.uuid}.key" })
class AuditKeyRingTests {

	@Autowired
	AuditLog audit;

	@Autowired
	AuditKeys keys;

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	Insider insider;

	@BeforeEach
	void insider() {
		this.insider = new Insider(this.jdbc);
	}

	@Test
	void aLogHashedBeforeTheKeyIsTakenOverByAKeyedCutOverAndStillVerifies() throws IOException {
		// the log as the version before the key wrote it: plain SHA-256, no key ids, no
		// checkpoints
		Files.deleteIfExists(this.checkpoints.file());
		long last = ((Number) this.insider.head().get("last_seq")).longValue();
		this.insider.editAndRecomputeAsUnkeyed(1,
				this.jdbc.queryForObject("select after_summary from aud_entry where seq = 1", String.class));
		assertThat(this.audit.verify().intact()).as("entries hashed with SHA-256 before the cut-over").isTrue();

		this.audit.adoptCurrentKey();

		Map<String, Object> cutOver = this.jdbc.queryForMap("select * from aud_entry where seq = ?", last + 1);
		assertThat(cutOver.get("action")).isEqualTo("audit.chain.keyed");
		assertThat(cutOver.get("key_id")).isEqualTo(this.keys.current().id());
		AuditVerification verified = this.audit.verify();
		assertThat(verified.intact()).isTrue();
		assertThat(verified.checked()).isEqualTo(last + 1);

		List<Map<String, Object>> rows = this.insider.rowsFrom(2);
		Map<String, Object> head = this.insider.head();
		// the key alone: an unkeyed entry rewritten breaks the keyed cut-over's signature
		Files.deleteIfExists(this.checkpoints.file());
		this.insider.editAndRecomputeWithSha256(2, "rewritten");
		try {
			AuditVerification result = this.audit.verify();
			assertThat(result.intact()).as(result.toString()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(last + 1);
			assertThat(result.problem()).contains("signature");
		}
		finally {
			this.insider.restore(rows, head);
		}
		assertThat(this.audit.verify().intact()).isTrue();
		// the cut-over itself rewritten as unkeyed: the checkpoint written since catches
		// it
		this.insider.editAndRecomputeAsUnkeyed(2, "rewritten");
		try {
			AuditVerification result = this.audit.verify();
			assertThat(result.intact()).as(result.toString()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(last + 1);
			assertThat(result.problem()).contains("checkpoint");
		}
		finally {
			this.insider.restore(rows, head);
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void aRotatedKeySignsOnWithAProminentEntryAndOlderEntriesVerifyWithTheOlderKey() throws IOException {
		write("signed-with-the-first-key");
		String before = this.keys.current().id();
		Files.writeString(this.keys.keyFile(), AuditKeys.newSecret() + "\n", StandardCharsets.UTF_8,
				StandardOpenOption.APPEND);
		this.keys.reload();
		String after = this.keys.current().id();
		assertThat(after).isNotEqualTo(before);

		this.audit.adoptCurrentKey();
		long written = write("signed-with-the-second-key");

		Map<String, Object> rotation = this.jdbc.queryForMap("select * from aud_entry where seq = ?", written - 1);
		assertThat(rotation.get("action")).isEqualTo("audit.key.rotated");
		assertThat(rotation.get("before_summary")).isEqualTo(before);
		assertThat(rotation.get("after_summary")).isEqualTo(after);
		assertThat(rotation.get("key_id")).isEqualTo(after);
		assertThat(this.jdbc.queryForObject("select key_id from aud_entry where seq = ?", String.class, written - 2))
			.isEqualTo(before);
		AuditVerification verified = this.audit.verify();
		assertThat(verified.intact()).as(verified.toString()).isTrue();
	}

	@Test
	void anSm3KeySignsDifferentlyFromTheSameSecretWithSha256() {
		String secret = AuditKeys.newSecret();
		AuditKey sm3 = AuditKey.of(AuditKey.HMAC_SM3, secret);
		AuditKey sha256 = AuditKey.of(AuditKey.HMAC_SHA256, secret);
		assertThat(sm3.sign("entry")).hasSize(64).isEqualTo(sm3.sign("entry")).isNotEqualTo(sha256.sign("entry"));
		assertThat(sm3.id()).startsWith("HmacSM3:");
	}

	private long write(String name) {
		String id = name + "-" + System.nanoTime();
		this.transactions.executeWithoutResult(
				(status) -> this.audit.record(AuditRecord.of("test.changed", "TestObject", id).withAfter("x")));
		return this.jdbc.queryForObject("select seq from aud_entry where object_id = ?", Long.class, id);
	}

}
