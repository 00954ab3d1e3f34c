package org.gongkai.audit;

import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * Flyway migration {@code 202612051216} (a Java migration, since it is for PostgreSQL
 * only; Spring Boot hands Flyway every {@link JavaMigration} bean): on PostgreSQL a
 * trigger refuses {@code UPDATE}, {@code DELETE} and {@code TRUNCATE} on
 * {@code aud_entry}, so the audit entries are append-only for every role short of the
 * table's owner (who can disable the trigger; see docs/architecture.md for running the
 * application under a role that does not own the tables). Nothing in the application
 * updates or deletes audit entries. On H2 it does nothing.
 */
@Component
class AuditAppendOnlyMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("202612051216");
	}

	@Override
	public String getDescription() {
		return "audit append only";
	}

	@Override
	public Integer getChecksum() {
		return 202612051;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		String product = context.getConnection().getMetaData().getDatabaseProductName();
		if (!product.toLowerCase().contains("postgres")) {
			return;
		}
		try (Statement sql = context.getConnection().createStatement()) {
			sql.execute("""
					CREATE FUNCTION aud_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
					BEGIN
					    RAISE EXCEPTION 'aud_entry is append-only: % refused', TG_OP;
					END
					$$""");
			sql.execute("CREATE TRIGGER aud_entry_no_change BEFORE UPDATE OR DELETE ON aud_entry"
					+ " FOR EACH ROW EXECUTE FUNCTION aud_entry_append_only()");
			sql.execute("CREATE TRIGGER aud_entry_no_truncate BEFORE TRUNCATE ON aud_entry"
					+ " FOR EACH STATEMENT EXECUTE FUNCTION aud_entry_append_only()");
		}
	}

}
