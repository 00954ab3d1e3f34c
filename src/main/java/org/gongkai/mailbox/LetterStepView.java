package org.gongkai.mailbox;

import java.time.Instant;

/**
 * One step of a letter's history.
 *
 * @param fromAgency the agency's name a forward came from, or {@code null}
 * @param toAgency the agency's name a forward went to, or {@code null}
 * @param note the reason or note, or {@code null}
 */
public record LetterStepView(StepKind kind, Instant at, String actor, String fromAgency, String toAgency, String note) {

	/** When it happened, in Asia/Shanghai time. */
	public java.time.LocalDateTime localAt() {
		return java.time.LocalDateTime.ofInstant(this.at, java.time.ZoneId.of("Asia/Shanghai"));
	}

}
