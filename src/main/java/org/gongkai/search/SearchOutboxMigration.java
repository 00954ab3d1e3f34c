package org.gongkai.search;

import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * Flyway migration {@code 202612070300}: the tables of Hibernate Search's outbox-polling
 * coordination, used with {@code gongkai.search.backend=opensearch}
 * ({@link SearchBackendEnvironment}). A change to a search document writes a row to
 * {@code hsearch_outbox_event} in the publishing transaction; each node's event processor
 * registers in {@code hsearch_agent}, takes its share of the rows and writes them to the
 * index after the commit. Created on every database, also where the Lucene default leaves
 * them empty, so a database moves to the cluster without a schema change. A Java
 * migration because the payload column is a {@code BLOB} on H2 and a {@code BYTEA} on
 * PostgreSQL (neither database has the other's type); everything else is the same on
 * both: UUID ids, the enums as text with their values checked, times with their zone, as
 * Hibernate Search maps them (the schema is validated at start-up).
 * <p>
 * The enum columns carry no check of their values, unlike the tables Hibernate Search
 * would generate: H2 2.4.240 evaluates a constant {@code IN (...)} list of a check
 * constraint (and {@code OR}ed equalities or a {@code CASE}, which it turns into one)
 * with the session that created the table. Once that connection has closed (the pool
 * retires it, or the node that migrated stops while the other goes on) every insert fails
 * with "Check constraint invalid … The database has been closed" (h2database issues 4302
 * and 4308, fixed after 2.4.240). Only Hibernate Search writes these rows, from its own
 * enums. The checksum stays: the tables are the same but for the checks.
 */
@Component
class SearchOutboxMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("202612070300");
	}

	@Override
	public String getDescription() {
		return "search outbox";
	}

	@Override
	public Integer getChecksum() {
		return 202612070;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		String product = context.getConnection().getMetaData().getDatabaseProductName();
		String bytes = product.toLowerCase(Locale.ROOT).contains("postgres") ? "BYTEA" : "BLOB";
		try (Statement sql = context.getConnection().createStatement()) {
			sql.execute("""
					CREATE TABLE hsearch_outbox_event (
					    id UUID NOT NULL PRIMARY KEY,
					    entity_name VARCHAR(256) NOT NULL,
					    entity_id VARCHAR(256) NOT NULL,
					    entity_id_hash INTEGER NOT NULL,
					    tenant_id VARCHAR(255),
					    payload %s NOT NULL,
					    retries INTEGER NOT NULL,
					    process_after TIMESTAMP(6) WITH TIME ZONE NOT NULL,
					    status VARCHAR(255) NOT NULL
					)""".formatted(bytes));
			sql.execute("CREATE INDEX hsearch_outbox_event_process_after ON hsearch_outbox_event (process_after)");
			sql.execute("""
					CREATE TABLE hsearch_agent (
					    id UUID NOT NULL PRIMARY KEY,
					    type VARCHAR(255) NOT NULL,
					    name VARCHAR(255) NOT NULL,
					    tenant_id VARCHAR(255),
					    expiration TIMESTAMP(6) WITH TIME ZONE NOT NULL,
					    state VARCHAR(255) NOT NULL,
					    total_shard_count INTEGER,
					    assigned_shard_index INTEGER,
					    payload %s
					)""".formatted(bytes));
		}
	}

}
