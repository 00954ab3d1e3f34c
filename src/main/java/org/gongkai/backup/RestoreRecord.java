package org.gongkai.backup;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes {@code backup.restored} once a start has restored an archive. */
@Component
class RestoreRecord {

	private final Environment environment;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	RestoreRecord(Environment environment, AuditLog audit, TransactionTemplate transactions) {
		this.environment = environment;
		this.audit = audit;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void restored() {
		String archive = this.environment.getProperty(BackupRestore.RESTORED);
		if (archive == null) {
			return;
		}
		String name = java.nio.file.Path.of(archive).getFileName().toString();
		this.transactions.executeWithoutResult(
				(status) -> this.audit.record(AuditRecord.of("backup.restored", "Backup", name).withActor("system")));
	}

}
