package org.gongkai.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A veto that applies to an assessment: set off by a VETO finding ({@code FINDING}) or
 * ticked by the office ({@code MANUAL}), with why.
 */
@Entity
@Table(name = "asm_veto_hit")
class VetoHit {

	static final String FINDING = "FINDING";

	static final String MANUAL = "MANUAL";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "veto_id")
	private long vetoId;

	private String source;

	private String reason;

	protected VetoHit() {
	}

	VetoHit(long vetoId, String source, String reason) {
		this.vetoId = vetoId;
		this.source = source;
		this.reason = reason;
	}

	long vetoId() {
		return this.vetoId;
	}

	String source() {
		return this.source;
	}

	String reason() {
		return this.reason;
	}

}
