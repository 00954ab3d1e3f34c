package org.gongkai.mailbox.letter;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One step of a letter's history.
 *
 * @param localAt when it happened, in the platform's time zone
 * @param fromAgency the agency's name a forward came from, or {@code null}
 * @param toAgency the agency's name a forward went to, or {@code null}
 * @param note the reason or note, or {@code null}
 */
public record LetterStepView(StepKind kind, Instant at, LocalDateTime localAt, String actor, String fromAgency,
		String toAgency, String note) {

}
