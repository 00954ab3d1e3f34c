package org.gongkai.request.casework;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.gongkai.request.rules.ClockFacts;
import org.gongkai.request.rules.ClockFacts.PauseKind;

/**
 * A written consultation of a third party (Regulations art. 32) or another agency (art.
 * 34), as stored on its case. The clock stands still while it runs.
 */
@Embeddable
public class Consultation {

	@Enumerated(EnumType.STRING)
	private PauseKind kind;

	@Column(name = "sent_on")
	private LocalDate sentOn;

	@Column(name = "answered_on")
	private LocalDate answeredOn;

	protected Consultation() {
	}

	Consultation(PauseKind kind, LocalDate sentOn) {
		this.kind = kind;
		this.sentOn = sentOn;
	}

	PauseKind kind() {
		return this.kind;
	}

	public LocalDate sentOn() {
		return this.sentOn;
	}

	LocalDate answeredOn() {
		return this.answeredOn;
	}

	boolean open() {
		return this.answeredOn == null;
	}

	void answer(LocalDate on) {
		this.answeredOn = on;
	}

	ClockFacts.Pause pause() {
		return new ClockFacts.Pause(this.kind, this.sentOn, this.answeredOn);
	}

}
