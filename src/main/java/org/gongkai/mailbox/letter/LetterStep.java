package org.gongkai.mailbox.letter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One thing that moved a letter, for its history (the writer sees forwards). */
@Entity
@Table(name = "mbx_letter_step")
class LetterStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "letter_id")
	private long letterId;

	@Enumerated(EnumType.STRING)
	private StepKind kind;

	@Column(name = "at_time")
	private Instant at;

	private String actor;

	@Column(name = "from_agency")
	private String fromAgency;

	@Column(name = "to_agency")
	private String toAgency;

	private String note;

	protected LetterStep() {
	}

	LetterStep(long letterId, StepKind kind, Instant at, String actor, String fromAgency, String toAgency,
			String note) {
		this.letterId = letterId;
		this.kind = kind;
		this.at = at;
		this.actor = actor;
		this.fromAgency = fromAgency;
		this.toAgency = toAgency;
		this.note = note;
	}

	/** The step as shown, its time in {@code zone} (the platform's). */
	LetterStepView view(ZoneId zone) {
		return new LetterStepView(this.kind, this.at, LocalDateTime.ofInstant(this.at, zone), this.actor,
				this.fromAgency, this.toAgency, this.note);
	}

}
