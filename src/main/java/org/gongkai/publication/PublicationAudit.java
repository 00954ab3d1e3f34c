package org.gongkai.publication;

import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditRecord;
import org.gongkai.publication.item.Publication;

import org.springframework.stereotype.Component;

/**
 * Writes the audit entry of a publication command: the item's state before and after, in
 * the command's transaction.
 */
@Component
class PublicationAudit {

	/** The actor of what the scheduler does. */
	static final String SYSTEM = "system";

	private final AuditLog audit;

	PublicationAudit(AuditLog audit) {
		this.audit = audit;
	}

	/** An entry of the signed-in user. */
	void record(String action, Publication publication, String before) {
		this.audit.record(AuditRecord.of(action, "Publication", publication.id())
			.withAgency(publication.agencyId())
			.withBefore(before)
			.withAfter(publication.auditSummary() + ", " + publication.lifecycleSummary()));
	}

	/** An entry of {@code who}: the signed-in user, or {@link #SYSTEM}. */
	void record(String who, String action, Publication publication, String before) {
		AuditRecord entry = AuditRecord.of(action, "Publication", publication.id())
			.withAgency(publication.agencyId())
			.withBefore(before)
			.withAfter(publication.auditSummary() + ", " + publication.lifecycleSummary());
		this.audit.record(SYSTEM.equals(who) ? entry.withActor(SYSTEM) : entry);
	}

	/** An entry made by the command itself. */
	void record(AuditRecord entry) {
		this.audit.record(entry);
	}

}
