package org.gongkai.search;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox tables stay writable after the connection that created them has closed, as
 * happens when the pool retires the migrating connection or the node that migrated stops
 * while another goes on: H2 2.4.240 broke check constraints written with {@code IN (...)}
 * in exactly that case (the cluster tests' second node found it), so the migration leaves
 * those checks out.
 */
class SearchOutboxMigrationTests {

	@Test
	void theTablesTakeRowsFromAnotherConnectionAfterTheMigratingOneClosed() throws Exception {
		String url = "jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
			try (Connection migrating = DriverManager.getConnection(url, "sa", "")) {
				new SearchOutboxMigration().migrate(context(migrating));
			}
			try (Connection other = DriverManager.getConnection(url, "sa", "")) {
				assertThat(insertEvent(other, "PENDING")).isEqualTo(1);
				assertThat(insertAgent(other, "EVENT_PROCESSING_DYNAMIC_SHARDING", "RUNNING")).isEqualTo(1);
			}
		}
	}

	private static int insertEvent(Connection connection, String status) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO hsearch_outbox_event
				  (id, entity_name, entity_id, entity_id_hash, payload, retries, process_after, status)
				VALUES (?, 'Publication', '1', 1, ?, 0, ?, ?)""")) {
			insert.setObject(1, UUID.randomUUID());
			insert.setBytes(2, new byte[] { 1 });
			insert.setObject(3, OffsetDateTime.of(2026, 6, 15, 9, 0, 0, 0, ZoneOffset.ofHours(8)));
			insert.setString(4, status);
			return insert.executeUpdate();
		}
	}

	private static int insertAgent(Connection connection, String type, String state) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO hsearch_agent (id, type, name, expiration, state)
				VALUES (?, ?, 'node', ?, ?)""")) {
			insert.setObject(1, UUID.randomUUID());
			insert.setString(2, type);
			insert.setObject(3, OffsetDateTime.of(2026, 6, 15, 9, 0, 0, 0, ZoneOffset.ofHours(8)));
			insert.setString(4, state);
			return insert.executeUpdate();
		}
	}

	private static Context context(Connection connection) {
		return new Context() {
			@Override
			public Configuration getConfiguration() {
				return null;
			}

			@Override
			public Connection getConnection() {
				return connection;
			}
		};
	}

}
