package org.gongkai.audit;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.gongkai.platform.Sha256;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Someone with write access to the database and without the audit key: edits, deletes and
 * re-inserts audit rows with plain SQL, and recomputes hashes the way the chain was
 * computed before it was keyed (plain SHA-256). On PostgreSQL the append-only trigger is
 * switched off around each step, as the owner of the tables can.
 */
final class Insider {

	private static final String COLUMNS = "seq, occurred_at, actor, action, object_type, object_id, agency_id,"
			+ " remote_addr, before_summary, after_summary, prev_hash, hash";

	private final JdbcTemplate jdbc;

	Insider(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Runs SQL with the append-only trigger off (PostgreSQL), as the table's owner can.
	 */
	void tamper(Runnable change) {
		boolean postgres = postgres();
		if (postgres) {
			this.jdbc.execute("ALTER TABLE aud_entry DISABLE TRIGGER USER");
		}
		try {
			change.run();
		}
		finally {
			if (postgres) {
				this.jdbc.execute("ALTER TABLE aud_entry ENABLE TRIGGER USER");
			}
		}
	}

	boolean postgres() {
		return this.jdbc.execute((java.sql.Connection connection) -> connection.getMetaData()
			.getDatabaseProductName()
			.toLowerCase()
			.contains("postgres"));
	}

	List<Map<String, Object>> rowsFrom(long seq) {
		return this.jdbc.queryForList("select * from aud_entry where seq >= ? order by seq", seq);
	}

	Map<String, Object> head() {
		return this.jdbc.queryForMap("select last_seq, last_hash from aud_chain_head where id = 1");
	}

	String hashOf(long seq) {
		return this.jdbc.queryForObject("select hash from aud_entry where seq = ?", String.class, seq);
	}

	void deleteFrom(long seq) {
		tamper(() -> this.jdbc.update("delete from aud_entry where seq >= ?", seq));
	}

	void setHead(long seq, String hash) {
		this.jdbc.update("update aud_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, hash);
	}

	/**
	 * Puts rows back as they were (all columns of the table as read by
	 * {@link #rowsFrom}).
	 */
	void restore(List<Map<String, Object>> rows, Map<String, Object> head) {
		tamper(() -> {
			for (Map<String, Object> row : rows) {
				this.jdbc.update("delete from aud_entry where seq = ?", row.get("seq"));
				StringBuilder columns = new StringBuilder();
				StringBuilder marks = new StringBuilder();
				for (String column : row.keySet()) {
					columns.append(columns.isEmpty() ? "" : ",").append(column);
					marks.append(marks.isEmpty() ? "?" : ",?");
				}
				this.jdbc.update("insert into aud_entry (" + columns + ") values (" + marks + ")",
						row.values().toArray());
			}
		});
		setHead(((Number) head.get("last_seq")).longValue(), (String) head.get("last_hash"));
	}

	/**
	 * Edits the after summary of entry {@code seq} and recomputes the chain from there to
	 * the head with plain SHA-256, the pre-key algorithm anyone can run; the key ids
	 * stay.
	 */
	void editAndRecomputeWithSha256(long seq, String after) {
		editAndRecompute(seq, after, (keyId, canonical) -> Sha256.hex(canonical), false);
	}

	/**
	 * As {@link #editAndRecomputeWithSha256}, and clears the key ids so the entries pose
	 * as written before the chain was keyed.
	 */
	void editAndRecomputeAsUnkeyed(long seq, String after) {
		editAndRecompute(seq, after, (keyId, canonical) -> Sha256.hex(canonical), true);
	}

	/**
	 * Edits entry {@code seq} and recomputes the chain in the keyed format, under the
	 * entries' key ids, but with a key of the insider's own.
	 */
	void editAndRecomputeWithKey(long seq, String after, AuditKey own) {
		editAndRecompute(seq, after, (keyId, canonical) -> own.sign(keyId + "\u001f" + canonical), false);
	}

	private void editAndRecompute(long seq, String after, BiFunction<String, String, String> hasher, boolean unkeyed) {
		tamper(() -> {
			this.jdbc.update("update aud_entry set after_summary = ? where seq = ?", after, seq);
			if (unkeyed) {
				this.jdbc.update("update aud_entry set key_id = null where seq >= ?", seq);
			}
			String prev = this.jdbc.queryForObject("select prev_hash from aud_entry where seq = ?", String.class, seq);
			for (Map<String, Object> row : this.jdbc
				.queryForList("select " + COLUMNS + ", key_id from aud_entry where seq >= ? order by seq", seq)) {
				String canonical = String.join("\u001f", prev, row.get("seq").toString(),
						instant(row.get("occurred_at")), (String) row.get("actor"), (String) row.get("action"),
						(String) row.get("object_type"), (String) row.get("object_id"), text(row.get("agency_id")),
						text(row.get("remote_addr")), text(row.get("before_summary")), text(row.get("after_summary")));
				String hash = hasher.apply((String) row.get("key_id"), canonical);
				this.jdbc.update("update aud_entry set prev_hash = ?, hash = ? where seq = ?", prev, hash,
						row.get("seq"));
				prev = hash;
			}
			Long last = this.jdbc.queryForObject("select max(seq) from aud_entry", Long.class);
			setHead(last, prev);
		});
	}

	private String instant(Object value) {
		if (value instanceof OffsetDateTime odt) {
			return odt.toInstant().toString();
		}
		if (value instanceof Timestamp ts) {
			return ts.toInstant().toString();
		}
		throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
