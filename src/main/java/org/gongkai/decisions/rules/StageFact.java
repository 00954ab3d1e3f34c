package org.gongkai.decisions.rules;

import java.time.LocalDate;

import org.gongkai.decisions.DecisionStage;

/**
 * A stage of an item as recorded (whatever its review state).
 *
 * @param on the day it was held (its first day for public participation), {@code null}
 * when skipped
 * @param skipped whether it was marked as not applying
 */
public record StageFact(DecisionStage stage, LocalDate on, boolean skipped) {

	/** A stage that was held. */
	public static StageFact held(DecisionStage stage, LocalDate on) {
		return new StageFact(stage, on, false);
	}

	/** A stage marked as not applying. */
	public static StageFact skipped(DecisionStage stage) {
		return new StageFact(stage, null, true);
	}

}
