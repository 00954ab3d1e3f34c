package org.gongkai.request.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.gongkai.request.CaseEvent;

/**
 * One entry of a case's event log: what moved the case or its clock, on which legal date,
 * by whom (froide keeps its due date and the log of what moved it; we keep the facts and
 * the log, and derive the due date).
 */
@Embeddable
class CaseStep {

	private String kind;

	@Column(name = "on_date")
	private LocalDate on;

	private String actor;

	private String detail;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected CaseStep() {
	}

	CaseStep(String kind, LocalDate on, String actor, String detail, Instant recordedAt) {
		this.kind = kind;
		this.on = on;
		this.actor = actor;
		this.detail = detail;
		this.recordedAt = recordedAt;
	}

	CaseEvent event() {
		return new CaseEvent(this.kind, this.on, this.actor, this.detail);
	}

}
