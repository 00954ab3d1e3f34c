package org.gongkai.audit;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One link of the audit chain. Immutable once written: Hibernate never updates it (and on
 * PostgreSQL a trigger refuses updates and deletes, {@link AuditAppendOnlyMigration}).
 */
@Entity
@Immutable
@Table(name = "aud_entry")
class AuditEntry {

	@Id
	private long seq;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	private String actor;

	private String action;

	@Column(name = "object_type")
	private String objectType;

	@Column(name = "object_id")
	private String objectId;

	@Column(name = "agency_id")
	private Long agencyId;

	@Column(name = "remote_addr")
	private String remoteAddr;

	@Column(name = "before_summary")
	private String beforeSummary;

	@Column(name = "after_summary")
	private String afterSummary;

	@Column(name = "prev_hash")
	private String prevHash;

	private String hash;

	@Column(name = "key_id")
	private String keyId;

	protected AuditEntry() {
	}

	AuditEntry(long seq, Instant occurredAt, String actor, AuditRecord record, String remoteAddr, String prevHash,
			AuditKey key) {
		this.seq = seq;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = record.action();
		this.objectType = record.objectType();
		this.objectId = record.objectId();
		this.agencyId = record.agencyId();
		this.remoteAddr = remoteAddr;
		this.beforeSummary = record.before();
		this.afterSummary = record.after();
		this.prevHash = prevHash;
		this.keyId = key.id();
		this.hash = AuditChain.sign(this, key);
	}

	long seq() {
		return this.seq;
	}

	Instant occurredAt() {
		return this.occurredAt;
	}

	String actor() {
		return this.actor;
	}

	String action() {
		return this.action;
	}

	String objectType() {
		return this.objectType;
	}

	String objectId() {
		return this.objectId;
	}

	Long agencyId() {
		return this.agencyId;
	}

	String remoteAddr() {
		return this.remoteAddr;
	}

	String beforeSummary() {
		return this.beforeSummary;
	}

	String afterSummary() {
		return this.afterSummary;
	}

	String prevHash() {
		return this.prevHash;
	}

	String hash() {
		return this.hash;
	}

	/**
	 * The id of the audit key that signed this entry, or {@code null} for an entry
	 * written before the chain was keyed (hashed with plain SHA-256).
	 */
	String keyId() {
		return this.keyId;
	}

	AuditEntryView view(ZoneId zone) {
		return new AuditEntryView(this.seq, this.occurredAt, this.actor, this.action, this.objectType, this.objectId,
				this.agencyId, this.remoteAddr, this.beforeSummary, this.afterSummary, this.hash, zone);
	}

}
