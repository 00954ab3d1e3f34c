package org.gongkai.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The tip of the chain: the last sequence number and hash. Locked by every writer.
 */
@Entity
@Table(name = "aud_chain_head")
class AuditChainHead {

	@Id
	private int id;

	@Column(name = "last_seq")
	private long lastSeq;

	@Column(name = "last_hash")
	private String lastHash;

	protected AuditChainHead() {
	}

	long lastSeq() {
		return this.lastSeq;
	}

	String lastHash() {
		return this.lastHash;
	}

	void advance(AuditEntry entry) {
		this.lastSeq = entry.seq();
		this.lastHash = entry.hash();
	}

}
