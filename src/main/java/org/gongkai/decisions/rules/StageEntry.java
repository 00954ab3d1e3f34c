package org.gongkai.decisions.rules;

import java.time.LocalDate;

import org.gongkai.decisions.DecisionStage;

/**
 * A stage as the clerk enters it, before it is stored.
 *
 * @param heldOn the day held (the first day of the comment period), or {@code null}
 * @param endsOn the comment period's last day (public participation only), or
 * {@code null}
 * @param skipped whether the stage is marked as not applying
 * @param skipReason why it does not apply (cleaned text, may be empty)
 * @param shortReason why a comment period is shorter than 30 days (may be empty)
 */
public record StageEntry(DecisionStage stage, LocalDate heldOn, LocalDate endsOn, boolean skipped, String skipReason,
		String shortReason) {

}
